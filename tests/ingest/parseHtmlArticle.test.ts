import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../src/ingest/parseHtmlArticle.js';
import { ROOT } from '../helpers.js';

const PAGE = path.join(ROOT, 'tests', 'fixtures', 'ingest', 'mixed', 'saved-page.html');

describe('parseHtmlArticle', () => {
  it('extracts the main text of a saved page, and title, date, outlet, URL and language from its metadata', () => {
    const { article, diagnostics } = parseHtmlArticle('saved-page.html', readFileSync(PAGE, 'utf8'), { timeZone: 'Asia/Tbilisi' });
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      id: 'saved-page', format: 'html', title: 'Georgia\'s parliament passes \'foreign agents\' law despite protests',
      source: 'Example News', url: 'https://news.example.co.uk/world/georgia-foreign-law', lang: 'en-GB',
      timeZone: 'Asia/Tbilisi', published: { date: '2024-05-14', time: '20:45' },
    });
    expect(article?.text).toMatch(/^Georgia’s parliament passed the so-called foreign agents law on Tuesday/);
    expect(article?.text).toMatch(/The European Union said on Wednesday/);
    // Navigation, side bars, footers and cookie banners are not article text.
    expect(article?.text).not.toMatch(/Home|Most read|Something else|cookies|©/);
  });

  it('takes the URL from the browser\'s "saved from" comment and the date from <time> when there are no meta tags', () => {
    const html = `<!-- saved from url=(0031)https://example.org/world/visit -->\n<html><head><title>Visit</title></head><body><article><h1>Visit</h1>
      <p>Published <time datetime="2024-05-14T09:00:00Z">14 May</time></p>
      <p>${'The president will visit Paris on Thursday for talks with the prime minister. '.repeat(4)}</p></article></body></html>`;
    const { article } = parseHtmlArticle('visit.html', html);
    expect(article).toMatchObject({ url: 'https://example.org/world/visit', title: 'Visit', published: { date: '2024-05-14' } });
  });

  it('refuses a page without article text, and a page without a date', () => {
    const empty = parseHtmlArticle('index.html', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    expect(empty.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'no-article-text' });
    const undated = parseHtmlArticle('page.html', `<html><head><title>Geneva talks</title></head><body><article><p>${'Talks will be held on Friday in Geneva. '.repeat(5)}</p></article></body></html>`);
    expect(undated.diagnostics[0]).toMatchObject({ ruleId: 'missing-date' });
    expect(undated.diagnostics[0]?.message).toMatch(/article:published_time/);
  });
});

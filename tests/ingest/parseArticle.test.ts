import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { SEED_FILE } from '../helpers.js';

const SHARED_SEED = new URL('../../../shared/seeds/000_b74a46fdc8785d42.txt', import.meta.url);

describe('parseArticle', () => {
  it('reads the seed: front matter date and zone, first line as title, text unchanged', () => {
    const content = readFileSync(SEED_FILE, 'utf8');
    const { article, diagnostics } = parseArticle('seeds/000_b74a46fdc8785d42.txt', content);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      id: '000_b74a46fdc8785d42',
      title: 'Russian president Putin to make state visit to China this week',
      timeZone: 'Europe/London',
      published: { date: '2024-05-14' },
      firstLine: 6,
    });
    expect(article?.published.instant.toISOString()).toBe('2024-05-14T11:00:00.000Z');
    expect(article?.text.slice(article.bodyStart).trimStart().startsWith('Russian President Vladimir Putin will make')).toBe(true);
  });

  it('keeps the seed text byte for byte (only front matter added)', () => {
    let original: string;
    try {
      original = readFileSync(SHARED_SEED, 'utf8');
    } catch {
      return; // the shared folder is not part of a clean clone
    }
    const { article } = parseArticle('x.txt', readFileSync(SEED_FILE, 'utf8'));
    expect(article?.text).toBe(original);
  });

  it('without any date, fails with the three ways to add one', () => {
    const { article, diagnostics } = parseArticle('news/undated.txt', 'A title\n\nSomething happened on Thursday.');
    expect(article).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'news/undated.txt', line: 1, severity: 'error', ruleId: 'missing-date' });
    expect(diagnostics[0]?.message).toMatch(/published: 2024-05-14/);
    expect(diagnostics[0]?.message).toMatch(/file name/);
    expect(diagnostics[0]?.message).toMatch(/--reference-date/);
  });

  it('takes the date from the file name, else from the reference date', () => {
    expect(parseArticle('news/2024-05-15-putin.txt', 'T\n\nBody.').article?.published.date).toBe('2024-05-15');
    expect(parseArticle('news/putin.txt', 'T\n\nBody.', { referenceDate: '2024-05-16' }).article?.published.date).toBe('2024-05-16');
    expect(parseArticle('news/putin.txt', 'T\n\nBody.', { timeZone: 'Asia/Shanghai', referenceDate: '2024-05-16' }).article?.timeZone).toBe('Asia/Shanghai');
  });

  it('reads a publication time with an offset into the article zone', () => {
    const { article } = parseArticle('a.md', '---\npublished: 2024-05-14T23:30:00Z\ntimezone: Asia/Shanghai\ntitle: T\n---\nBody text.');
    expect(article?.published).toMatchObject({ date: '2024-05-15', time: '07:30' });
    expect(article?.title).toBe('T');
    expect(article?.bodyStart).toBe(0);
  });

  it('reports an impossible date, an unknown zone and broken front matter with their lines', () => {
    const bad = parseArticle('a.md', '---\ntitle: T\npublished: 2024-02-30\n---\nBody.');
    expect(bad.diagnostics[0]).toMatchObject({ line: 3, ruleId: 'bad-date' });
    const zone = parseArticle('a.md', '---\ntimezone: Mars/Base\npublished: 2024-02-03\n---\nT\n\nBody.');
    expect(zone.diagnostics[0]).toMatchObject({ line: 2, ruleId: 'unknown-time-zone' });
    const yaml = parseArticle('a.md', '---\ntitle: [unclosed\npublished: 2024-02-03\n---\nBody.');
    expect(yaml.diagnostics[0]).toMatchObject({ ruleId: 'front-matter', severity: 'error' });
    expect(yaml.diagnostics[0]?.line).toBeGreaterThan(1);
  });

  it('reports broken front matter at its exact line and column', () => {
    // Line 1 is "---", so YAML line n is file line n + 1. The unclosed "[" on line 3 is
    // noticed where the next key starts (line 4).
    const r = parseArticle('a.md', '---\ntitle: T\npublished: [2024-05-14\ntimezone: Europe/London\n---\nBody.');
    expect(r.article).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'a.md', severity: 'error', ruleId: 'front-matter', line: 4, column: 1 })]);
    expect(r.diagnostics[0]?.message).toMatch(/^front matter is not valid YAML: Flow sequence .* must .* end with a \]/);
    const tab = parseArticle('b.md', '---\ntitle: T\n\tpublished: 2024-05-14\n---\nBody.');
    expect(tab.diagnostics[0]).toMatchObject({ ruleId: 'front-matter', line: 3, column: 1 });
    expect(tab.diagnostics[0]?.message).toMatch(/Tabs are not allowed/);
  });

  it('reports front matter that is never closed, instead of swallowing the article', () => {
    const r = parseArticle('a.md', '---\ntitle: T\npublished: 2024-05-14\n\nThe body, but the block was never closed.');
    expect(r.diagnostics[0]).toMatchObject({ line: 1, column: 1, ruleId: 'front-matter' });
    expect(r.diagnostics[0]?.message).toMatch(/never closed/);
  });

  it('refuses dates before 1900 and far in the future, at the line of the date', () => {
    const now = new Date('2024-05-20T00:00:00Z');
    const old = parseArticle('a.md', '---\ntitle: T\npublished: 1024-05-14\n---\nBody.', { now });
    expect(old.diagnostics[0]).toMatchObject({ line: 3, column: 12, severity: 'error', ruleId: 'date-out-of-range' });
    expect(old.diagnostics[0]?.message).toMatch(/before 1900/);
    const future = parseArticle('a.md', '---\ntitle: T\npublished: 2204-05-14\n---\nBody.', { now });
    expect(future.diagnostics[0]).toMatchObject({ line: 3, ruleId: 'date-out-of-range' });
    expect(future.diagnostics[0]?.message).toMatch(/in the future/);
    // Tomorrow is fine: zones and scheduled posts.
    expect(parseArticle('a.md', '---\ntitle: T\npublished: 2024-05-21\n---\nBody.', { now }).article).toBeDefined();
    expect(parseArticle('2224-01-01-typo.txt', 'T\n\nBody.', { now }).diagnostics[0]?.message).toMatch(/"2224-01-01" \(file name\) is in the future/);
  });

  it('reads an impossible date as an error, not as the next month', () => {
    const r = parseArticle('a.md', '---\npublished: 2024-02-30\n---\nT\n\nBody.');
    expect(r.diagnostics[0]).toMatchObject({ line: 2, ruleId: 'bad-date' });
    expect(r.diagnostics[0]?.message).toMatch(/"2024-02-30" \(published\) is not a real date/);
    expect(parseArticle('a.md', '---\npublished: 2024-05-14T25:00\n---\nT\n\nBody.').diagnostics[0]?.ruleId).toBe('bad-date');
    expect(parseArticle('a.md', '---\npublished: next Tuesday\n---\nT\n\nBody.').diagnostics[0]?.message).toMatch(/is not a date; write it as YYYY-MM-DD/);
  });

  it('accepts RSS-style dates in front matter', () => {
    const r = parseArticle('a.md', '---\npublished: Tue, 14 May 2024 23:30:00 GMT\ntimezone: Asia/Shanghai\n---\nT\n\nBody.');
    expect(r.article?.published).toMatchObject({ date: '2024-05-15', time: '07:30' });
  });

  it('converts a Markdown body to text: hard-wrapped paragraphs become one line, syntax goes', () => {
    const md = '---\npublished: 2024-05-14\n---\n# Blinken in Kyiv\n\nMr **Blinken** arrived\nin [Kyiv](https://x.example) on Tuesday.\n\n* aid\n* talks\n';
    const { article } = parseArticle('news/visit.md', md);
    expect(article).toMatchObject({ title: 'Blinken in Kyiv', format: 'markdown', firstLine: 4 });
    expect(article?.text).toBe('Blinken in Kyiv\n\nMr Blinken arrived in Kyiv on Tuesday.\n\n• aid\n• talks');
    expect(article?.text.slice(article.bodyStart).trimStart()).toMatch(/^Mr Blinken arrived/);
  });

  it('keeps a plain-text body as written (only cleaned)', () => {
    const { article } = parseArticle('2024-05-14-a.txt', 'Title\r\n\r\nMr **Xi** said\u200b so.\r\n');
    expect(article?.text).toBe('Title\n\nMr **Xi** said so.\n');
    expect(article?.format).toBe('text');
  });

  it('refuses an empty article', () => {
    expect(parseArticle('e.txt', '').diagnostics[0]?.ruleId).toBe('empty-article');
    expect(parseArticle('e.txt', 'Only a title\n').diagnostics[0]?.ruleId).toBe('empty-article');
  });
});

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

  it('refuses an empty article', () => {
    expect(parseArticle('e.txt', '').diagnostics[0]?.ruleId).toBe('empty-article');
    expect(parseArticle('e.txt', 'Only a title\n').diagnostics[0]?.ruleId).toBe('empty-article');
  });
});

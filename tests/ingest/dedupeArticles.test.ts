import { describe, expect, it } from 'vitest';
import { dedupeArticles } from '../../src/ingest/dedupeArticles.js';
import { articleOf } from '../helpers.js';

const withUrl = (text: string, file: string, url?: string) => {
  const a = articleOf(text, '2024-05-14', 'Europe/London', file);
  if (url) a.url = url;
  return a;
};

describe('dedupeArticles', () => {
  it('reads the same URL once, with a note pointing at the first', () => {
    const first = withUrl('Putin visit\n\nPutin will visit China this week.', 'a.md', 'https://www.example.com/putin/?utm_source=x#top');
    const again = withUrl('Putin visit (updated)\n\nPutin will visit China on Thursday.', 'b.md', 'http://example.com/putin');
    const r = dedupeArticles([first, again]);
    expect(r.articles).toEqual([first]);
    expect(r.duplicates).toBe(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'b.md', severity: 'info', ruleId: 'duplicate-article', cause: { file: 'a.md', line: 5, column: 1 } })]);
    expect(r.diagnostics[0]?.message).toMatch(/the same URL/);
  });

  it('reads the same text once, whatever its spacing', () => {
    const a = withUrl('Title\n\nMr Xi met Mr Putin on Thursday.\n', 'a.txt');
    const b = withUrl('Other title\n\nMr Xi met  Mr Putin\non Thursday.', 'b.txt');
    const r = dedupeArticles([a, b]);
    expect(r.articles).toEqual([a]);
    expect(r.diagnostics[0]?.message).toMatch(/the same text/);
  });

  it('keeps the same story from two outlets: different text and URLs', () => {
    const a = withUrl('Putin to visit China\n\nRussian President Vladimir Putin will visit China this week, Beijing said.', 'a.txt', 'https://one.example/putin');
    const b = withUrl('Putin heads to Beijing\n\nVladimir Putin travels to China on Thursday for a two-day state visit.', 'b.txt', 'https://two.example/putin');
    expect(dedupeArticles([a, b])).toMatchObject({ articles: [a, b], duplicates: 0, diagnostics: [] });
  });
});

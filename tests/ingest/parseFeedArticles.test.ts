import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedArticles } from '../../src/ingest/parseFeedArticles.js';
import { ROOT } from '../helpers.js';

const MIXED = path.join(ROOT, 'tests', 'fixtures', 'ingest', 'mixed');
const rss = (items: string) => `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n${items}\n</channel></rss>`;

describe('parseFeedArticles', () => {
  it('reads RSS 2.0 items: title, link, date, content:encoded as text, the channel as source', () => {
    const r = parseFeedArticles('asia-feed.xml', readFileSync(path.join(MIXED, 'asia-feed.xml'), 'utf8'));
    expect(r.diagnostics).toEqual([]);
    expect(r.articles.map((a) => ({ id: a.id, line: a.firstLine, date: a.published.date, time: a.published.time, url: a.url }))).toEqual([
      { id: 'asia-feed#1', line: 8, date: '2024-05-15', time: '03:00', url: 'https://asia.example.com/taiwan-lai-inauguration' },
      { id: 'asia-feed#2', line: 16, date: '2024-05-14', time: '13:10', url: 'https://asia.example.com/korea-china-talks' },
    ]);
    const [lai, talks] = r.articles;
    expect(lai).toMatchObject({ title: 'Lai Ching-te to be sworn in as Taiwan\'s president on Monday', source: 'Asia Pacific Report', lang: 'en-gb', format: 'feed', timeZone: 'UTC', bodyStart: 0 });
    expect(lai?.text).toBe('Lai Ching-te will be sworn in as Taiwan’s president on Monday, the presidential office said.\n\nChina held military drills around the island last month.\n\nRead more');
    expect(talks?.text).toBe('South Korean and Chinese diplomats will hold talks in Seoul on Friday, the foreign ministry said.');
  });

  it('reads Atom entries, with the zone given for the articles', () => {
    const r = parseFeedArticles('africa.atom', readFileSync(path.join(MIXED, 'africa.atom'), 'utf8'), { timeZone: 'Africa/Ndjamena' });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ id: 'africa#1', firstLine: 6, url: 'https://africa.example.org/chad-election', source: 'Africa Desk', timeZone: 'Africa/Ndjamena', published: { date: '2024-05-13', time: '18:00' } });
    expect(r.articles[0]?.text).toMatch(/^Chad's electoral agency declared/);
  });

  it('reports a feed that is not XML at the line and column where it breaks', () => {
    const html = '<!DOCTYPE html>\n<html><body>\n<p>502 Bad Gateway<br></p>\n</body></html>';
    const r = parseFeedArticles('feed.xml', html);
    expect(r.skipped).toBe(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'not-a-feed' })]);
    expect(r.diagnostics[0]?.line).toBeGreaterThan(1);
    expect(r.diagnostics[0]?.message).toMatch(/not an RSS or Atom feed: the XML breaks here/);
    const json = parseFeedArticles('feed.xml', '{"items": []}');
    expect(json.diagnostics[0]).toMatchObject({ line: 1, column: 1, ruleId: 'not-a-feed' });
    const other = parseFeedArticles('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>');
    expect(other.diagnostics[0]?.message).toMatch(/root element is <urlset>/);
  });

  it('keeps the good items when one has an impossible or missing date, naming the item\'s line', () => {
    const r = parseFeedArticles('wire.xml', rss([
      '<item><title>Good</title><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate><description>Talks on Friday.</description></item>',
      '<item><title>Bad day</title><pubDate>Fri, 30 Feb 2024 10:00:00 GMT</pubDate><description>x</description></item>',
      '<item><title>No day</title><description>y</description></item>',
    ].join('\n')));
    expect(r.articles.map((a) => a.title)).toEqual(['Good']);
    expect(r.skipped).toBe(2);
    expect(r.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[4, 'bad-date'], [5, 'missing-date']]);
    expect(r.diagnostics[0]?.message).toMatch(/"Fri, 30 Feb 2024 10:00:00 GMT" \(published\) is not a real date/);
    expect(r.diagnostics[1]?.message).toMatch(/<pubDate>/);
    // With --reference-date the undated item is read.
    expect(parseFeedArticles('wire.xml', rss('<item><title>No day</title><description>y</description></item>'), { referenceDate: '2024-05-14' }).articles).toHaveLength(1);
  });

  it('reads a headline-only item as its title', () => {
    const r = parseFeedArticles('w.xml', rss('<item><title>Xi to visit Paris on Monday</title><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate></item>'));
    expect(r.articles[0]?.text).toBe('Xi to visit Paris on Monday');
  });

  it('reads a not-quite-XML feed leniently, with a warning', () => {
    const r = parseFeedArticles('w.xml', rss('<item><title>Trade & tariffs</title><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate><description>Talks on Friday.</description></item>'));
    expect(r.articles).toHaveLength(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'feed-xml', line: 3 })]);
  });

  it('refuses feeds that declare entities (billion laughs)', () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<rss><channel><title>&b;</title></channel></rss>';
    const r = parseFeedArticles('bomb.xml', bomb);
    expect(r.diagnostics[0]).toMatchObject({ line: 2, ruleId: 'feed-entities', severity: 'error' });
  });

  it('says so when a feed has no items', () => {
    const r = parseFeedArticles('w.xml', rss(''));
    expect(r).toMatchObject({ articles: [], skipped: 0 });
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', ruleId: 'empty-feed' });
  });
});

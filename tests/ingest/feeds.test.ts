import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/ingest/fetchFeed.js';
import { readArticles } from '../../src/ingest/readArticles.js';
import { startFeedServer, type FeedServer } from './feedServer.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

const limits = { timeoutMs: 500, maxBytes: 1 << 20 };

describe('feeds from URLs (a server on 127.0.0.1)', () => {
  it('reads RSS and Atom feeds, following redirects', async () => {
    const r = await readArticles(undefined, { feeds: [server.url('/asia.xml'), server.url('/africa.atom')], feedTimeoutMs: 2000 });
    expect(r.skipped).toBe(0);
    expect(r.diagnostics).toEqual([]);
    expect(r.articles.map((a) => a.id)).toEqual(['127.0.0.1-asia#1', '127.0.0.1-asia#2', '127.0.0.1-africa#1']);
    expect(r.articles[0]).toMatchObject({ file: server.url('/asia.xml'), source: 'Asia Pacific Report', format: 'feed', firstLine: 8 });
    const moved = await fetchFeed(server.url('/moved'), limits);
    expect('bytes' in moved && moved.url).toBe(server.url('/asia.xml'));
  });

  it('decodes with the charset the server names', async () => {
    const r = await readArticles(undefined, { feeds: [server.url('/latin1.xml')] });
    expect(r.articles[0]).toMatchObject({ title: 'Café talks', source: 'Montréal Wire', text: 'Talks in Montréal on Friday.' });
  });

  it('reports a server error, a timeout and a body that never ends, and keeps the other feeds', async () => {
    const feeds = [server.url('/error'), server.url('/hang'), server.url('/asia.xml'), server.url('/drip')];
    const t0 = Date.now();
    const r = await readArticles(undefined, { feeds, feedTimeoutMs: 400 });
    expect(Date.now() - t0).toBeLessThan(10_000); // bounded by the timeout, not by the server
    expect(r.articles).toHaveLength(2);
    expect(r.skipped).toBe(3);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.ruleId])).toEqual([
      [server.url('/error'), 1, 1, 'error', 'feed-fetch'],
      [server.url('/hang'), 1, 1, 'error', 'feed-fetch'],
      [server.url('/drip'), 1, 1, 'error', 'feed-fetch'],
    ]);
    expect(r.diagnostics[0]?.message).toBe('cannot read the feed: the server answered HTTP 500 Internal Server Error; check the URL, or try again later');
    expect(r.diagnostics[1]?.message).toMatch(/no complete answer within 0\.4 s/);
    expect(r.diagnostics[2]?.message).toMatch(/no complete answer within 0\.4 s/);
  });

  it('refuses a feed over the size limit, announced or streamed', async () => {
    const huge = await fetchFeed(server.url('/huge'), limits);
    expect('problem' in huge && huge.problem).toMatch(/104857600 bytes, over the limit of 1048576/);
    const endless = await fetchFeed(server.url('/endless'), { timeoutMs: 10_000, maxBytes: 1 << 20 });
    expect('problem' in endless && endless.problem).toMatch(/over the limit of 1048576 bytes/);
  });

  it('reports a URL that serves HTML instead of a feed at the line and column where the XML breaks', async () => {
    const r = await readArticles(undefined, { feeds: [server.url('/html')] });
    expect(r.skipped).toBe(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: server.url('/html'), severity: 'error', ruleId: 'not-a-feed', line: 2 })]);
  });

  it('reports a refused connection and a URL that is not http', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const closed = await fetchFeed(`http://127.0.0.1:${port}/feed.xml`, limits);
    expect('problem' in closed && closed.problem).toMatch(/cannot fetch it \(ECONNREFUSED\)/);
    const file = await fetchFeed('file:///etc/passwd', limits);
    expect('problem' in file && file.problem).toMatch(/only http and https/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { te3Article } from '../../src/eval/te3Article.js';
import type { Article } from '../../src/ingest/Article.js';
import { extractArticle } from '../../src/events/extractArticle.js';
import { extractArticles } from '../../src/events/extractArticles.js';
import { ExtractorPool } from '../../src/events/ExtractorPool.js';
import { ROOT, seedArticle } from '../helpers.js';
import { fixture } from './fixture.js';

/** Real news: the seed, the three fixtures and the twelve TempEval-3 excerpts. */
function articles(): Article[] {
  const out = [seedArticle(), ...readdirSync(path.join(ROOT, 'tests', 'fixtures', 'articles')).sort().map(fixture)];
  for (const sub of ['timebank', 'aquaint']) {
    const dir = path.join(ROOT, 'tests', 'fixtures', 'te3', sub);
    for (const f of readdirSync(dir).sort()) out.push(te3Article(f, readFileSync(path.join(dir, f), 'utf8'))!);
  }
  return out;
}

async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of results) out.push(r);
  return out;
}

async function* streamOf<T>(xs: readonly T[]): AsyncGenerator<T> {
  for (const x of xs) {
    await new Promise((resolve) => setImmediate(resolve));
    yield x;
  }
}

describe('extractArticles', () => {
  const all = articles();
  // An article the events stage cannot read: a time zone that does not exist makes it throw.
  const broken = { ...all[1]!, id: 'broken', timeZone: 'Not/AZone' };
  const input = [...all, broken, ...all.map((a) => ({ ...a, id: `${a.id}-again` }))];

  it('gives on worker threads exactly what it gives on this one, in input order', async () => {
    const here = await collect(extractArticles(input, { threads: 1 }));
    const threaded = await collect(extractArticles(streamOf(input), { threads: 3, minArticlesForThreads: 0 }));
    expect(here.map((r) => r.article.id)).toEqual(input.map((a) => a.id));
    expect(threaded).toEqual(here);
    // And what extractArticle gives, article by article (the events survive a copy between threads).
    expect(here[0]!.outcome).toEqual(extractArticle(input[0]!));
    expect(here.reduce((n, r) => n + ('events' in r.outcome ? r.outcome.events.length : 0), 0)).toBeGreaterThan(20);
  });

  it('turns an article that breaks the events stage into an error and goes on', async () => {
    const results = await collect(extractArticles(streamOf(input), { threads: 2, minArticlesForThreads: 0 }));
    const bad = results.find((r) => r.article.id === 'broken')!;
    expect(bad.outcome).toEqual({ error: expect.any(String) });
    expect(results.filter((r) => 'error' in r.outcome)).toHaveLength(1);
  });

  it('keeps no article text', async () => {
    const results = await collect(extractArticles(all, { threads: 1 }));
    for (const r of results) expect(r.article).not.toHaveProperty('text');
  });

  it('stays on this thread for a few articles, and uses a given pool whatever the count', async () => {
    const pool = new ExtractorPool(1);
    try {
      await pool.ready();
      const few = await collect(extractArticles(all.slice(0, 3), { pool }));
      expect(few).toEqual(await collect(extractArticles(all.slice(0, 3), { threads: 4 })));
      // The pool stays open for the next build.
      expect(await pool.extract(all[0]!)).toEqual(extractArticle(all[0]!));
    } finally {
      await pool.close();
    }
    await expect(pool.extract(all[0]!)).rejects.toThrow(/closed/);
  });

  it('refuses a thread count that is not a whole number ≥ 1', async () => {
    await expect(collect(extractArticles(all, { threads: 0 }))).rejects.toThrow(RangeError);
    expect(() => new ExtractorPool(1.5)).toThrow(RangeError);
  });
});

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestWeek } from '../src/digestWeek.js';
import { ExtractorPool } from '../src/events/ExtractorPool.js';
import type { Article } from '../src/ingest/Article.js';
import { fixture } from './events/fixture.js';
import { ROOT, seedArticle } from './helpers.js';

async function* streamOf(xs: readonly Article[]): AsyncGenerator<Article> {
  for (const x of xs) yield x;
}

describe('digestWeek', () => {
  const articles = [seedArticle(), ...readdirSync(path.join(ROOT, 'tests', 'fixtures', 'articles')).sort().map(fixture)];

  it('makes the same digest from an array, a stream and on a worker', async () => {
    const fromArray = await digestWeek(articles);
    expect(fromArray.week.id).toBe('2024-W20');
    expect(fromArray.articles).toBe(4);
    expect(fromArray.digest.timeline.length).toBeGreaterThan(5);
    expect(await digestWeek(streamOf(articles))).toEqual(fromArray);
    // Events waiting for the week packed (all of them, or all after the first article) come back the same.
    expect(await digestWeek(streamOf(articles), { unpackedChars: 0 })).toEqual(fromArray);
    expect(await digestWeek(streamOf(articles), { unpackedChars: articles[0]!.text.length })).toEqual(fromArray);
    const pool = new ExtractorPool(1);
    try {
      expect(await digestWeek(streamOf(articles), { pool })).toEqual(fromArray);
    } finally {
      await pool.close();
    }
  });

  it('leaves out articles published after the week or long before it', async () => {
    const late = { ...articles[1]!, id: 'late', published: { date: '2024-06-03', instant: new Date('2024-06-03T12:00:00Z') } };
    const { digest, articles: count } = await digestWeek(streamOf([...articles, late]), { week: '2024-W20' });
    expect(count).toBe(5);
    expect(digest.articles.map((a) => a.id)).not.toContain('late');
    expect(digest.timeline.flatMap((e) => e.sources.map((s) => s.article))).not.toContain('late');
  });

  it('says there is nothing to digest, and what a week looks like', async () => {
    await expect(digestWeek([])).rejects.toMatchObject({ code: 'ENOARTICLES' });
    await expect(digestWeek(streamOf([]))).rejects.toMatchObject({ code: 'ENOARTICLES' });
    await expect(digestWeek(streamOf(articles), { week: '2024-20' })).rejects.toMatchObject({ code: 'EUSAGE' });
  });
});

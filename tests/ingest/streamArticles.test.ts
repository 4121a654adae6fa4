import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/Article.js';
import { readArticles } from '../../src/ingest/readArticles.js';
import { streamArticles } from '../../src/ingest/streamArticles.js';
import { ROOT, SEED_FILE, tempDir } from '../helpers.js';

const MIXED = path.join(ROOT, 'tests', 'fixtures', 'ingest', 'mixed');

describe('streamArticles', () => {
  it('gives the articles and problems readArticles gives, one article at a time', async () => {
    const stream = streamArticles(MIXED, { concurrency: 2 });
    const articles: Article[] = [];
    for await (const a of stream) articles.push(a);
    const read = await readArticles(MIXED);
    expect(articles.length).toBeGreaterThan(5);
    expect(articles).toEqual(read.articles);
    expect([...stream.diagnostics, ...stream.duplicateNotes]).toEqual(read.diagnostics);
    expect([stream.skipped, stream.duplicates]).toEqual([read.skipped, read.duplicates]);
  });

  it('passes the same article on once, with a note, and keeps ids unique', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'a.txt'));
    copyFileSync(SEED_FILE, path.join(dir, 'b.txt'));
    writeFileSync(path.join(dir, 'c.jsonl'), ['One', 'Two'].map((t, i) => JSON.stringify({ title: t, published: '2024-05-14', text: `Story ${i} happened on Monday.` })).join('\n'));
    const stream = streamArticles(dir);
    const ids: string[] = [];
    for await (const a of stream) ids.push(a.id);
    expect(ids).toEqual(['a', 'c#1', 'c#2']);
    expect(stream.duplicates).toBe(1);
    expect(stream.duplicateNotes).toEqual([expect.objectContaining({ file: path.join(dir, 'b.txt'), ruleId: 'duplicate-article', cause: expect.objectContaining({ file: path.join(dir, 'a.txt') }) })]);
  });

  it('can be left early, and read only once', async () => {
    const stream = streamArticles(MIXED, { concurrency: 1 });
    for await (const a of stream) {
      expect(a.id).toBeTruthy();
      break;
    }
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/once/);
  });

  it('fails clearly, when read, if the input does not exist', async () => {
    const stream = streamArticles('/nonexistent/folder');
    await expect((async () => { for await (const _ of stream) break; })()).rejects.toThrow(/cannot read input .*--input/);
  });
});

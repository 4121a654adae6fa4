import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/readArticles.js';
import { SEED_FILE, tempDir } from '../helpers.js';

describe('readArticles', () => {
  it('reads the good files of a folder and reports the bad ones', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'seed.txt'));
    writeFileSync(path.join(dir, 'undated.txt'), 'No date here\n\nSomething happened on Thursday.');
    writeFileSync(path.join(dir, 'notes.pdf'), '%PDF-1.4');
    const r = await readArticles(dir);
    expect(r.articles.map((a) => a.id)).toEqual(['seed']);
    expect(r.skipped).toBe(1);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ file: path.join(dir, 'undated.txt'), ruleId: 'missing-date' })]);
    expect(r.diagnostics.find((d) => d.ruleId === 'unsupported-file')?.message).toMatch(/1 file not read.*notes\.pdf/);
  });

  it('fails clearly when the input does not exist', async () => {
    await expect(readArticles('/nonexistent/folder')).rejects.toThrow(/cannot read input .*--input/);
  });
});

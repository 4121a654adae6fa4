import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/readArticles.js';
import { SEED_FILE, tempDir } from '../helpers.js';

const errorsOf = (r: { diagnostics: { severity: string; ruleId: string; file: string }[] }) =>
  r.diagnostics.filter((d) => d.severity !== 'info').map((d) => [path.basename(d.file), d.severity, d.ruleId]);

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

  it('skips empty, blank and binary files and keeps reading', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'seed.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blank.md'), ' \n\u200b\n');
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from('89504e470d0a1a0a0000000d494844520000', 'hex'));
    const r = await readArticles(dir);
    expect(r.articles.map((a) => a.id)).toEqual(['seed']);
    expect(r.skipped).toBe(3);
    expect(errorsOf(r)).toEqual([['blank.md', 'error', 'empty-file'], ['empty.txt', 'error', 'empty-file'], ['photo.txt', 'error', 'binary-file']]);
  });

  it('reads a file with invalid UTF-8, with a warning', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '2024-05-14-latin1.txt'), Buffer.concat([Buffer.from('Macron in Montr'), Buffer.from([0xe9]), Buffer.from('al\n\nThe visit starts on Thursday.')]));
    const r = await readArticles(dir);
    expect(r.articles[0]?.title).toBe('Macron in Montr\ufffdal');
    expect(r.skipped).toBe(0);
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: 1, column: 16, severity: 'warning', ruleId: 'invalid-utf8' })]);
    expect(r.diagnostics[0]?.message).toMatch(/at byte 15/);
  });

  it('does not follow a symbolic link loop twice, and reports links to themselves and to nothing', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    copyFileSync(SEED_FILE, path.join(dir, 'sub', 'seed.txt'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));            // sub/up → dir: a loop
    symlinkSync('self.txt', path.join(dir, 'self.txt'));       // a link to itself
    symlinkSync('gone.txt', path.join(dir, 'dangling.txt'));   // a link to nothing
    const r = await readArticles(dir);
    expect(r.articles.map((a) => a.id)).toEqual(['seed']);
    expect(errorsOf(r)).toEqual([
      ['dangling.txt', 'error', 'broken-link'],
      ['self.txt', 'error', 'symlink-loop'],
      ['up', 'warning', 'symlink-loop'],
    ]);
    expect(r.skipped).toBe(2);
  });

  it('follows symbolic links to article files and folders', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    copyFileSync(SEED_FILE, path.join(elsewhere, 'seed.txt'));
    symlinkSync(elsewhere, path.join(dir, 'linked'));
    expect((await readArticles(dir)).articles.map((a) => a.id)).toEqual(['seed']);
  });

  it('never opens a named pipe or a socket (reading a FIFO would hang), and reports them', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'seed.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.md'), resolve));
    try {
      const r = await readArticles(dir);
      expect(r.articles.map((a) => a.id)).toEqual(['seed']);
      expect(errorsOf(r)).toEqual([['pipe.txt', 'error', 'not-a-file'], ['socket.md', 'error', 'not-a-file']]);
      // Named directly as the input, a FIFO is refused too, without blocking.
      const direct = await readArticles(path.join(dir, 'pipe.txt'));
      expect(errorsOf(direct)).toEqual([['pipe.txt', 'error', 'not-a-file']]);
    } finally {
      server.close();
    }
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'seed.txt'));
    writeFileSync(path.join(dir, '2024-05-14-big.txt'), `Big\n\n${'x'.repeat(8192)}`);
    const r = await readArticles(dir, { maxFileBytes: 4096 });
    expect(r.articles.map((a) => a.id)).toEqual(['seed']);
    expect(errorsOf(r)).toEqual([['2024-05-14-big.txt', 'error', 'too-large']]);
    expect(r.diagnostics[0]?.message).toMatch(/input\.maxFileMegabytes/);
  });

  it('reads a 20 MB article whole (its speed is measured in npm run bench)', async () => {
    const dir = tempDir();
    const paragraph = 'Mr Putin will meet Chinese leader Xi Jinping during his visit starting on Thursday, it said.\u200b\n\n';
    const body = paragraph.repeat(Math.ceil(20e6 / paragraph.length));
    writeFileSync(path.join(dir, '2024-05-14-huge.txt'), `Huge article\n\n${body}`);
    const r = await readArticles(dir);
    expect(r.skipped).toBe(0);
    expect(r.articles[0]?.text.length).toBe(14 + body.length - body.length / paragraph.length);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['invisible-characters']);
  });

  it('reads 10,000 small articles from one folder, in name order, ids unique', async () => {
    const dir = tempDir();
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(path.join(dir, `2024-05-14-a${String(i).padStart(5, '0')}.txt`), `Story ${i}\n\nThe minister ${i} will visit Paris on Thursday.\n`);
    }
    let last = { done: 0, total: 0 };
    const r = await readArticles(dir, { onProgress: (p) => (last = p) });
    expect(r.skipped).toBe(0);
    expect(r.articles).toHaveLength(10_000);
    expect(new Set(r.articles.map((a) => a.id)).size).toBe(10_000);
    expect(r.articles[0]?.id).toBe('2024-05-14-a00000');
    expect(r.articles[9999]?.title).toBe('Story 9999');
    expect(last).toMatchObject({ done: 10_000, total: 10_000 });
  });

  it('reads every format in one folder, and the same article twice only once', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'a.txt'));
    copyFileSync(SEED_FILE, path.join(dir, 'b.txt'));
    const r = await readArticles(path.join(SEED_FILE, '..', '..', 'tests', 'fixtures', 'ingest', 'mixed'));
    expect(new Set(r.articles.map((a) => a.format))).toEqual(new Set(['text', 'markdown', 'json', 'feed', 'html']));
    const dup = await readArticles(dir);
    expect(dup.articles.map((a) => a.id)).toEqual(['a']);
    expect(dup.duplicates).toBe(1);
    expect(dup.diagnostics).toEqual([expect.objectContaining({ ruleId: 'duplicate-article', file: path.join(dir, 'b.txt'), cause: { file: path.join(dir, 'a.txt'), line: 6, column: 1 } })]);
  });
});

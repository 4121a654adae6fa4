import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CommandIO } from '../src/commands/Command.js';
import type { Article } from '../src/ingest/Article.js';
import { parseArticle } from '../src/ingest/parseArticle.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_FILE = path.join(ROOT, 'seeds', '000_b74a46fdc8785d42.txt');

/** The seed article as the pipeline reads it. */
export function seedArticle(): Article {
  const { article } = parseArticle(SEED_FILE, readFileSync(SEED_FILE, 'utf8'));
  if (!article) throw new Error('the seed does not parse');
  return article;
}

/** An article from text, for tests. */
export function articleOf(text: string, published = '2024-05-14', timeZone = 'Europe/London', file = 'test.txt'): Article {
  const { article, diagnostics } = parseArticle(file, `---\npublished: ${published}\ntimezone: ${timeZone}\n---\n${text}`);
  if (!article) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return article;
}

export function tempDir(prefix = 'geodigest-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Captured stdout/stderr for in-process CLI runs. */
export function captureIO(cwd: string, stdinText = ''): CommandIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let o = '';
  let e = '';
  stdout.on('data', (c: Buffer) => (o += c.toString()));
  stderr.on('data', (c: Buffer) => (e += c.toString()));
  return { stdout, stderr, stdin, env: {}, cwd, out: () => o, err: () => e };
}

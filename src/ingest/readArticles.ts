import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import type { Article } from './Article.js';
import { parseArticle, type ParseArticleOptions } from './parseArticle.js';

/** Options for reading a folder of articles. */
export interface ReadArticlesOptions extends ParseArticleOptions {}

/** Articles read from disk, with every problem found on the way. */
export interface ReadArticlesResult {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Files that could not be used. */
  skipped: number;
}

const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown']);

/**
 * Reads every article file (`.txt`, `.md`, `.markdown`) under `input` (a folder, read recursively
 * in name order, or one file). A file that cannot be used becomes an error diagnostic and the
 * others are still read. Throws only when `input` itself cannot be read.
 */
export async function readArticles(input: string, options: ReadArticlesOptions = {}): Promise<ReadArticlesResult> {
  let files: string[];
  try {
    files = (await stat(input)).isDirectory() ? await listFiles(input) : [input];
  } catch (err) {
    throw new GeodigestError('EINPUT', `cannot read input ${input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; pass an existing folder with --input`);
  }
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, number>();
  let skipped = 0;
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (err) {
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'unreadable', message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'}); check its permissions` });
      skipped++;
      continue;
    }
    const parsed = parseArticle(file, content, options);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.article) {
      skipped++;
      continue;
    }
    const n = ids.get(parsed.article.id) ?? 0;
    ids.set(parsed.article.id, n + 1);
    if (n > 0) parsed.article.id = `${parsed.article.id}~${n + 1}`;
    articles.push(parsed.article);
  }
  return { articles, diagnostics, skipped };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || /^readme\.(md|txt)$/i.test(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else if (e.isFile() && ARTICLE_EXT.has(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

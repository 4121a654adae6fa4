import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import type { Article } from './Article.js';
import { dedupeArticles } from './dedupeArticles.js';
import { fetchFeed } from './fetchFeed.js';
import { listInputFiles } from './listInputFiles.js';
import { parseArticles } from './parseArticles.js';
import type { ParsedArticles } from './ParsedArticles.js';
import { readInputFile } from './readInputFile.js';
import type { ArticleDefaults } from './toArticle.js';

/** Where reading stands, for a progress bar. */
export interface ReadProgress {
  /** Inputs (files and feeds) done, and how many there are. */
  done: number;
  total: number;
  /** The input just done. */
  current: string;
}

/** Options for reading articles. */
export interface ReadArticlesOptions extends ArticleDefaults {
  /** RSS/Atom feed URLs to fetch and read as well. */
  feeds?: readonly string[];
  /** Files larger than this are refused (default 64 MiB). */
  maxFileBytes?: number;
  /** Time limit for fetching one feed (default 20 s). */
  feedTimeoutMs?: number;
  /** Size limit for one fetched feed (default 16 MiB). */
  feedMaxBytes?: number;
  /** Files read at once (default 16). */
  concurrency?: number;
  /** Called after each input is read. */
  onProgress?: (progress: ReadProgress) => void;
}

/** Articles read, with every problem found on the way. */
export interface ReadArticlesResult {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Articles (or files, feeds) that could not be used: each has an error in `diagnostics`. */
  skipped: number;
  /** Articles left out as duplicates of one read before (each has an info note). */
  duplicates: number;
}

/** Defaults of the limits, for the config and the README. */
export const READ_LIMITS = { maxFileBytes: 64 << 20, feedTimeoutMs: 20_000, feedMaxBytes: 16 << 20 } as const;

/**
 * Reads every article under `input` (a folder, read recursively in name order, or one file; none
 * when `undefined`) and from `options.feeds`: plain text, Markdown, JSON, JSON Lines, RSS/Atom
 * and HTML (see `parseArticles`). A file, item or feed that cannot be used becomes an error
 * diagnostic and everything else is still read; the same article twice is read once. Article ids
 * are unique (`name`, `name~2`…). Throws only when `input` itself cannot be read.
 */
export async function readArticles(input: string | undefined, options: ReadArticlesOptions = {}): Promise<ReadArticlesResult> {
  const diagnostics: Diagnostic[] = [];
  let skipped = 0;
  let files: string[] = [];
  if (input !== undefined) {
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
      throw new GeodigestError('EINPUT', `cannot read input ${input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; pass an existing folder or file with --input`);
    }
    if (isDir) {
      const listed = await listInputFiles(input);
      files = listed.files;
      for (const d of listed.diagnostics) diagnostics.push(d);
      skipped += listed.skipped;
    } else files = [input];
  }
  const feeds = options.feeds ?? [];
  const total = files.length + feeds.length;
  const defaults: ArticleDefaults = {
    ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
    ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  };
  const maxFileBytes = options.maxFileBytes ?? READ_LIMITS.maxFileBytes;
  const results: ParsedArticles[] = new Array(total);
  let done = 0;
  const report = (current: string) => options.onProgress?.({ done: ++done, total, current });

  const readFileAt = async (i: number) => {
    const file = files[i]!;
    const read = await readInputFile(file, maxFileBytes);
    results[i] = 'bytes' in read
      ? parseArticles(file, read.bytes, defaults)
      : { articles: [], skipped: 1, diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: read.ruleId, message: read.problem }] };
    report(file);
  };
  const readFeedAt = async (j: number) => {
    const url = feeds[j]!;
    const got = await fetchFeed(url, { timeoutMs: options.feedTimeoutMs ?? READ_LIMITS.feedTimeoutMs, maxBytes: options.feedMaxBytes ?? READ_LIMITS.feedMaxBytes });
    results[files.length + j] = 'bytes' in got
      ? parseArticles(url, got.bytes, { ...defaults, kind: 'feed', id: feedId(url), ...(got.charset ? { charset: got.charset } : {}) })
      : { articles: [], skipped: 1, diagnostics: [{ file: url, line: 1, column: 1, severity: 'error', ruleId: 'feed-fetch', message: `cannot read the feed: ${got.problem}` }] };
    report(url);
  };

  // Feeds wait on the network, files on the disk: both at once, each input's results in order.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) await readFileAt(i);
  };
  await Promise.all([
    ...feeds.map((_, j) => readFeedAt(j)),
    ...Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 16, files.length)) }, worker),
  ]);

  const all: Article[] = [];
  for (const r of results) {
    // Loops, not push(...): a JSON Lines file can hold more items than the stack has room for arguments.
    for (const d of r.diagnostics) diagnostics.push(d);
    skipped += r.skipped;
    for (const a of r.articles) all.push(a);
  }
  const deduped = dedupeArticles(all);
  for (const d of deduped.diagnostics) diagnostics.push(d);
  const ids = new Map<string, number>();
  for (const article of deduped.articles) {
    const n = (ids.get(article.id) ?? 0) + 1;
    ids.set(article.id, n);
    if (n > 1) article.id = `${article.id}~${n}`;
  }
  return { articles: deduped.articles, diagnostics, skipped, duplicates: deduped.duplicates };
}

/** `news.example.com-world-rss` for `https://news.example.com/world/rss.xml`. */
function feedId(url: string): string {
  try {
    const u = new URL(url);
    const tail = path.posix.basename(u.pathname).replace(/\.[^.]+$/, '');
    const dir = path.posix.dirname(u.pathname).split('/').filter(Boolean).pop();
    return [u.hostname, dir, tail].filter(Boolean).join('-').replace(/[^\w.-]+/g, '-');
  } catch {
    return 'feed';
  }
}

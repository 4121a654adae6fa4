import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import type { Article } from './Article.js';
import { DuplicateFilter } from './DuplicateFilter.js';
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
export interface StreamArticlesOptions extends ArticleDefaults {
  /** RSS/Atom feed URLs to fetch and read as well. */
  feeds?: readonly string[];
  /** Files larger than this are refused (default 64 MiB). */
  maxFileBytes?: number;
  /** Time limit for fetching one feed (default 20 s). */
  feedTimeoutMs?: number;
  /** Size limit for one fetched feed (default 16 MiB). */
  feedMaxBytes?: number;
  /** Files read at once, ahead of the reader (default 16). */
  concurrency?: number;
  /** Called after each input is read. */
  onProgress?: (progress: ReadProgress) => void;
}

/** Defaults of the limits, for the config and the README. */
export const READ_LIMITS = { maxFileBytes: 64 << 20, feedTimeoutMs: 20_000, feedMaxBytes: 16 << 20 } as const;

/** The articles of a folder and feeds, one at a time, and what reading them found so far. */
export interface ArticleStream extends AsyncIterable<Article> {
  /** Problems found reading (listing, decoding, parsing), in input order: complete once the stream is read. */
  readonly diagnostics: Diagnostic[];
  /** A note for each article left out as the same as one before, in the order met. */
  readonly duplicateNotes: Diagnostic[];
  /** Articles (or files, feeds) that could not be used: each has an error in `diagnostics`. */
  readonly skipped: number;
  /** Articles left out as duplicates. */
  readonly duplicates: number;
}

/**
 * Reads the articles under `input` (a folder, recursively in name order, or one file; none when
 * `undefined`) and from `options.feeds`, as a stream: files are read a few ahead of the consumer
 * (`concurrency`), articles come in input order, files before feeds, and the same article twice
 * is passed on once, with ids made unique (`name`, `name~2`…) — all as `readArticles` gives them,
 * which collects this stream. Only the files being read are in memory, so a consumer that lets
 * each article go (`digestWeek`) reads any number of them. The stream can be read once. Throws
 * (when read) only when `input` itself cannot be read.
 *
 * @example
 * const stream = streamArticles('news/');
 * for await (const article of stream) console.log(article.id);
 * stream.diagnostics; // what went wrong, once read
 */
export function streamArticles(input: string | undefined, options: StreamArticlesOptions = {}): ArticleStream {
  const state = { diagnostics: [] as Diagnostic[], duplicateNotes: [] as Diagnostic[], skipped: 0, duplicates: 0 };
  let used = false;
  return {
    get diagnostics() { return state.diagnostics; },
    get duplicateNotes() { return state.duplicateNotes; },
    get skipped() { return state.skipped; },
    get duplicates() { return state.duplicates; },
    [Symbol.asyncIterator]() {
      if (used) throw new Error('an article stream can be read once');
      used = true;
      return read(input, options, state);
    },
  };
}

async function* read(input: string | undefined, options: StreamArticlesOptions, state: { diagnostics: Diagnostic[]; duplicateNotes: Diagnostic[]; skipped: number; duplicates: number }): AsyncGenerator<Article> {
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
      for (const d of listed.diagnostics) state.diagnostics.push(d);
      state.skipped += listed.skipped;
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
  let done = 0;
  const report = (current: string) => options.onProgress?.({ done: ++done, total, current });

  const readFileAt = async (file: string): Promise<ParsedArticles> => {
    const got = await readInputFile(file, maxFileBytes);
    const parsed: ParsedArticles = 'bytes' in got
      ? parseArticles(file, got.bytes, defaults)
      : { articles: [], skipped: 1, diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: got.ruleId, message: got.problem }] };
    report(file);
    return parsed;
  };
  const readFeed = async (url: string): Promise<ParsedArticles> => {
    const got = await fetchFeed(url, { timeoutMs: options.feedTimeoutMs ?? READ_LIMITS.feedTimeoutMs, maxBytes: options.feedMaxBytes ?? READ_LIMITS.feedMaxBytes });
    const parsed: ParsedArticles = 'bytes' in got
      ? parseArticles(url, got.bytes, { ...defaults, kind: 'feed', id: feedId(url), ...(got.charset ? { charset: got.charset } : {}) })
      : { articles: [], skipped: 1, diagnostics: [{ file: url, line: 1, column: 1, severity: 'error', ruleId: 'feed-fetch', message: `cannot read the feed: ${got.problem}` }] };
    report(url);
    return parsed;
  };

  // Feeds wait on the network, files on the disk: the feeds all at once from the start, the files
  // a few ahead of the reader; each input's articles are passed on in input order.
  const feedReads = feeds.map(readFeed);
  for (const r of feedReads) r.catch(() => {}); // awaited in turn below
  const ahead = Math.max(1, options.concurrency ?? 16);
  const fileReads = new Map<number, Promise<ParsedArticles>>();
  let started = 0;
  const duplicates = new DuplicateFilter();
  const ids = new Map<string, number>();
  try {
    for (let i = 0; i < total; i++) {
      while (started < files.length && started < i + ahead) {
        const read = readFileAt(files[started]!);
        read.catch(() => {}); // awaited in turn below
        fileReads.set(started++, read);
      }
      const parsed = i < files.length ? await fileReads.get(i)! : await feedReads[i - files.length]!;
      fileReads.delete(i);
      // Loops, not push(...): a JSON Lines file can hold more items than the stack has room for arguments.
      for (const d of parsed.diagnostics) state.diagnostics.push(d);
      state.skipped += parsed.skipped;
      const articles: (Article | undefined)[] = parsed.articles;
      for (let j = 0; j < articles.length; j++) {
        const article = articles[j]!;
        articles[j] = undefined; // let it go once passed on: a JSON Lines file can be big
        const note = duplicates.check(article);
        if (note) {
          state.duplicateNotes.push(note);
          state.duplicates++;
          continue;
        }
        const n = (ids.get(article.id) ?? 0) + 1;
        ids.set(article.id, n);
        if (n > 1) article.id = `${article.id}~${n}`;
        yield article;
      }
    }
  } finally {
    // Stopped early: let the reads already started finish quietly.
    await Promise.allSettled([...fileReads.values(), ...feedReads]);
  }
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

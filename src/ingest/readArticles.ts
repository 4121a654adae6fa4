import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Article } from './Article.js';
import { streamArticles, type StreamArticlesOptions } from './streamArticles.js';

export { READ_LIMITS, type ReadProgress } from './streamArticles.js';

/** Options for reading articles. */
export type ReadArticlesOptions = StreamArticlesOptions;

/** Articles read, with every problem found on the way. */
export interface ReadArticlesResult {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Articles (or files, feeds) that could not be used: each has an error in `diagnostics`. */
  skipped: number;
  /** Articles left out as duplicates of one read before (each has an info note). */
  duplicates: number;
}

/**
 * Reads every article under `input` (a folder, read recursively in name order, or one file; none
 * when `undefined`) and from `options.feeds`: plain text, Markdown, JSON, JSON Lines, RSS/Atom
 * and HTML (see `parseArticles`). A file, item or feed that cannot be used becomes an error
 * diagnostic and everything else is still read; the same article twice is read once (with an info
 * note, after the reading problems). Article ids are unique (`name`, `name~2`…). Throws only when
 * `input` itself cannot be read. `streamArticles` gives the same articles one at a time.
 */
export async function readArticles(input: string | undefined, options: ReadArticlesOptions = {}): Promise<ReadArticlesResult> {
  const stream = streamArticles(input, options);
  const articles: Article[] = [];
  for await (const article of stream) articles.push(article);
  return { articles, diagnostics: [...stream.diagnostics, ...stream.duplicateNotes], skipped: stream.skipped, duplicates: stream.duplicates };
}

import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Article } from './Article.js';
import { DuplicateFilter } from './DuplicateFilter.js';

/** Articles with duplicates left out, and a note for each one left out. */
export interface DedupedArticles {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** How many duplicates were left out. */
  duplicates: number;
}

/**
 * Keeps the first of articles that are the same: the same URL (ignoring scheme, `www.`, a
 * trailing slash, the fragment and `utm_*` tracking parameters) or the same body text (ignoring
 * spacing). Each one left out gets an info note whose `cause` points at the first. The same story
 * told by two outlets has different text and URLs, so both stay: merging their events is the
 * timeline's job.
 *
 * @example
 * dedupeArticles([a, copyOfA, b]).articles //=> [a, b]
 */
export function dedupeArticles(articles: readonly Article[]): DedupedArticles {
  const filter = new DuplicateFilter();
  const out: DedupedArticles = { articles: [], diagnostics: [], duplicates: 0 };
  for (const article of articles) {
    const note = filter.check(article);
    if (note) {
      out.diagnostics.push(note);
      out.duplicates++;
    } else out.articles.push(article);
  }
  return out;
}

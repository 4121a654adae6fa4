import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Article } from '../ingest/Article.js';
import type { Event } from './Event.js';
import { extractEvents } from './extractEvents.js';

/** What the events stage made of one article: its events and notes, or why it failed. */
export type ArticleOutcome = { events: Event[]; diagnostics: Diagnostic[] } | { error: string };

/**
 * `extractEvents` for the pipeline: only the events and diagnostics (not the sentences and
 * timexes, so nothing holds on to the text), and an error caught and returned as a message, so
 * that one article failing never stops the others. The same on the main thread and in workers.
 *
 * @example
 * const outcome = extractArticle(article);
 * if ('error' in outcome) console.error(outcome.error); else outcome.events.length;
 */
export function extractArticle(article: Article): ArticleOutcome {
  try {
    const { events, diagnostics } = extractEvents(article);
    return { events, diagnostics };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

import * as chrono from 'chrono-node';
import type { Article } from '../ingest/Article.js';
import { splitSentences } from '../parse/splitSentences.js';

/**
 * What the benchmarks compare with: plain `chrono.casual.parse` on every sentence of every
 * article (split as the pipeline splits them), each with its publication instant as reference.
 * Returns the number of results, so that the work cannot be optimised away.
 *
 * @example
 * plainChrono(benchCorpus().articles) //=> 2,000-odd results on the TE3 texts
 */
export function plainChrono(articles: readonly Article[]): number {
  let n = 0;
  for (const a of articles) for (const s of splitSentences(a.text).sentences) n += chrono.casual.parse(s.text, { instant: a.published.instant, timezone: 0 }).length;
  return n;
}

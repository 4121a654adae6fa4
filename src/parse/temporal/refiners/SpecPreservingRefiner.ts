import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { specOf } from '../TimexSpec.js';

/**
 * Wraps one of chrono's own filters so that it only judges chrono's results: geodigest's parsers
 * make their own decisions ("1998" is a year although it is all digits; "since May" is the month
 * although chrono only trusts "in May").
 *
 * @example
 * c.refiners = c.refiners.map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? new SpecPreservingRefiner(r) : r));
 */
export class SpecPreservingRefiner implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ours = new Set(results.filter((r) => specOf(r.start)));
    if (ours.size === 0) return this.inner.refine(context, results);
    const kept = new Set(this.inner.refine(context, results.filter((r) => !ours.has(r))));
    return results.filter((r) => ours.has(r) || kept.has(r));
  }
}

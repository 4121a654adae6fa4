import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/**
 * chrono's own dates without a year ("Oct. 23", "16 May") get the year chrono finds closest to
 * the reference. News decides it by tense instead ("the Oct. 23 slaying" in May 1999 was in
 * 1998): such results are handed to the resolver as a named day of an unstated year.
 */
export class ENUnstatedYearRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const handOver = (c: ParsingComponents | null | undefined) => {
      if (!c || specOf(c) || !c.isCertain('month') || c.isCertain('year')) return;
      const month = c.get('month') as number;
      if (c.isCertain('day')) attachSpec(c, { kind: 'named', part: { unit: 'day', month, day: c.get('day') as number } });
      else attachSpec(c, { kind: 'named', part: { unit: 'month', month } });
    };
    for (const r of results) {
      handOver(r.start);
      handOver(r.end);
    }
    return results;
  }
}

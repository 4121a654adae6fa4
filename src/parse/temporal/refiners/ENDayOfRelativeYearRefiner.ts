import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { referenceDay } from '../referenceDay.js';
import { specOf } from '../TimexSpec.js';

/**
 * "on April 15 last year", "expires on March 31 next year", "Oct. 3 this year": a day of a month
 * followed by the year it is in, named relative to the publication, is one expression of that
 * year (2023-04-15), not a day of the nearest year beside "last year".
 *
 * @example
 * // "Fighting erupted on April 15 last year." (15 April 2024) → "April 15 last year" 2023-04-15
 */
export class ENDayOfRelativeYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const day = results[i] as ParsingResult;
      const next = results[i + 1];
      const year = next ? specOf(next.start) : undefined;
      if (
        next && !day.end && !next.end && !specOf(day.start) && day.start.isCertain('day') && day.start.isCertain('month') && !day.start.isCertain('year') &&
        year?.kind === 'relative' && year.unit === 'year' && year.anchor === 'dct' && !year.mod && Math.abs(year.offset) <= 1 &&
        /^(?:last|next|this)\s+year$/i.test(next.text) && /^,?\s+$/.test(context.text.slice(day.index + day.text.length, next.index))
      ) {
        const merged = day.clone();
        merged.start.assign('year', referenceDay(context).getFullYear() + year.offset);
        merged.text = context.text.slice(day.index, next.index + next.text.length);
        out.push(merged);
        i++;
        continue;
      }
      out.push(day);
    }
    return out;
  }
}

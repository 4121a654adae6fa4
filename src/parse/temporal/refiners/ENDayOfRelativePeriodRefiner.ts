import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays } from 'date-fns';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, specOf } from '../TimexSpec.js';

/**
 * A day followed by the period it is in, named relative to the publication, is one expression of
 * that period: "on April 15 last year" (2023-04-15, not a day of the nearest year beside "last
 * year"), "March 31 next year", "on Friday next week" (next week's Friday, not this week's),
 * "Tuesday last week".
 *
 * @example
 * // "Fighting erupted on April 15 last year." (15 April 2024) → "April 15 last year" 2023-04-15
 */
export class ENDayOfRelativePeriodRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const day = results[i] as ParsingResult;
      const next = results[i + 1];
      // (Adjacency first: reading a spec costs more.)
      const adjacent = next !== undefined && !day.end && !next.end && /^(?:last|next|this)\s+(?:year|week)$/i.test(next.text) && /^,?\s+$/.test(context.text.slice(day.index + day.text.length, next.index));
      const period = adjacent ? specOf(next.start) : undefined;
      const relative = period?.kind === 'relative' && period.anchor === 'dct' && !period.mod && Math.abs(period.offset) <= 1 && /^(?:last|next|this)\s+(?:year|week)$/i.test(next?.text ?? '') ? period : undefined;
      if (adjacent && next && relative) {
        const daySpec = specOf(day.start);
        // "April 15 last year": chrono's day of a month, its year not stated.
        if (relative.unit === 'year' && !daySpec && day.start.isCertain('day') && day.start.isCertain('month') && !day.start.isCertain('year')) {
          const merged = day.clone();
          merged.start.assign('year', referenceDay(context).getFullYear() + relative.offset);
          merged.text = context.text.slice(day.index, next.index + next.text.length);
          out.push(merged);
          i++;
          continue;
        }
        // "Friday next week": the weekday of that ISO week.
        if (relative.unit === 'week' && daySpec?.kind === 'named' && daySpec.part.unit === 'weekday' && !daySpec.which && !daySpec.partOfDay) {
          const ref = referenceDay(context);
          const monday = addDays(ref, -((ref.getDay() + 6) % 7) + 7 * relative.offset);
          const date = addDays(monday, (daySpec.part.weekday + 6) % 7);
          const merged = day.clone();
          merged.text = context.text.slice(day.index, next.index + next.text.length);
          attachSpec(merged.start, { kind: 'point', point: { unit: 'day', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() } });
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(day);
    }
    return out;
  }
}

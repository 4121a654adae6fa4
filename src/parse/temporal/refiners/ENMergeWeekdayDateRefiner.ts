import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { specOf } from '../TimexSpec.js';

/**
 * "Monday, Oct. 26", "Friday Oct. 13", "the night of Friday, Oct. 23": a weekday right before a
 * date names that date; the two become one result with the date's value.
 */
export class ENMergeWeekdayDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as ParsingResult;
      const next = results[i + 1];
      const spec = specOf(r.start);
      if (next && spec?.kind === 'named' && spec.part.unit === 'weekday' && !spec.which && !spec.partOfDay && !next.end && next.start.isCertain('day') && next.start.isCertain('month') && !specOf(next.start)) {
        const between = context.text.slice(r.index + r.text.length, next.index);
        if (/^,?\s*$/.test(between)) {
          const merged = next.clone();
          merged.start = next.start;
          // "5:30 a.m. on Tuesday, March 19": the clock time chrono joined to the weekday stays.
          if (r.start.isCertain('hour') && !next.start.isCertain('hour')) {
            for (const c of ['hour', 'minute', 'second', 'meridiem'] as const) if (r.start.isCertain(c)) merged.start.assign(c, r.start.get(c) as number);
          }
          merged.index = r.index;
          merged.text = r.text + between + next.text;
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(r);
    }
    return out;
  }
}

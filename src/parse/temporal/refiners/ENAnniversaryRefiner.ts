import { addYears } from 'date-fns';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { pointContaining } from '../CalendarPoint.js';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, specOf } from '../TimexSpec.js';

/**
 * An anniversary: "two years ago this month", "Ten years ago this week", "a year ago today" are
 * one time, the month, week or day of the publication that many years back (2011-03 in March
 * 2013), not a year and the publication's month.
 *
 * @example
 * // 'The uprising began two years ago this month.' (March 2013) → "two years ago this month", 2011-03
 */
export class ENAnniversaryRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as ParsingResult;
      const next = results[i + 1];
      // (Most results are no "… ago": leave them before reading their specs.)
      const ago = next && /\bago$/i.test(r.text) ? specOf(r.start) : undefined;
      const part = ago ? specOf((next as ParsingResult).start) : undefined;
      if (
        next && ago?.kind === 'relative' && ago.unit === 'year' && ago.anchor === 'dct' && ago.offset < 0
        && part?.kind === 'relative' && part.anchor === 'dct' && part.offset === 0 && (part.unit === 'week' || part.unit === 'month' || part.unit === 'day') && !part.partOfDay
        && /^\s+$/.test(context.text.slice(r.index + r.text.length, next.index))
      ) {
        r.text = context.text.slice(r.index, next.index + next.text.length);
        attachSpec(r, { kind: 'point', point: pointContaining(addYears(referenceDay(context), ago.offset), part.unit) });
        // (The years' count carries an hour of its own that would make the day a clock time.)
        if (part.unit === 'day') r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
        out.push(r);
        i++;
        continue;
      }
      out.push(r);
    }
    return out;
  }
}

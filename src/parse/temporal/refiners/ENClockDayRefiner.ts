import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/** A parenthesis between a clock time and its day: "10:35 a.m. (0735 GMT) Friday". */
const ASIDE = /^\s*\([^()]{1,40}\)\s*,?\s*$/;

/**
 * "at about 10:35 a.m. (0735 GMT) Friday": a clock time whose day follows after a parenthesis
 * (the time in another zone) is on that day. Both stay expressions of their own, as TimeML tags
 * them; the time takes the day (and its tense) from the weekday.
 */
export class ENClockDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const time = results[i] as ParsingResult;
      const day = results[i + 1] as ParsingResult;
      if (time.end || !time.start.isCertain('hour') || time.start.isCertain('day') || time.start.isCertain('weekday') || specOf(time.start)) continue;
      const spec = specOf(day.start);
      if (day.end || spec?.kind !== 'named' || spec.part.unit !== 'weekday' || spec.partOfDay) continue;
      if (!ASIDE.test(context.text.slice(time.index + time.text.length, day.index))) continue;
      attachSpec(time.start, spec);
    }
    return results;
  }
}

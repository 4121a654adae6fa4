import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/**
 * What may stand between a clock time and its day: the time in another zone in parentheses, "local
 * time", "Beijing time" or "New York time", a zone's name or letters ("Eastern", "ET"), then "on":
 * "10:35 a.m. (0735 GMT) Friday", "06:00 local time on Sunday".
 */
const ASIDE = /^(?:\s*(?:\([^()]{1,40}\)|(?:local|(?:\p{Lu}\p{L}+\s+){1,2})\s*time|Eastern|Pacific|Central|Mountain|[A-Z]{1,4}T|[A-Z]{3,4}))+\s*,?\s*(?:on\s+)?$/u;

/**
 * "at about 10:35 a.m. (0735 GMT) Friday", "at 06:00 local time on Sunday": a clock time whose day
 * follows after the time in another zone or "local time" is on that day. Both stay expressions of their own, as TimeML tags
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

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/**
 * What may stand between a clock time and its day: the time in another zone in parentheses, "local
 * time", "Beijing time" or "New York time", a zone's name or letters ("Eastern", "ET"), then "on":
 * "10:35 a.m. (0735 GMT) Friday", "06:00 local time on Sunday".
 */
const ASIDE = /^(?:\s*(?:\([^()]{1,40}\)|(?:local|(?:\p{Lu}\p{L}+\s+){1,2})\s*time|Eastern|Pacific|Central|Mountain|[A-Z]{1,4}T|[A-Z]{3,4}))+\s*,?\s*(?:on\s+)?$/u;

/** An hour right after a part of a day, with no a.m. or p.m. of its own: " at 9", " at 10:30". */
const PART_THEN_HOUR = /^\s+at\s+(\d{1,2})(?:[:.](\d\d))?(?![\d:]|\.\d|\s*(?:[ap]\.?m\b|%|percent|o['’]clock|[-–]))/i;

/**
 * "at about 10:35 a.m. (0735 GMT) Friday", "at 06:00 local time on Sunday", "at 20:00 local time on 28
 * February": a clock time whose day
 * follows after the time in another zone or "local time" is on that day. Both stay expressions of their own, as TimeML tags
 * them; the time takes the day (and its tense) from the weekday.
 */
export class ENClockDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // "Jurors resume Thursday morning at 9", "Monday night at 10": a part of a day and then its
    // hour, one time (the part of the day tells a.m. from p.m.).
    for (const r of results) {
      const at = r.end ? null : PART_THEN_HOUR.exec(context.text.slice(r.index + r.text.length));
      if (!at) continue;
      const spec = specOf(r.start);
      if (!spec || !('partOfDay' in spec) || !spec.partOfDay || r.start.isCertain('hour')) continue;
      const hour = Number(at[1]);
      if (hour < 1 || hour > 12) continue;
      r.start.assign('hour', hour);
      r.start.assign('minute', at[2] ? Number(at[2]) : 0);
      r.text += at[0];
    }
    for (let i = 0; i + 1 < results.length; i++) {
      const time = results[i] as ParsingResult;
      const day = results[i + 1] as ParsingResult;
      if (time.end || !time.start.isCertain('hour') || time.start.isCertain('day') || time.start.isCertain('weekday') || specOf(time.start)) continue;
      const spec = specOf(day.start);
      if (!ASIDE.test(context.text.slice(time.index + time.text.length, day.index)) || day.end) continue;
      // chrono's own date ("at 20:00 local time on 28 February"): the time takes its day.
      if (!spec && day.start.isCertain('day') && day.start.isCertain('month') && !day.start.isCertain('hour')) {
        for (const unit of ['year', 'month', 'day'] as const) {
          const v = day.start.get(unit);
          if (v === null) continue;
          if (day.start.isCertain(unit)) time.start.assign(unit, v);
          else time.start.imply(unit, v);
        }
        continue;
      }
      if (spec?.kind !== 'named' || (spec.part.unit !== 'weekday' && spec.part.unit !== 'day') || spec.partOfDay) continue;
      attachSpec(time.start, spec);
    }
    return results;
  }
}

import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { CLOCK_HOURS_BEFORE, FOUR_DIGIT_ZONES, RESTATED_TIME_BEFORE } from '../calendarWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = new RegExp(String.raw`\d\s*(?:${FOUR_DIGIT_ZONES})\b`);

/**
 * Clock times in four digits, as wire services write them: "0700 GMT", "at 0800 UTC",
 * "1430 hrs", "1800 local time". Only with the zone or "hrs" after them: a bare "1800" is a year.
 * The result is a time of day like chrono's own ("14:30 GMT"), so that chrono joins it to the day
 * next to it ("0221 GMT on Friday") and the clock-day refiner anchors it. The value is the time as
 * written, zone and all, as for "14:30 GMT". The same time restated after a local one ("9 a.m. (0700
 * GMT)") is left alone.
 *
 * @example
 * // "The blast came at 0700 GMT on Thursday." (Fri 22 Mar 2013) → 2013-03-21T07:00
 */
export class ENFourDigitTimeParser implements Parser {
  private readonly re = new RegExp(String.raw`(?<![\w.,:/-])(?:([01]\d|2[0-3])([0-5]\d)\s*(?:-|–|to|and|until|till)\s*)?([01]\d|2[0-3])([0-5]\d)\s*(${FOUR_DIGIT_ZONES})(?![\w-])`, 'i');

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null {
    const [text, fromHour, fromMinute, hour, minute, zone = ''] = match;
    // "Z" and the zones' letters only in capitals ("0700Z"); "1800 local time" not after "in" or "since", where it is a year.
    if (/^[a-z]{1,4}$/.test(zone) && !/^hrs$/.test(zone)) return null;
    // "at 10:35 a.m. (0735 GMT) Friday": the same time restated in another zone, which TimeML leaves
    // untagged (the clock-day refiner reads past it to the day).
    const before = context.text.slice(0, match.index ?? 0);
    if (RESTATED_TIME_BEFORE.test(before)) return null;
    if (/local/i.test(zone) && /\b(?:in|since|of|by|until|from)\s+$/i.test(before)) return null;
    // "0850 hours", "at 2200 hours" (military time); "1500 hours of community service" is a duration.
    if (/^hours$/i.test(zone) && !/^0/.test(fromHour ?? hour ?? '') && !CLOCK_HOURS_BEFORE.test(before)) return null;
    const clockAt = (h: string, m: string) => {
      const c = context.createParsingComponents();
      c.assign('hour', Number(h));
      c.assign('minute', Number(m));
      return c;
    };
    const start = clockAt(fromHour ?? hour ?? '0', fromMinute ?? minute ?? '0');
    if (!fromHour) return start;
    // "from 0915 to 1530 IST": both ends, the zone written once.
    const result = context.createParsingResult(match.index ?? 0, text, start);
    result.end = clockAt(hour ?? '0', minute ?? '0');
    return result;
  }
}

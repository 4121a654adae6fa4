import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { RESTATED_TIME_BEFORE } from '../calendarWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /GMT|UTC|\dZ\b|hrs\b|local\s+time/;

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
  private readonly re = /(?<![\w.,:/-])([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC|Z|hrs|local\s+time)(?![\w-])/i;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null {
    const [, hour, minute, zone = ''] = match;
    // "Z" only in capitals ("0700Z"); "1800 local time" not after "in" or "since", where it is a year.
    if (/^z$/.test(zone)) return null;
    // "at 10:35 a.m. (0735 GMT) Friday": the same time restated in another zone, which TimeML leaves
    // untagged (the clock-day refiner reads past it to the day).
    const before = context.text.slice(0, match.index ?? 0);
    if (RESTATED_TIME_BEFORE.test(before)) return null;
    if (/local/i.test(zone) && /\b(?:in|since|of|by|until|from)\s+$/i.test(before)) return null;
    const components = context.createParsingComponents();
    components.assign('hour', Number(hour));
    components.assign('minute', Number(minute));
    return components;
  }
}

import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { HOLIDAY_PATTERN, holidayDate, holidayKey } from '../holidayDate.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:christmas|new\s+year|independence|veterans|armistice|remembrance|halloween|valentine|boxing|may\s+day|bastille|anzac|australia\s+day|bonfire|fawkes|hogmanay|patrick|easter|good\s+friday|palm|maundy|holy|ash|pentecost|whit|ascension|passover|rosh|yom|hanukkah|chanukah|chinese|lunar|thanksgiving|black\s+friday|cyber|memorial|labou?r|luther|presidents|mother|father|election|eid)/i;

/**
 * Holidays: "Christmas", "Thanksgiving Day" (the fourth Thursday of November), "Easter",
 * "New Year's Day", "Labor Day", "Eid al-Fitr", "Eid al-Adha", "Christmas 1998", "last Christmas",
 * "next Thanksgiving", and the
 * week that holds one: "Easter week" (2000-W16).
 * The name must be capitalised ("christmas shopping" in lower case is not taken).
 */
export class ENHolidayParser implements Parser {
  private readonly re = new RegExp(`(?<![\\w-])(?:(this|last|next)\\s+)?(${HOLIDAY_PATTERN})(?:\\s+(week|weekend))?(?:,?\\s+(${YEAR_PATTERN})(?![\\w-]|[.,]\\d))?(?![\\w-])`, 'i');

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, whichWord, name = '', week, yearText] = match;
    if (!/^[A-Z]/.test(name)) return null;
    // "Constitution Memorial Day" (Japan's, May 3) is no US Memorial Day.
    if (/^Memorial/.test(name) && /\bConstitution\s+$/.test(context.text.slice(0, match.index ?? 0))) return null;
    // "Holy Week": the week of Good Friday.
    const holyWeek = /^holy\s+week$/i.test(name);
    const key = holyWeek ? 'good friday' : holidayKey(name);
    if (!holidayDate(key, 2000)) return null;
    // "Christmas trees", "Easter eggs" are still about the day; "Christmas Island" is not.
    if (/^\s+(?:Island|Carol|Carols)\b/.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
    // "the Easter recess", "the Christmas term": a stretch around the day, not the day.
    if (!week && /^\s+(?:recess|term)\b/i.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
    const spec: TimexSpec = { kind: 'named', part: { unit: 'holiday', name: key } };
    // "Easter week", "Christmas week": the (ISO) week that holds the day.
    if ((week && /^week$/i.test(week)) || holyWeek) spec.weekOf = true;
    // "Memorial Day weekend", "the Easter weekend": the weekend next to the day.
    if (week && /^weekend$/i.test(week)) spec.weekendOf = true;
    if (yearText) spec.year = Number(yearText);
    else if (whichWord) spec.which = whichWord.toLowerCase() as 'this' | 'last' | 'next';
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

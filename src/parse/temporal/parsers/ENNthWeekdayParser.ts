import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_PATTERN, monthOf, WEEKDAY_PATTERN, weekdayOf } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th))\s+(?:mon|tue|wed|thu|fri|sat|sun)/i;

const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };

/**
 * A weekday counted in a month: "the last Sunday of June", "the first Monday in September
 * 2025", "the third Friday of November" (a fifth one the month lacks is its last). The month's
 * year, when not stated, is picked as for a day of a month alone, by tense: "The referendum will
 * be held on the last Sunday of June" (May 2024) → 2024-06-30.
 *
 * @example
 * // "The vote is on the first Monday in June." (14 May 2024) → 2024-06-03
 */
export class ENNthWeekdayParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:the\\s+)?(first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th))\\s+(${WEEKDAY_PATTERN})\\s+(?:of|in)\\s+(${MONTH_PATTERN})(?:,?\\s+(${YEAR_PATTERN}))?(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, ordinal = '', weekdayWord = '', monthWord = '', yearText] = match;
    const n = ORDINAL[ordinal.toLowerCase()];
    const weekday = weekdayOf(weekdayWord);
    const month = monthOf(monthWord);
    if (n === undefined || weekday === undefined || !month) return null;
    const spec: TimexSpec = { kind: 'named', part: { unit: 'nthWeekday', month, weekday, n } };
    if (yearText) spec.year = Number(yearText);
    const result = context.createParsingResult(match.index ?? 0, text);
    attachSpec(result, spec);
    return result;
  }
}

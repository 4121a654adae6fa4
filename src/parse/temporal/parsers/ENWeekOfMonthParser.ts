import { UTCDate } from '@date-fns/utc';
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { getDaysInMonth } from 'date-fns';
import { MONTH_PATTERN, monthOf } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\bweek\s+of\b/i;

/** The day of the month whose ISO week a "first/second/… week of" the month is. */
const DAY: Readonly<Record<string, number>> = { first: 4, '1st': 4, second: 11, '2nd': 11, third: 18, '3rd': 18, fourth: 25, '4th': 25 };

/** Days in a month of a common year: the last week of February is the one holding the 25th. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "the first week of June", "the second week of March 2025", "the last week of August": the ISO
 * week holding the 4th, 11th, 18th or 25th of the month (the last: the one holding its fourth-last
 * day), as the ISO calendar counts a year's first week. The month's year, when not stated, is
 * picked as for "June" alone, by tense.
 *
 * @example
 * // "The launch is set for the first week of June." (14 May 2024) → 2024-W23 (3–9 June)
 */
export class ENWeekOfMonthParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\\s+week\\s+of\\s+(${MONTH_PATTERN})(?:,?\\s+(${YEAR_PATTERN}))?(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, ordinal, monthWord, yearText] = match;
    const month = monthOf(monthWord ?? '');
    if (!month || !ordinal) return null;
    const days = yearText ? getDaysInMonth(new UTCDate(Number(yearText), month - 1, 1)) : (MONTH_DAYS[month - 1] ?? 31);
    const day = DAY[ordinal.toLowerCase()] ?? days - 3;
    const spec: TimexSpec = yearText
      ? { kind: 'point', point: { unit: 'day', year: Number(yearText), month, day }, weekOf: true }
      : { kind: 'named', part: { unit: 'day', month, day }, weekOf: true };
    const result = context.createParsingResult(match.index ?? 0, text);
    attachSpec(result, spec);
    return result;
  }
}

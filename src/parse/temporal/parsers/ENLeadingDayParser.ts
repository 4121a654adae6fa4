import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_PATTERN, monthOf } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\d\s*(?:st|nd|rd|th)?\s*(?:and|or|&)\s+\d/i;

/**
 * The first day of a pair written day-first, which borrows the month (and year) of the second:
 * "on 20 and 21 June", "between 20 and 25 June 2025", "the 3rd or 4th of July". chrono reads "21
 * June" and leaves "20" alone. A count ("20 and 21 June voters") is refused by the month that must
 * follow the second number.
 *
 * @example
 * // "Voting is on 20 and 21 June." (May 2024) → "20" 2024-06-20, "21 June" 2024-06-21
 */
export class ENLeadingDayParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w.,/-])(\\d{1,2})(?:st|nd|rd|th)?(?=\\s*(?:and|or|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?![\\w])(?:,?\\s+(${YEAR_PATTERN})(?![\\w-]))?)`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, dayText, monthWord, yearText] = match;
    const day = Number(dayText);
    const month = monthOf(monthWord ?? '');
    // "May" needs a capital to be the month.
    if (!month || day < 1 || day > 31 || (/^may$/i.test(monthWord ?? '') && !/^M/.test(monthWord ?? ''))) return null;
    const spec: TimexSpec = yearText ? { kind: 'point', point: { unit: 'day', year: Number(yearText), month, day } } : { kind: 'named', part: { unit: 'day', month, day } };
    const result = context.createParsingResult(match.index ?? 0, text);
    attachSpec(result, spec);
    return result;
  }
}

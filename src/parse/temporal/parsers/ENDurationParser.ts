import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NUMBER_PATTERN, parseNumber } from '../numberWords.js';

const UNIT: Readonly<Record<string, string>> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', night: 'D', week: 'W', fortnight: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};

/**
 * Durations: "two-day", "a five-day visit", "48 hours", "a fortnight", "a few weeks",
 * "recent months", "the past three months", "the past week", "now two-year-old", "five years".
 * The result carries `geodigest/duration:<TIMEX value>` and, for ages ("two-year-old"),
 * `geodigest/age`. Numbers in words or digits; vague quantities give `X` (`PXW`).
 */
export class ENDurationParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w-])(?:(the\\s+(?:past|last|next|coming|previous|first|final)(?:\\s+(?:few|several))?|a\\s+few|few|several|some|many|recent|(?:a\\s+)?couple\\s+of)\\s+)?` +
        `(?:(${NUMBER_PATTERN})[-\\s]+)?` +
        `(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)` +
        `(?:-(old|long))?(?![\\w-])`,
      'i',
    );
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const quantifier = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const numberWord = match[2];
    const unitWord = (match[3] ?? '').toLowerCase();
    const suffix = match[4]?.toLowerCase();
    const singular = unitWord.replace(/ies$/, 'y').replace(/s$/, '');
    const code = UNIT[singular];
    if (!code) return null;
    let amount: number | 'X' | undefined = numberWord ? parseNumber(numberWord) : undefined;
    if (singular === 'fortnight') amount = (typeof amount === 'number' ? amount : 1) * 2;
    if (amount === undefined) {
      if (!quantifier) return null;
      if (/^the (?:past|last|next|coming|previous|first|final)$/.test(quantifier)) {
        // "the past week" = P1W; "the past weeks" is vague.
        amount = unitWord === singular ? 1 : 'X';
      } else amount = 'X';
    } else if (quantifier && /few|several|couple/.test(quantifier)) return null;
    // A bare "one day" / "a day" is rarely a duration in news ("one day he will…").
    if ((numberWord?.toLowerCase() === 'one' || numberWord?.toLowerCase() === 'a') && !suffix && !quantifier && singular === 'day') return null;
    const n = typeof amount === 'number' ? Number.isInteger(amount) ? String(amount) : String(amount) : 'X';
    const value = code.startsWith('T') ? `PT${n}${code.slice(1)}` : `P${n}${code}`;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(`geodigest/duration:${value}`);
    if (suffix === 'old') result.addTag('geodigest/age');
    return result;
  }
}

import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarUnit } from '../CalendarPoint.js';
import { MONTH_PATTERN, modOf, monthOf, PART_WORD_PATTERN, SEASON_PATTERN, seasonOf } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';

const OFFSETS: Readonly<Record<string, number>> = {
  this: 0, current: 0, 'the current': 0, 'this past': -1, last: -1, 'the previous': -1, previous: -1,
  next: 1, coming: 1, 'this coming': 1, 'the following': 1, following: 1,
};

/**
 * Calendar periods named relative to the publication: "this week", "last month", "next year",
 * "earlier this week" (mod START), "late last week" (END), "the end of the month", "this
 * weekend", "next quarter", "the current year", "last decade"; relative to the time mentioned
 * before: "the following week", "the previous year"; and named months and seasons: "last
 * November", "this summer", "next spring". "the past week" is a duration in TimeML and is left to
 * the duration parser.
 */
export class ENRelativePeriodParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(${PART_WORD_PATTERN})[\\s-]+)?` +
      `(this\\s+past|this\\s+coming|the\\s+current|the\\s+previous|the\\s+following|this|current|last|previous|next|coming|following)?\\s*` +
      `(?<![\\w-])(week|weekend|month|year|quarter|decade|century|${SEASON_PATTERN}|${MONTH_PATTERN})(?![\\w-])`,
    'i',
  );

  pattern(): RegExp {
    return this.re;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const partWord = match[1]?.toLowerCase();
    const which = match[2]?.toLowerCase().replace(/\s+/g, ' ');
    const noun = (match[3] ?? '').toLowerCase();
    // Without this/last/next the period is only relative after "the end of the" ("the end of the month").
    if (!which && !(partWord && /\bthe$/.test(partWord) && /^(?:week|month|year|quarter|decade|century)$/.test(noun))) return null;
    const offset = which ? OFFSETS[which] : 0;
    if (offset === undefined) return null;
    const mod = modOf(partWord);
    const anchor = which && /following|previous/.test(which) ? 'ref' : 'dct';
    let spec: TimexSpec;
    const month = /^(?:week|weekend|month|year|quarter|decade|century)$/.test(noun) ? undefined : monthOf(noun);
    const season = seasonOf(noun);
    if (season || month) {
      // "last November", "this summer": named parts of a year; "the following spring" is not handled.
      if (anchor === 'ref') return null;
      // A month needs its capital ("this march" is not a date); abbreviations need their dot.
      if (month && !/^[A-Z]/.test(match[3] ?? '')) return null;
      if (month && noun.length <= 4 && !/\.$/.test(noun) && !/^(?:may|june|july)$/.test(noun)) return null;
      const w = offset === 0 ? 'this' : offset < 0 ? 'last' : 'next';
      spec = { kind: 'named', part: season ? { unit: 'season', season } : { unit: 'month', month: month as number }, which: w };
    } else {
      spec = { kind: 'relative', unit: noun as CalendarUnit, offset, anchor };
    }
    if (mod) spec.mod = mod;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

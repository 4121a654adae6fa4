import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarUnit } from '../CalendarPoint.js';
import { GONE_BEFORE, MONTH_PATTERN, NOUN_AFTER_THAT, THAT_CONJUNCTION_BEFORE, modOf, monthOf, PART_WORD_PATTERN, partOfDayOf, SEASON_PATTERN, seasonOf } from '../calendarWords.js';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

const OFFSETS: Readonly<Record<string, number>> = {
  this: 0, current: 0, 'the current': 0, 'this past': -1, last: -1, previous: -1, next: 1, coming: 1, 'this coming': 1,
  'the full': 0, 'the whole': 0, 'the entire': 0, the: 0,
};
/** Relative to the time mentioned before ("the following week", "that year", "the next morning"). */
const REF_OFFSETS: Readonly<Record<string, number>> = {
  'the previous': -1, 'the preceding': -1, 'the prior': -1, 'the next': 1, 'the following': 1, following: 1, that: 0, 'the same': 0, 'that same': 0,
};

/** A figure compared with the one "last year": "compared with a loss of $3 million", "up from 40%". */
const COMPARED_FIGURE =
  /\b(?:compared\s+(?:with|to)|from|versus|vs\.|against)\s+(?:[\w,'’-]+\s+){0,6}?(?:[$#£€]\s*\d[\d.,]*(?:\s+(?:million|billion))?|\d[\d.,]*\s*(?:%|percent|cents|pence|(?:million|billion)(?:\s+[a-z]+)?))(?:,?\s+or\s+[$#£€]?\d[\d.,]*\s*(?:cents|pence|a\s+share)?(?:\s+a\s+share)?,?)?\s+$/i;
/** "last year's $1.55 billion", "last year's results". */
const FIGURE_AFTER = /^['’]s\s+(?:[$#£€]|\d|(?:results|figures|earnings|profits?|loss|net|sales|revenues?)\b)/i;

function isReportComparison(before: string, after: string): boolean {
  return COMPARED_FIGURE.test(before) || FIGURE_AFTER.test(after);
}

/** " before" or " after" ending a clause after "the day": "The day before, he had resigned." */
const DAY_BEFORE_AFTER = /^\s+(before|after)(?=\s*(?:[,.;:!?)"”]|$))/i;

/** " before last", " after next" after "the week": the one two away. */
const BEYOND = /^\s+(before\s+last|after\s+next)\b/i;

/**
 * "the turn of the century" (or year, decade): the start of the period next to the boundary the
 * publication is nearest to in time. The one it began with, unless it is in the last tenth of its
 * period ("the turn of the century" in 2024 is about 2000, in 1998 it is also about 2000; "the turn
 * of the year" in May is January's, in November next January's).
 */
function turnOffset(noun: string, day: Date): number {
  const year = day.getFullYear();
  const through: Record<string, number> = {
    century: (year % 100) / 100, decade: (year % 10) / 10, year: (day.getMonth() + 1) / 12,
    quarter: (day.getMonth() % 3) / 3 + day.getDate() / 93, month: day.getDate() / 31, week: ((day.getDay() + 6) % 7) / 7,
  };
  return (through[noun] ?? 0) >= 0.9 ? 1 : 0;
}

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Calendar periods named relative to the publication: "this week", "last month", "next year",
 * "earlier this week" (mod START), "late last week" (END), "the end of the month", "this
 * weekend", "next quarter", "the current fiscal year", "last decade", "earlier in the year", "the
 * week before last", "the month after next",
 * "the year" (the publication's), "the weekend" (the last one, or the next when the clause points
 * ahead); relative to the time mentioned before: "the following week", "that year", "later that
 * day", "the next morning"; and named months and seasons: "last November", "this summer". "the
 * past week" is a duration in TimeML and is left to the duration parser; "the year ended June 30"
 * is a duration (P1Y).
 */
export class ENRelativePeriodParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(${PART_WORD_PATTERN})[\\s-]+)?(?:(earlier|later|early|late)\\s+in\\s+)?` +
      `(this\\s+past|this\\s+coming|the\\s+(?:current|previous|preceding|prior|following|next|same|full|whole|entire)|that\\s+same|this|current|last|previous|next|coming|following|that|the)?\\s*` +
      `(?:(fiscal|calendar)\\s+)?(?<![\\w-])(day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade|century|${SEASON_PATTERN}|${MONTH_PATTERN})(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const partWord = match[1]?.toLowerCase();
    const inWord = match[2]?.toLowerCase();
    const which = match[3]?.toLowerCase().replace(/\s+/g, ' ');
    const fiscal = match[4];
    const noun = (match[5] ?? '').toLowerCase();
    const after = context.text.slice(index + match[0].length);
    const mod = modOf(inWord ?? partWord);
    const partOfDay = partOfDayOf(noun);
    const period = /^(?:day|week|weekend|month|year|quarter|decade|century)$/.test(noun);
    if (fiscal && noun !== 'year') return null;

    let spec: TimexSpec;
    /** "before" or "after" closing "the day before". */
    let around: RegExpExecArray | null = null;
    const refOffset = which ? REF_OFFSETS[which] : undefined;
    if (refOffset !== undefined) {
      // "that year", "the following week", "later that day", "the next morning".
      if (!period && !partOfDay) return null;
      if (noun === 'weekend' || noun === 'quarter' || noun === 'decade' || noun === 'century') return null;
      if (which === 'that' && !partWord && !/^(?:day|year|month|week|night|morning|afternoon|evening)$/.test(noun)) return null;
      // "said that morning commuters faced delays": "that" the conjunction.
      if (which === 'that' && THAT_CONJUNCTION_BEFORE.test(context.text.slice(0, index)) && NOUN_AFTER_THAT.test(after)) return null;
      spec = { kind: 'relative', unit: (partOfDay ? 'day' : noun) as CalendarUnit, offset: refOffset, anchor: 'ref' };
      if (partOfDay) spec.partOfDay = partOfDay;
    } else if (!which) {
      // Without this/last/next only "the end of the month" is relative, and "by the end of the day" (not
      // the idiom "at the end of the day").
      const endOfDay = noun === 'day' && partWord !== undefined && /\bend\b/.test(partWord) && /\b(?:by|until|before|till)\s+$/i.test(context.text.slice(0, index));
      if (!(partWord && /\bthe$/.test(partWord) && (/^(?:week|month|year|quarter|decade|century)$/.test(noun) || endOfDay))) return null;
      spec = { kind: 'relative', unit: noun as CalendarUnit, offset: /\bturn\b/.test(partWord) ? turnOffset(noun, referenceDay(context)) : 0, anchor: 'dct' };
      // "Debt stood at $2 billion at the end of the year", in March: the year gone by.
      if (noun === 'year' && /\bend\b/.test(partWord) && GONE_BEFORE.test(context.text.slice(0, index))) spec.gone = true;
    } else if (which === 'the' && /^(?:week|weekend|month|year)$/.test(noun) && (around = BEYOND.exec(after))) {
      // "the week before last", "the month after next": two away from the publication's.
      spec = { kind: 'relative', unit: noun as CalendarUnit, offset: /before/i.test(around[1] ?? '') ? -2 : 2, anchor: 'dct' };
    } else if (which === 'the' && !partWord && /^(?:week|month|year|night)$/.test(noun) && (around = DAY_BEFORE_AFTER.exec(after)) && (/^(?:week|night)$/.test(noun) || /(?:^|[,;:"“])\s*$/.test(context.text.slice(0, index)))) {
      // "The week before, …", "the night before", "The year before, police massed": the one before
      // (after) the time mentioned last, as "the day before". A year or month only leading its
      // clause: "down from $450 million the year before" is a comparison TempEval-3 leaves untagged.
      const offset = /before/i.test(around[1] ?? '') ? -1 : 1;
      spec = noun === 'night' ? { kind: 'relative', unit: 'day', offset, anchor: 'ref', partOfDay: 'NI' } : { kind: 'relative', unit: noun as CalendarUnit, offset, anchor: 'ref' };
    } else if (which === 'the' || /^the (?:full|whole|entire)$/.test(which)) {
      if (noun === 'weekend') spec = { kind: 'named', part: { unit: 'weekend' } };
      else if (noun === 'year') {
        // "the year ended June 30", "the year to March" (a month or a date after "to": its \b would fail inside the word).
        if (/^\s+(?:(?:ended|ending|through)\b|to\s+(?:date\b|[A-Z]))/.test(after)) spec = { kind: 'duration', value: 'P1Y' };
        // "the year before", "the year of his birth" are not the publication's; "a high for the year of $42.875" is.
        else if (/^\s+(?:before|after|earlier|later|of(?!\s+[$#£€]?\d)|in\s+which|when|that|which|since|between|from|he|she|they|it|we)\b/i.test(after) && !inWord) return null;
        else {
          spec = { kind: 'relative', unit: 'year', offset: 0, anchor: 'dct', reportYear: true };
          // "Stocks rallied late in the year", in January: the year gone by.
          if (inWord && /late|end/i.test(inWord)) spec.gone = true;
        }
      } else if ((noun === 'week' || noun === 'month') && which === 'the' && /^\s+(?:ended|ending)\b/i.test(after)) {
        // "jobless claims in the week ended Jan. 20": a stretch of a week, as "the year ended June 30".
        spec = { kind: 'duration', value: noun === 'week' ? 'P1W' : 'P1M' };
      } else if (noun === 'week' || noun === 'month') {
        if (!inWord && !/^\s*(?:['’]s\b|[,.;:!?)]|$|\s+(?:and|but|as|while|with|was|were|is|the|a|to|in)\b)/i.test(after)) return null;
        if (which !== 'the' && noun === 'week') return null;
        spec = { kind: 'relative', unit: noun, offset: 0, anchor: 'dct' };
      } else if (inWord && noun === 'day') {
        // "He was arrested on Saturday and charged later in the day": the day told last, as "later that day".
        spec = { kind: 'relative', unit: 'day', offset: 0, anchor: 'ref', sameDay: true };
      } else if (noun === 'day' && which === 'the' && !partWord && (around = DAY_BEFORE_AFTER.exec(after))) {
        // "The day before, he had resigned": the day before (after) the one mentioned last; not
        // "the day before the vote", whose anchor is a happening.
        spec = { kind: 'relative', unit: 'day', offset: /before/i.test(around[1] ?? '') ? -1 : 1, anchor: 'ref' };
      } else return null;
    } else {
      const offset = OFFSETS[which];
      if (offset === undefined || partOfDay || noun === 'day') return null;
      const month = period ? undefined : monthOf(noun);
      const season = seasonOf(noun);
      if (season || month) {
        // A month needs its capital ("this march" is not a date); abbreviations need their dot;
        // "last Oct. 23" is chrono's date with "last" before it.
        if (month && !/^[A-Z]/.test(match[5] ?? '')) return null;
        if (month && /^\s*\d{1,2}\b/.test(after)) return null;
        if (month && noun.length <= 4 && !/\.$/.test(noun) && !/^(?:may|june|july)$/.test(noun)) return null;
        const w = offset === 0 ? 'this' : offset < 0 ? 'last' : 'next';
        spec = { kind: 'named', part: season ? { unit: 'season', season } : { unit: 'month', month: month as number }, which: w };
      } else {
        // "This Week" (a programme), "Next Year" in a title.
        if (/^[A-Z]/.test(match[5] ?? '') && /^[A-Z]/.test(match[3] ?? '') && index > 0 && /[a-z]/.test(context.text.slice(0, index))) return null;
        spec = { kind: 'relative', unit: noun as CalendarUnit, offset, anchor: 'dct' };
        // "compared with a loss of $3 million last year", "last year's $1.55 billion": in a report,
        // the same period a year before (the quarter a year before, after "the third quarter").
        if (noun === 'year' && offset === -1 && isReportComparison(context.text.slice(0, index), after)) spec.refUnit = true;
      }
    }
    if (mod && spec.kind !== 'duration') spec.mod = mod;
    // "the next decade", "the coming year": the article belongs to the expression, as TimeML tags
    // "the past year" ("the next" before a day or week is the anaphoric reading, read above).
    const lead = !partWord && !inWord && /^(?:next|coming)$/.test(which ?? '') && /^(?:year|decade|century)$/.test(noun) ? /\bthe\s+$/i.exec(context.text.slice(0, index))?.[0].length ?? 0 : 0;
    const result = context.createParsingResult(index - lead, context.text.slice(index - lead, index) + match[0] + (around?.[0] ?? ''));
    attachSpec(result, spec);
    return result;
  }
}

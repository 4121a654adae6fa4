import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, getDaysInMonth, startOfMonth } from 'date-fns';
import type { Interval } from '../../time/Interval.js';
import { type CalendarPoint, formatPoint, pointContaining, pointInterval, pointStart, shiftPoint, UNIT_RANK } from './CalendarPoint.js';
import { storyDay } from './storyDay.js';
import type { TemporalDirection } from './detectTense.js';
import type { Timex, TimexMod, TimexType } from './Timex.js';
import { holidayDate } from './holidayDate.js';
import { nthWeekday } from './nthWeekday.js';
import type { NamedPart, TimexSpec } from './TimexSpec.js';

/** What a spec is resolved against. */
export interface SpecContext {
  /** The publication's calendar day, UTC-pinned. */
  dct: UTCDate;
  /** Which way the clause around the expression points, when known. */
  tense?: TemporalDirection | undefined;
  /** The last point mentioned before, for "a day later", "the following week". */
  last?: CalendarPoint | undefined;
  /** A year that opens the sentence ("In 2014, …", "Last year, …"), and the sentence it opens. */
  leadYear?: number | undefined;
  leadYearAt?: number | undefined;
  /** Whether `last` states its year ("Aug. 17, 2013"), rather than taking it from the tense. */
  lastStated?: boolean | undefined;
  /**
   * The last day mentioned, and its sentence: the day a story tells keeps being its day across a
   * coarser time told in between ("on the night of Aug. 11, at a party to mark the end of summer.
   * … by about 11:30 p.m.").
   */
  lastDay?: CalendarPoint | undefined;
  lastDayAt?: number | undefined;
  /** The day of the last line that is a date alone ("MONDAY, APRIL 15"): the day of a timeline's entries under it. */
  heading?: CalendarPoint | undefined;
  /** The last point mentioned that is not after the publication day. */
  lastPast?: CalendarPoint | undefined;
  /** The sentence (its number in the text) being read, and the one `last` was mentioned in. */
  sentence?: number | undefined;
  lastAt?: number | undefined;
  /**
   * The period a report is about, for "a year earlier", "the year-ago period": the latest
   * completed quarter or half mentioned, or the year of a stretch such as "the first nine months".
   */
  lastPeriod?: CalendarPoint | undefined;
  /** The latest completed quarter or half mentioned, for "the quarter", "the latest quarter". */
  lastQuarter?: CalendarPoint | undefined;
  /** A month gone by named earlier in the sentence, for "from a year earlier" after "in October". */
  sentenceMonth?: CalendarPoint | undefined;
}

/** A resolved expression, without its place in the text. */
export type ResolvedTimex = Omit<Timex, 'start' | 'end' | 'text'> & {
  /** The point it names, to anchor later expressions ("a year earlier"). */
  point?: CalendarPoint;
};

function fromPoint(point: CalendarPoint, certainty: Interval['certainty'], mod?: TimexMod, type?: TimexType): ResolvedTimex {
  const t: TimexType = type ?? (point.unit === 'day' && (point.time || point.partOfDay) ? 'TIME' : 'DATE');
  // "early on Friday", "late Tuesday": a part of a day is still that day; "early May" may spill over.
  const partOfOneDay = point.unit === 'day' && (mod === 'START' || mod === 'MID' || mod === 'END');
  const out: ResolvedTimex = { type: t, value: formatPoint(point), interval: pointInterval(point, certainty, mod !== undefined && mod !== 'MID' && !partOfOneDay), point };
  if (mod) out.mod = mod;
  return out;
}

/**
 * The year a story is told in, for a day or month without one: "found on Aug. 17, 2013. Police
 * said the couple had been shot the night of Aug. 16" is 2013's, written in 2016. The stated year of a
 * day (or, for a month, a month) of another year than the publication's, told in this sentence or
 * the one before, when the day named is within three months of it; a year that opens the sentence
 * ("In 2014, the polls were held between April 7 and May 12"); else `undefined` (the tense decides).
 */
function narrativeYear(part: NamedPart & { unit: 'day' | 'month' }, ctx: SpecContext): number | undefined {
  if (ctx.leadYear !== undefined && ctx.leadYearAt === ctx.sentence) return ctx.leadYear;
  const last = ctx.last;
  // (A month and year names a noun as often as the story's time, "the August 1988 cease-fire": it carries its year to a month only.)
  // A season of another year told just before a day of it in a past story is its year too: "In the
  // spring of 2003 … Baghdad fell on April 9". (A year alone is not: "under a program approved in
  // 1987, Nashua had purchased 481,000 shares through Sept. 29" is of the publication's year.)
  const storyYear = last && ctx.lastStated && last.unit === 'season' && part.unit === 'day' && ctx.tense !== 'future' && last.year < ctx.dct.getFullYear()
    && ctx.lastAt !== undefined && ctx.sentence !== undefined && ctx.sentence - ctx.lastAt <= 1;
  if (storyYear) {
    const gap = pointStart(partIn(part, last.year)).getTime() - pointStart(last).getTime();
    if (gap >= -31 * 86_400_000 && gap <= 123 * 86_400_000) return last.year;
  }
  if (!last || !ctx.lastStated || !(last.unit === 'day' || (last.unit === 'month' && part.unit === 'month')) || last.year === ctx.dct.getFullYear()) return undefined;
  if (ctx.lastAt === undefined || ctx.sentence === undefined || ctx.sentence - ctx.lastAt > 1) return undefined;
  // "below their April 2007 peak. Confidence slipped in March", written in March: the month of
  // publication is the story's own; and a clause told ahead is not in a year gone by ("the 12
  // months through March 2012. Earnings are forecast to rise from January").
  if (last.unit === 'month' && part.month === ctx.dct.getMonth() + 1) return undefined;
  if (ctx.tense === 'future' && last.year < ctx.dct.getFullYear()) return undefined;
  // Within three months either way, or later in the same year (a timeline: "Jan. 11, 2020: … May 28: …").
  const gap = pointStart(partIn(part, last.year)).getTime() - pointStart(last).getTime();
  return Math.abs(gap) <= 92 * 86_400_000 || (gap > 0 && last.unit === 'day') ? last.year : undefined;
}

/** The point a named part picks out in a year (a weekday: in the ISO week holding `around`). */
function partIn(part: NamedPart, year: number): CalendarPoint {
  switch (part.unit) {
    case 'quarter': return { unit: 'quarter', year, quarter: part.quarter };
    case 'half': return { unit: 'half', year, half: part.half };
    case 'season': return { unit: 'season', year, season: part.season };
    case 'month': return { unit: 'month', year, month: part.month };
    case 'day': return { unit: 'day', year, month: part.month, day: part.day };
    case 'holiday': {
      const d = holidayDate(part.name, year) ?? { month: 1, day: 1 };
      return { unit: 'day', year, month: d.month, day: d.day };
    }
    case 'nthWeekday': return { unit: 'day', year, month: part.month, day: nthWeekday(year, part.month, part.weekday, part.n).getDate() };
    case 'weekday':
    case 'weekend':
    case 'monthDay': throw new Error('weekdays, weekends and days of an unstated month are resolved by week or month');
  }
}

/**
 * "the 15th": in the month mentioned last ("In March … on the 15th"), in the month `which` names
 * ("the 15th of next month"), else the 15th before or after publication that the tense points to
 * (the nearest when nothing tells). Months too short for the day are skipped.
 */
function monthDayPoint(day: number, ctx: SpecContext, which: 'this' | 'last' | 'next' | undefined): CalendarPoint {
  const inMonth = (first: Date): CalendarPoint | undefined =>
    day <= getDaysInMonth(first) ? { unit: 'day', year: first.getFullYear(), month: first.getMonth() + 1, day } : undefined;
  if (!which && ctx.last?.unit === 'month') {
    const p = inMonth(new UTCDate(ctx.last.year, ctx.last.month - 1, 1));
    if (p) return p;
  }
  const thisMonth = startOfMonth(ctx.dct);
  const today = pointContaining(ctx.dct, 'day');
  if (which) return inMonth(addMonths(thisMonth, which === 'last' ? -1 : which === 'next' ? 1 : 0)) ?? today;
  const candidates = [-2, -1, 0, 1, 2].map((k) => inMonth(addMonths(thisMonth, k))).filter((p): p is CalendarPoint => p !== undefined);
  const before = candidates.filter((p) => span(p, ctx.dct).from <= 0).at(-1);
  const after = candidates.find((p) => span(p, ctx.dct).from >= 0);
  if (ctx.tense === 'future') return after ?? before ?? today;
  if (ctx.tense === 'past') return before ?? after ?? today;
  return pickOccurrence(candidates, ctx.dct, undefined, undefined);
}

/** Days from the publication day to the start and end of a point. */
function span(p: CalendarPoint, dct: UTCDate): { from: number; to: number } {
  const iv = pointInterval(p, 'implied');
  const day = (iso: string) => Math.round((Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - dct.getTime()) / 86_400_000);
  return { from: day(iv.start), to: day(iv.end) };
}

/** How much farther an occurrence on the wrong side of the publication seems, against the tense. */
const AGAINST_TENSE = 3;
/**
 * A month named in a past-tense clause is rarely one still ahead ("In January, the company brought
 * in a new chief" in November is the January before), nor one in a future clause one gone by ("a
 * mission in December" in March is this December): it counts as twice as far again.
 */
const AGAINST_TENSE_MONTH = 10;
/**
 * A date named in a past-tense clause is seldom one ahead ("On May 10, the bank disclosed a loss" on
 * 21 March is last May's: 50 days ahead count as 600, against 315 back); a plan told in the past may
 * still name the next four weeks ("subpoenaed to testify on Feb. 10" on 20 January).
 */
const AGAINST_TENSE_DAY = 12;
/**
 * How much farther a date or month gone by counts in a clause told ahead: "will end in December" in
 * late January is next December (29 days back count as 580), while a deadline of the day before
 * publication ("ordered to repatriate the child by Jan. 14", on Jan. 15) stays that day.
 */
const AGAINST_FUTURE_DATE = 20;

/**
 * Picks which occurrence of a named part is meant: "last"/"next" the one wholly before/after the
 * publication day, "this" the one nearest to it; otherwise the nearest one, where an occurrence
 * on the side the tense does not point to counts as three times as far ("the Oct. 23 slaying" in
 * May 1999 is 1998's; "to testify on Feb. 10" in January 2000 is next month's although
 * "subpoenaed" is past).
 */
function pickOccurrence(candidates: CalendarPoint[], dct: UTCDate, which: 'this' | 'last' | 'next' | undefined, tense: TemporalDirection | undefined, againstPast = AGAINST_TENSE, againstFuture = AGAINST_TENSE): CalendarPoint {
  const spans = candidates.map((c) => ({ c, ...span(c, dct) }));
  const dist = (s: (typeof spans)[number]) => (s.from <= 0 && s.to >= 0 ? 0 : Math.min(Math.abs(s.from), Math.abs(s.to)));
  const best = (xs: typeof spans, score: (s: (typeof spans)[number]) => number) =>
    xs.reduce<(typeof spans)[number] | undefined>((a, b) => (!a || score(b) < score(a) ? b : a), undefined)?.c;
  if (which === 'last') return best(spans.filter((s) => s.to < 0), (s) => -s.from) ?? (candidates[0] as CalendarPoint);
  if (which === 'next') return best(spans.filter((s) => s.from > 0), (s) => s.from) ?? (candidates[2] as CalendarPoint);
  // "this September": the one of the publication's year, or the one under way ("this winter" in January).
  if (which === 'this') return (spans.find((s) => s.from <= 0 && s.to >= 0) ?? spans[1] ?? spans[0])?.c as CalendarPoint;
  return best(spans, (s) => {
    const d = dist(s);
    // The one under way is never against the tense (and 0 × ∞ would not be a number).
    if (d === 0) return 0;
    if (tense === 'past' && s.from > 0) return d * againstPast;
    if (tense === 'future' && s.to < 0) return d * againstFuture;
    return d;
  }) as CalendarPoint;
}

function weekdayPoint(weekday: number, dct: UTCDate, which: 'this' | 'last' | 'next' | undefined, tense: TemporalDirection | undefined): CalendarPoint {
  const today = dct.getDay();
  let delta: number;
  if (which === 'last') delta = -(((today - weekday + 7) % 7) || 7);
  else if (which === 'next') delta = ((weekday - today + 7) % 7) || 7;
  else if (which === 'this' || tense === undefined || tense === 'present') {
    // The day of the publication's own ISO week (Monday first).
    const iso = (d: number) => (d + 6) % 7;
    delta = iso(weekday) - iso(today);
    // With no tense at all, a news story's bare weekday is far more often past than future.
    if (which === undefined && tense === undefined && delta > 0) delta -= 7;
  } else if (tense === 'future') delta = (weekday - today + 7) % 7;
  else if (tense === 'nearest') {
    // The closer of the one ahead and the one gone (the one gone when as close).
    const ahead = (weekday - today + 7) % 7;
    delta = ahead > 3 ? ahead - 7 : ahead;
  } else delta = -((today - weekday + 7) % 7);
  return pointContaining(addDays(dct, delta), 'day');
}

/** The week that holds a day ("the week of March 6") or the day next to it ("the day before Easter"). */
function around(point: CalendarPoint, how: { weekOf?: boolean; weekendOf?: boolean; dayShift?: number }): CalendarPoint {
  if (how.weekOf) return pointContaining(pointStart(point), 'week');
  // "Memorial Day weekend" (the one before a Monday), "the Thanksgiving weekend" (the one after a
  // Thursday), "the Easter weekend" (the one it falls in).
  if (how.weekendOf && point.unit === 'day') {
    const day = pointStart(point);
    const saturday = addDays(day, [-1, -2, -3, 3, 2, 1, 0][day.getDay()] as number);
    return { ...pointContaining(saturday, 'week'), unit: 'weekend' } as CalendarPoint;
  }
  if (how.dayShift && point.unit === 'day') return pointContaining(addDays(pointStart(point), how.dayShift), 'day');
  return point;
}

/**
 * Resolves what a parser found against the publication day, the tense of the clause and the
 * periods mentioned before: TIMEX3 type, value, mod, and for anything naming a time its interval.
 * Returns `undefined` when a reference cannot be resolved (an anaphor with nothing before it).
 *
 * @example
 * resolveSpec({ kind: 'relative', unit: 'year', offset: -1, anchor: 'dct' }, { dct: new UTCDate(1998, 1, 13) })
 * //=> { type: 'DATE', value: '1997', interval: { start: '1997-01-01', end: '1997-12-31', … }, point: … }
 */
export function resolveSpec(spec: TimexSpec, ctx: SpecContext): ResolvedTimex | undefined {
  switch (spec.kind) {
    case 'value': {
      const out: ResolvedTimex = { type: spec.type, value: spec.value };
      if (spec.mod) out.mod = spec.mod;
      if (spec.quant) out.quant = spec.quant;
      if (spec.freq) out.freq = spec.freq;
      return out;
    }
    case 'duration': {
      const out: ResolvedTimex = { type: 'DURATION', value: spec.value };
      if (spec.mod) out.mod = spec.mod;
      const age = /^P(\d+)([YMWD])$/.exec(spec.value);
      if (spec.age && age) {
        // "now two-year-old": it began about that long before publication, at that granularity.
        const unit = ({ Y: 'year', M: 'month', W: 'week', D: 'day' } as const)[age[2] as 'Y'];
        const began = shiftPoint(pointContaining(ctx.dct, unit), -Number(age[1]));
        out.interval = pointInterval(began, 'implied', true);
        out.intervalRole = 'start';
      }
      return out;
    }
    case 'point':
      return fromPoint(around(spec.point, spec), 'stated', spec.mod);
    case 'relative': {
      if (spec.reportYear && ctx.lastQuarter && 'year' in ctx.lastQuarter) return fromPoint({ unit: 'year', year: ctx.lastQuarter.year }, 'implied', spec.mod);
      let anchor: CalendarPoint = pointContaining(ctx.dct, 'day');
      const period = ctx.sentenceMonth ?? ctx.lastPeriod;
      if (spec.refUnit && period && UNIT_RANK[period.unit] <= UNIT_RANK[spec.unit]) {
        return fromPoint(shiftPoint(period, spec.offset, spec.unit), 'implied', spec.mod);
      }
      // "arrested on Feb. 2 … His trial is to begin on May 6. … That afternoon, he appeared before a
      // judge": a time told in the past is found from the last time gone by, not from a plan.
      // Told ahead, a year or month is not found from a time gone by ("The crisis began in 2008. Over
      // the next year, the Fed will taper" is the year after publication; "said on Sunday that the bill
      // would be presented the next day" is Monday).
      const told = ctx.tense === 'past' && ctx.last && ctx.lastPast && pointStart(ctx.last).getTime() > ctx.dct.getTime() ? ctx.lastPast : ctx.last;
      const last = ctx.tense === 'future' && spec.offset > 0 && (spec.unit === 'year' || spec.unit === 'month') && told && pointStart(shiftPoint(told, 1)).getTime() <= ctx.dct.getTime() ? undefined : told;
      let story: CalendarPoint | undefined;
      if (spec.sameDay) {
        if (last?.unit === 'day' && !(ctx.tense === 'future' && pointStart(last).getTime() < ctx.dct.getTime())) anchor = last;
      } else if (spec.anchor === 'ref' && last && UNIT_RANK[last.unit] <= UNIT_RANK[spec.unit]) anchor = last;
      else if (spec.anchor === 'ref' && spec.unit === 'day' && spec.offset === 0 && ctx.last?.unit === 'month') {
        // "that same day" after "last October": a day of that month, which one the text does not say.
        const out = fromPoint(ctx.last, 'implied', spec.mod);
        return { ...out, value: `${out.value}-XX`, interval: { ...(out.interval as Interval), approximate: true } };
      }
      // (A coarser time told since the story's day does not end it: "On Monday, he went to Hartford,
      // where lawmakers last week passed a bill. He flew back that night.")
      else if (spec.anchor === 'ref' && spec.unit === 'day' && last && (story = storyDay(ctx)) && !(ctx.tense === 'future' && pointStart(story).getTime() < ctx.dct.getTime())) anchor = story;
      // Otherwise "that day" after "in 1987" cannot name a day of 1987: the publication day anchors.
      // ("The Diet will debate the budget this week", on a Sunday: the week that starts the next day.)
      const sundayAhead = spec.unit === 'week' && spec.offset === 0 && spec.anchor === 'dct' && ctx.dct.getDay() === 0 && ctx.tense === 'future';
      const offset = spec.gone && spec.anchor === 'dct' && ctx.tense === 'past' ? spec.offset - 1 : sundayAhead ? 1 : spec.offset;
      let point = shiftPoint(pointContaining(pointStart(anchor), spec.unit), offset, spec.unit);
      if (point.unit === 'day' && spec.partOfDay) point = { ...point, partOfDay: spec.partOfDay };
      const out = fromPoint(point, 'implied', spec.mod);
      return spec.duration ? { ...out, type: 'DURATION', value: spec.duration } : out;
    }
    case 'named': {
      const { part } = spec;
      let point: CalendarPoint;
      if (part.unit === 'weekday') {
        // "the previous Friday": the one before the day mentioned last (else before publication).
        const from = spec.anchor === 'ref' && ctx.last?.unit === 'day' ? pointStart(ctx.last) : ctx.dct;
        point = weekdayPoint(part.weekday, from, spec.which, ctx.tense);
      }
      else if (part.unit === 'weekend') {
        // The weekend of the publication's week if it has begun (or the clause points ahead), else the one before.
        const saturday = weekdayPoint(6, ctx.dct, undefined, ctx.tense === 'future' || ctx.tense === 'nearest' ? ctx.tense : 'past');
        point = { ...pointContaining(pointStart(saturday), 'week'), unit: 'weekend' } as CalendarPoint;
      }
      else if (part.unit === 'monthDay') point = monthDayPoint(part.day, ctx, spec.which);
      else if (spec.year !== undefined) point = partIn(part, spec.year);
      // "the first half of the year" (`this` from `ref`): of the year of the time mentioned last, else of the publication.
      else if (spec.which === 'this' && spec.anchor === 'ref') point = partIn(part, ctx.last && 'year' in ctx.last ? ctx.last.year : ctx.dct.getFullYear());
      // "the following spring", "the previous winter": the first one after (before) the time told before.
      else if (spec.which && spec.anchor === 'ref' && ctx.last && 'year' in ctx.last) {
        const from = pointStart(ctx.last).getTime();
        // ("elected in 1998. The following February": after the whole of the time told before.)
        const until = pointStart(shiftPoint(ctx.last, 1)).getTime();
        const ly = ctx.last.year;
        const around = [ly - 1, ly, ly + 1].map((year) => partIn(part, year));
        point = (spec.which === 'next' ? around.find((p) => pointStart(p).getTime() >= until) : [...around].reverse().find((p) => pointStart(p).getTime() < from)) ?? partIn(part, ly);
      }
      else if (!spec.which && (part.unit === 'day' || part.unit === 'month') && narrativeYear(part, ctx) !== undefined) point = partIn(part, narrativeYear(part, ctx) as number);
      else if (!spec.which && part.unit === 'holiday' && !spec.weekOf && ctx.leadYear !== undefined && ctx.leadYearAt === ctx.sentence) point = partIn(part, ctx.leadYear);
      else {
        const y = ctx.dct.getFullYear();
        // Quarters and halves are reported after they end: in the past tense the latest begun; in
        // the future one the next, unless one just ended ("expects to report third-quarter
        // results" in October).
        const fiscal = part.unit === 'quarter' || part.unit === 'half';
        const tense = ctx.tense ?? (fiscal ? 'past' : undefined);
        // A holiday comes once a year and is named for the one meant: the tense decides ("Talks
        // are due to resume after Easter" in May is next Easter).
        // ("Easter week began" names the week around it, which may hold the publication: not the day alone.)
        const against = part.unit === 'month' ? AGAINST_TENSE_MONTH : part.unit === 'day' ? AGAINST_TENSE_DAY : part.unit === 'holiday' && !spec.weekOf ? Number.POSITIVE_INFINITY : AGAINST_TENSE;
        // ("last winter" in January is the one before the winter under way: look a year further back.)
        const years = spec.which === 'last' ? [y - 2, y - 1, y] : [y - 1, y, y + 1];
        // (A date or month told ahead is hardly one gone by: "will enter a transition period lasting
        // until December 31" in January is next December; a deadline of yesterday can still be meant.)
        point = pickOccurrence(years.map((year) => partIn(part, year)), ctx.dct, spec.which, tense, fiscal ? Number.POSITIVE_INFINITY : against, part.unit === 'day' || part.unit === 'month' ? AGAINST_FUTURE_DATE : against);
      }
      if (spec.yearShift) point = shiftPoint(point, spec.yearShift, 'year');
      if (point.unit === 'day' && spec.partOfDay) point = { ...point, partOfDay: spec.partOfDay };
      point = around(point, spec);
      return fromPoint(point, spec.year !== undefined ? 'stated' : 'implied', spec.mod);
    }
    case 'anaphor': {
      // "the quarter", "the latest period": the latest quarter; "the year-ago period": the period
      // the report is about. With nothing mentioned yet, the last quarter completed.
      const base = (spec.unit === 'quarter' ? ctx.lastQuarter : ctx.lastPeriod) ?? shiftPoint(pointContaining(ctx.dct, 'quarter'), -1);
      let point = base;
      if (spec.yearShift) point = shiftPoint(point, spec.yearShift, 'year');
      if (spec.year !== undefined && 'year' in point) point = { ...point, year: spec.year } as CalendarPoint;
      return fromPoint(point, 'implied', spec.mod);
    }
  }
}

import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { CalendarPoint, CalendarUnit, PartOfDay, Season } from './CalendarPoint.js';
import type { TimexMod, TimexType } from './Timex.js';

/** A part of an unstated year or week that a name picks out. */
export type NamedPart =
  | { unit: 'quarter'; quarter: number }
  | { unit: 'half'; half: number }
  | { unit: 'season'; season: Season }
  | { unit: 'month'; month: number }
  | { unit: 'day'; month: number; day: number }
  /** A day of an unstated month ("on the 15th"): of the month mentioned last, else by tense. */
  | { unit: 'monthDay'; day: number }
  /** 0 = Sunday … 6 = Saturday, as in `Date#getDay`. */
  | { unit: 'weekday'; weekday: number }
  /** "the last Sunday of June": the `n`-th (1–5; -1 the last) weekday (0 = Sunday) of a month. */
  | { unit: 'nthWeekday'; month: number; weekday: number; n: number }
  /** A holiday by its name (see `holidayDate`). */
  | { unit: 'holiday'; name: string }
  /** "the weekend": of the publication's week or one next to it. */
  | { unit: 'weekend' };

/**
 * What one of geodigest's parsers found, before it is resolved against the publication date, the
 * tense of its clause and the times mentioned before it. Parsers attach it to their chrono result
 * (see `attachSpec`); `resolveSpec` turns it into a TIMEX3 value and an interval.
 */
export type TimexSpec =
  /**
   * A point the text states in full ("the third quarter of 1998", "the 1990s", "1998"); `weekOf`
   * for the week that holds a day ("the week of March 6, 2000"), `dayShift` for the day next to
   * it ("the day before Oct. 12, 1989"); `fiscal` for a company's quarter numbered in its own year
   * ("its fiscal third quarter"), the period a report is about whatever its calendar months.
   */
  | { kind: 'point'; point: CalendarPoint; mod?: TimexMod; weekOf?: boolean; dayShift?: number; fiscal?: boolean }
  /** A value that needs no computing: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, a SET. */
  | { kind: 'value'; type: TimexType; value: string; mod?: TimexMod; quant?: string; freq?: string }
  /**
   * A duration (`P2D`); `age` for "now two-year-old" (it began that long before publication);
   * `report` for the stretch of a year a financial report covers ("the first nine months"): what
   * follows compares with the same stretch a year before ("a year earlier" → the year before).
   */
  | { kind: 'duration'; value: string; mod?: TimexMod; age?: boolean; report?: boolean }
  /**
   * The `unit` holding the anchor, moved by `offset` units: "last year" (year, -1), "two weeks ago"
   * (week, -2), "tonight" (day, 0, NI). The anchor is the publication (`dct`) or the time last
   * mentioned (`ref`: "a day later", "the year-earlier quarter"). With `refUnit`, the result keeps
   * the granularity of a quarter or half mentioned before ("a year ago" after "the third quarter").
   * With `duration`, TimeML's reading of "[three days] later": a DURATION of that value whose
   * interval is still the day it reaches. With `reportYear` ("For the year, profit rose"), the year
   * of the quarter a report is about, when one was mentioned (a January report on the fourth quarter
   * tells of the year before). With `gone`, a past-tense clause names the one before ("had $4
   * billion in cash at year-end" in March is last year's end). With `sameDay` ("later in the day"), the day
   * told last if it was a day, else the publication's; told ahead, never one gone by.
   */
  | { kind: 'relative'; unit: CalendarUnit; offset: number; anchor: 'dct' | 'ref'; refUnit?: boolean; mod?: TimexMod; partOfDay?: PartOfDay; duration?: string; reportYear?: boolean; gone?: boolean; sameDay?: boolean }
  /**
   * A quarter, half, season, month, day of a month or weekday whose year (or week) is not stated:
   * `which` says this/last/next (from the day mentioned before with `anchor` `ref`: "the previous
   * Friday"), else the tense of the clause decides; `year` when it is stated;
   * `yearShift` for "the year-earlier third quarter" (the one a year before the one meant);
   * `weekOf` for the week that holds the day ("the week of March 6"), `weekendOf` for the weekend
   * a holiday gives its name to ("Memorial Day weekend"), `dayShift` for the day next
   * to it ("the day after Christmas", "the day before last Tuesday").
   */
  | { kind: 'named'; part: NamedPart; which?: 'this' | 'last' | 'next'; anchor?: 'ref'; year?: number; yearShift?: number; mod?: TimexMod; partOfDay?: PartOfDay; weekOf?: boolean; weekendOf?: boolean; dayShift?: number }
  /**
   * A period named by reference to one mentioned before: "the quarter", "the latest period", "the
   * year-earlier quarter" (`yearShift` -1), "the 1988 period" (`year`).
   */
  | { kind: 'anaphor'; unit: 'quarter' | 'period'; yearShift?: number; year?: number; mod?: TimexMod };

const PREFIX = 'geodigest/spec:';

/**
 * Attaches a spec to a chrono result (as a tag on its start components, so that chrono's merging
 * refiners carry it along). Attaching again replaces it: `specOf` reads the last one.
 *
 * @example
 * attachSpec(result, { kind: 'value', type: 'DATE', value: 'PRESENT_REF' })
 */
export function attachSpec(target: ParsingResult | ParsingComponents, spec: TimexSpec): void {
  const components = 'start' in target ? target.start : target;
  components.addTag(PREFIX + JSON.stringify(spec));
  // chrono merges a date-only result with a time-only one ("Friday" + "at 10 a.m."): let it do so
  // for days, and keep everything else (durations, years, "now") out of such merges.
  components.assign('day', components.get('day') ?? 1);
  if (!namesADay(spec)) components.assign('hour', components.get('hour') ?? 12);
}

function namesADay(spec: TimexSpec): boolean {
  if (spec.kind === 'relative') return spec.unit === 'day';
  if (spec.kind === 'named') return spec.part.unit === 'weekday' || spec.part.unit === 'day' || spec.part.unit === 'monthDay' || spec.part.unit === 'holiday' || spec.part.unit === 'nthWeekday';
  return spec.kind === 'point' && spec.point.unit === 'day';
}

/** Parsed specs by tag: the same few tags are read again and again by the refiners. */
const parsed = new Map<string, TimexSpec>();

/** The spec attached to chrono components by one of geodigest's parsers, if any. */
export function specOf(components: ParsingComponents): TimexSpec | undefined {
  let found: string | undefined;
  for (const t of components.tags()) if (t.startsWith(PREFIX)) found = t;
  if (!found) return undefined;
  let spec = parsed.get(found);
  if (!spec) {
    if (parsed.size > 10_000) parsed.clear();
    spec = JSON.parse(found.slice(PREFIX.length)) as TimexSpec;
    parsed.set(found, spec);
  }
  return spec;
}

import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addWeeks, getISOWeek, getISOWeekYear, setISOWeek, startOfISOWeek } from 'date-fns';
import { isoDateOf } from '../../time/isoDate.js';
import type { Interval, Precision } from '../../time/Interval.js';

/** TimeML parts of the day: morning, afternoon, evening, night. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
/** TimeML seasons: spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * A named stretch of the calendar at some granularity: the things a DATE or TIME value names
 * (`199`, `1998`, `1998-H2`, `1998-Q3`, `1998-SU`, `1998-08`, `1998-W32`, `1998-W32-WE`,
 * `1998-08-07`, `1998-08-07TNI`, `1998-08-07T10:35`).
 */
export type CalendarPoint =
  | { unit: 'century'; century: number }
  | { unit: 'decade'; decade: number }
  | { unit: 'year'; year: number }
  | { unit: 'half'; year: number; half: number }
  | { unit: 'quarter'; year: number; quarter: number }
  | { unit: 'season'; year: number; season: Season }
  | { unit: 'month'; year: number; month: number }
  | { unit: 'week'; year: number; week: number }
  | { unit: 'weekend'; year: number; week: number }
  | { unit: 'day'; year: number; month: number; day: number; partOfDay?: PartOfDay; time?: string };

/** The granularities a point can have. */
export type CalendarUnit = CalendarPoint['unit'];

/** Calendar units by size, finest first: a reference point can only be shifted by a coarser or equal unit. */
export const UNIT_RANK: Readonly<Record<CalendarUnit, number>> = {
  day: 0, weekend: 1, week: 1, month: 2, season: 3, quarter: 3, half: 4, year: 5, decade: 6, century: 7,
};

const SEASONS: readonly Season[] = ['WI', 'SP', 'SU', 'FA'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const yearText = (y: number) => (y < 0 ? `-${pad(-y, 4)}` : pad(y, 4));
const utc = (y: number, m: number, d: number) => new UTCDate(y, m - 1, d);

/** The season a month falls in (meteorological: winter is December to February, named by December's year). */
function seasonOf(year: number, month: number): { year: number; season: Season } {
  if (month === 12) return { year, season: 'WI' };
  if (month <= 2) return { year: year - 1, season: 'WI' };
  return { year, season: SEASONS[Math.floor(month / 3)] as Season };
}

/**
 * The TIMEX3 value of a point.
 *
 * @example
 * formatPoint({ unit: 'quarter', year: 1998, quarter: 3 }) //=> '1998-Q3'
 * formatPoint({ unit: 'day', year: 1998, month: 8, day: 7, partOfDay: 'NI' }) //=> '1998-08-07TNI'
 */
export function formatPoint(p: CalendarPoint): string {
  switch (p.unit) {
    case 'century': return pad(p.century);
    case 'decade': return pad(p.decade, 3);
    case 'year': return yearText(p.year);
    case 'half': return `${yearText(p.year)}-H${p.half}`;
    case 'quarter': return `${yearText(p.year)}-Q${p.quarter}`;
    case 'season': return `${yearText(p.year)}-${p.season}`;
    case 'month': return `${yearText(p.year)}-${pad(p.month)}`;
    case 'week': return `${yearText(p.year)}-W${pad(p.week)}`;
    case 'weekend': return `${yearText(p.year)}-W${pad(p.week)}-WE`;
    case 'day': {
      const day = isoDateOf(p.year, p.month, p.day);
      if (p.time) return `${day}T${p.time}`;
      return p.partOfDay ? `${day}T${p.partOfDay}` : day;
    }
  }
}

function mondayOf(year: number, week: number): UTCDate {
  return startOfISOWeek(setISOWeek(utc(year, 1, 4), week));
}

/** First and last day of a point, and the precision to show it with. */
function bounds(p: CalendarPoint): { start: Date; end: Date; precision: Precision } {
  switch (p.unit) {
    case 'century': return { start: utc(p.century * 100, 1, 1), end: utc(p.century * 100 + 99, 12, 31), precision: 'century' };
    case 'decade': return { start: utc(p.decade * 10, 1, 1), end: utc(p.decade * 10 + 9, 12, 31), precision: 'decade' };
    case 'year': return { start: utc(p.year, 1, 1), end: utc(p.year, 12, 31), precision: 'year' };
    case 'half': {
      const start = utc(p.year, p.half === 1 ? 1 : 7, 1);
      return { start, end: addDays(addMonths(start, 6), -1), precision: 'quarter' };
    }
    case 'quarter': {
      const start = utc(p.year, 3 * p.quarter - 2, 1);
      return { start, end: addDays(addMonths(start, 3), -1), precision: 'quarter' };
    }
    case 'season': {
      const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[p.season];
      const start = utc(p.year, first, 1);
      return { start, end: addDays(addMonths(start, 3), -1), precision: 'season' };
    }
    case 'month': {
      const start = utc(p.year, p.month, 1);
      return { start, end: addDays(addMonths(start, 1), -1), precision: 'month' };
    }
    case 'week': {
      const start = mondayOf(p.year, p.week);
      return { start, end: addDays(start, 6), precision: 'week' };
    }
    case 'weekend': {
      const start = addDays(mondayOf(p.year, p.week), 5);
      return { start, end: addDays(start, 1), precision: 'day' };
    }
    case 'day': {
      const start = utc(p.year, p.month, p.day);
      return { start, end: start, precision: p.time ? 'time' : 'day' };
    }
  }
}

/**
 * The days a point covers, as an inclusive `Interval` (weeks Monday to Sunday, winter December to
 * February).
 *
 * @example
 * pointInterval({ unit: 'week', year: 2024, week: 20 }, 'implied')
 * //=> { start: '2024-05-13', end: '2024-05-19', precision: 'week', approximate: false, certainty: 'implied' }
 */
export function pointInterval(p: CalendarPoint, certainty: Interval['certainty'], approximate = false): Interval {
  const b = bounds(p);
  const day = (d: Date) => isoDateOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
  const out: Interval = { start: day(b.start), end: day(b.end), precision: b.precision, approximate, certainty };
  if (p.unit === 'day' && p.time) out.time = p.time;
  return out;
}

/** The first day of a point. */
export function pointStart(p: CalendarPoint): UTCDate {
  return bounds(p).start as UTCDate;
}

/**
 * The point of a given granularity that holds a calendar day (a UTC-pinned date).
 *
 * @example
 * pointContaining(new UTCDate(2024, 4, 14), 'quarter') //=> { unit: 'quarter', year: 2024, quarter: 2 }
 */
export function pointContaining(day: Date, unit: CalendarUnit): CalendarPoint {
  const y = day.getFullYear();
  const m = day.getMonth() + 1;
  switch (unit) {
    case 'century': return { unit, century: Math.floor(y / 100) };
    case 'decade': return { unit, decade: Math.floor(y / 10) };
    case 'year': return { unit, year: y };
    case 'half': return { unit, year: y, half: m <= 6 ? 1 : 2 };
    case 'quarter': return { unit, year: y, quarter: Math.ceil(m / 3) };
    case 'season': return { unit, ...seasonOf(y, m) };
    case 'month': return { unit, year: y, month: m };
    case 'week':
    case 'weekend': return { unit, year: getISOWeekYear(day), week: getISOWeek(day) };
    case 'day': return { unit, year: y, month: m, day: day.getDate() };
  }
}

/**
 * Moves a point by `amount` of a unit at least as coarse as its own, keeping its granularity:
 * `1998-Q3` shifted by -1 year is `1997-Q3`, by 1 quarter `1998-Q4`; a day shifted by 2 weeks is
 * the same weekday two weeks later. A part of the day or a time is dropped.
 *
 * @example
 * shiftPoint({ unit: 'quarter', year: 1998, quarter: 3 }, -1, 'year') //=> { unit: 'quarter', year: 1997, quarter: 3 }
 */
export function shiftPoint(p: CalendarPoint, amount: number, by: CalendarUnit = p.unit): CalendarPoint {
  if (amount === 0) return p;
  const start = pointStart(p);
  let moved: Date;
  switch (by) {
    case 'century': moved = addMonths(start, 1200 * amount); break;
    case 'decade': moved = addMonths(start, 120 * amount); break;
    case 'year': moved = addMonths(start, 12 * amount); break;
    case 'half': moved = addMonths(start, 6 * amount); break;
    case 'quarter':
    case 'season': moved = addMonths(start, 3 * amount); break;
    case 'month': moved = addMonths(start, amount); break;
    case 'week':
    case 'weekend': moved = addWeeks(start, amount); break;
    case 'day': moved = addDays(start, amount); break;
  }
  if (p.unit === 'weekend') {
    const w = pointContaining(moved, 'week');
    return { ...w, unit: 'weekend' } as CalendarPoint;
  }
  // Winter starts in December: find the season from its middle month so it does not slip a year.
  if (p.unit === 'season') return pointContaining(addMonths(moved, 1), 'season');
  return pointContaining(moved, p.unit);
}

/** Compares two points by their first day. */
export function comparePoints(a: CalendarPoint, b: CalendarPoint): number {
  return pointStart(a).getTime() - pointStart(b).getTime();
}

/** The `YYYY-MM-DD` of a day point. */
export function isoDayOf(p: Extract<CalendarPoint, { unit: 'day' }>): string {
  return isoDateOf(p.year, p.month, p.day);
}

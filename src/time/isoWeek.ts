import { UTCDate } from '@date-fns/utc';
import { addDays, getISOWeek, getISOWeekYear, setISOWeek, startOfISOWeek } from 'date-fns';
import { formatIsoDate, isoDateToDate, type IsoDate } from './isoDate.js';

/** An ISO 8601 week such as `2024-W20`, with its Monday and Sunday. */
export interface IsoWeek {
  /** `YYYY-Www`. */
  id: string;
  year: number;
  week: number;
  /** Monday. */
  start: IsoDate;
  /** Sunday (inclusive). */
  end: IsoDate;
}

const WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * Parses `YYYY-Www`; returns `undefined` for malformed input or a week the year does not have.
 *
 * @example
 * parseIsoWeek('2024-W20') //=> { id: '2024-W20', year: 2024, week: 20, start: '2024-05-13', end: '2024-05-19' }
 */
export function parseIsoWeek(id: string): IsoWeek | undefined {
  const m = WEEK.exec(id);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return undefined;
  // The 4th of January is always in week 1.
  const monday = startOfISOWeek(setISOWeek(new UTCDate(year, 0, 4), week));
  if (getISOWeekYear(monday) !== year || getISOWeek(monday) !== week) return undefined;
  return { id, year, week, start: formatIsoDate(monday), end: formatIsoDate(addDays(monday, 6)) };
}

/**
 * The ISO week that holds a calendar day.
 *
 * @example
 * isoWeekOf('2024-05-14').id //=> '2024-W20'
 */
export function isoWeekOf(day: IsoDate): IsoWeek {
  const date = isoDateToDate(day);
  const year = getISOWeekYear(date);
  const week = getISOWeek(date);
  const monday = startOfISOWeek(date);
  return {
    id: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    start: formatIsoDate(monday),
    end: formatIsoDate(addDays(monday, 6)),
  };
}

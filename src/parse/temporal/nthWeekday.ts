import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns';

/**
 * The n-th (1-based; -1 = the last) weekday (0 = Sunday … 6 = Saturday) of a month (1–12), as a
 * UTC-pinned day. A fifth one that the month lacks is the last one.
 *
 * @example
 * nthWeekday(2024, 11, 4, 4) //=> 2024-11-28 (Thanksgiving: the fourth Thursday of November)
 * nthWeekday(2024, 6, 0, -1) //=> 2024-06-30 (the last Sunday of June)
 */
export function nthWeekday(year: number, month: number, weekday: number, n: number): UTCDate {
  if (n > 0) {
    const first = new UTCDate(year, month - 1, 1);
    const day = addDays(first, ((weekday - first.getDay() + 7) % 7) + 7 * (n - 1));
    if (day.getMonth() === month - 1) return day;
  }
  const last = new UTCDate(year, month, 0);
  return addDays(last, -((last.getDay() - weekday + 7) % 7));
}

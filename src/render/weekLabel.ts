import { isoDateToDate } from '../time/isoDate.js';
import type { IsoWeek } from '../time/isoWeek.js';
import { formatDayRange } from './formatDayRange.js';

/**
 * "Week 20 · 13–19 May 2024" (or "Week 1 · 30 Dec 2024 – 5 Jan 2025" across months and years).
 */
export function weekLabel(week: IsoWeek, locale = 'en-GB'): string {
  const s = isoDateToDate(week.start);
  const e = isoDateToDate(week.end);
  const span = formatDayRange(s, e, locale, { day: 'numeric', month: s.getMonth() === e.getMonth() ? 'long' : 'short', year: 'numeric' });
  return `Week ${week.week} · ${span}`;
}

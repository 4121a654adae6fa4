import { dayOf } from './dayOf.js';
import type { IsoWeek } from '../time/isoWeek.js';
import { formatDayRange } from './formatDayRange.js';

/**
 * "Week 20 · 13–19 May 2024" (or "Week 1 · 30 Dec 2024 – 5 Jan 2025" across months and years).
 */
export function weekLabel(week: IsoWeek, locale = 'en-GB'): string {
  const s = dayOf(week.start);
  const e = dayOf(week.end);
  const span = formatDayRange(s, e, locale, { day: 'numeric', month: s.getMonth() === e.getMonth() ? 'long' : 'short', year: 'numeric' });
  return `Week ${week.week} · ${span}`;
}

import { isoDateToDate } from '../time/isoDate.js';
import type { IsoWeek } from '../time/isoWeek.js';
import { dateFormat } from './dateFormat.js';

/**
 * "Week 20 · 13–19 May 2024" (or "Week 1 · 30 Dec 2024 – 5 Jan 2025" across months and years).
 */
export function weekLabel(week: IsoWeek, locale = 'en-GB'): string {
  const s = isoDateToDate(week.start);
  const e = isoDateToDate(week.end);
  const f = (d: Date, o: Intl.DateTimeFormatOptions) => dateFormat(locale, o).format(d);
  let span: string;
  if (s.getMonth() === e.getMonth()) span = `${s.getDate()}–${f(e, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  else if (s.getFullYear() === e.getFullYear()) span = `${f(s, { day: 'numeric', month: 'short' })} – ${f(e, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  else span = `${f(s, { day: 'numeric', month: 'short', year: 'numeric' })} – ${f(e, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  return `Week ${week.week} · ${span}`;
}

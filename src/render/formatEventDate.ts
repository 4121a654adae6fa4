import type { Event } from '../events/Event.js';
import { dayOf } from './dayOf.js';
import { dateFormat } from './dateFormat.js';
import { formatDayRange } from './formatDayRange.js';

/** Options for showing dates: the locale of month and weekday names, and the year of context. */
export interface DateDisplayOptions {
  /** BCP 47 locale, e.g. `en-GB`. */
  locale?: string;
  /** Leave the year out for dates in this year. */
  contextYear?: number;
}

/**
 * How a person reads an event's date: "Thu 16 May", "16–17 May", "30 May – 2 Jun", "week of 6 May",
 * "May 2024", "about 2022", "undated". Vague dates look vague on purpose.
 *
 * @example
 * formatEventDate({ start: '2024-05-16', end: '2024-05-17', precision: 'day', approximate: false }, { contextYear: 2024 }) //=> '16–17 May'
 */
export function formatEventDate(e: Pick<Event, 'start' | 'end' | 'precision' | 'approximate'>, options: DateDisplayOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  if (e.start === null || e.end === null) return 'undated';
  const s = dayOf(e.start);
  const t = dayOf(e.end);
  const fmt = (d: Date, o: Intl.DateTimeFormatOptions) => dateFormat(locale, o).format(d);
  const withYear = (d: Date) => (options.contextYear === d.getFullYear() ? {} : { year: 'numeric' as const });
  const about = e.approximate ? 'about ' : '';
  switch (e.precision) {
    case 'day': {
      if (e.start === e.end) return `${about}${fmt(s, { weekday: 'short', day: 'numeric', month: 'short', ...withYear(s) })}`;
      const year = options.contextYear === s.getFullYear() && options.contextYear === t.getFullYear() ? {} : { year: 'numeric' as const };
      return `${about}${formatDayRange(s, t, locale, { day: 'numeric', month: 'short', ...year })}`;
    }
    case 'week':
      return `${about}week of ${fmt(s, { day: 'numeric', month: 'short', ...withYear(s) })}`;
    case 'month':
      return `${about}${fmt(s, { month: 'long', year: 'numeric' })}`;
    case 'season':
    case 'quarter':
      return `${about}${fmt(s, { month: 'short' })}–${fmt(t, { month: 'short', year: 'numeric' })}`;
    case 'year':
      return e.start.slice(0, 4) === e.end.slice(0, 4) ? `${about}${s.getFullYear()}` : `${about}${s.getFullYear()}–${t.getFullYear()}`;
    case 'decade':
      return `${about}the ${String(s.getFullYear()).slice(0, 3)}0s`;
    default:
      return 'undated';
  }
}

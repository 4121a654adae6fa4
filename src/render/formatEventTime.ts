import { TZDate } from '@date-fns/tz';
import type { IsoDate } from '../time/isoDate.js';
import { dateFormat } from './dateFormat.js';

/**
 * A day and local time read in one zone, shown in another: "Thu 16 May, 10:30" (or, across a
 * date line, the other day). The zone is named when it differs from the one the text meant.
 *
 * @example
 * formatEventTime('2024-05-16', '10:30', 'Europe/London', 'Asia/Shanghai') //=> 'Thu 16 May, 17:30 (Asia/Shanghai)'
 */
export function formatEventTime(day: IsoDate, time: string, fromZone: string, toZone: string, locale = 'en-GB'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const instant = new Date(new TZDate(y, m - 1, d, hh, mm, fromZone).getTime());
  const shown = dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: toZone }).format(instant);
  return fromZone === toZone ? shown : `${shown} (${toZone})`;
}

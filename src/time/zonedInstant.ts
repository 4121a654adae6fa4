import { TZDate } from '@date-fns/tz';
import { isoDateToDate, type IsoDate } from './isoDate.js';

/**
 * The instant of a local wall-clock time on a calendar day in an IANA zone.
 *
 * @example
 * zonedInstant('2024-05-14', '12:00', 'Europe/London').toISOString() //=> '2024-05-14T11:00:00.000Z'
 */
export function zonedInstant(day: IsoDate, time: string, timeZone: string): Date {
  const d = isoDateToDate(day);
  const [h, m, s] = time.split(':').map(Number);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), h ?? 0, m ?? 0, s ?? 0, timeZone).getTime());
}

import { TZDate } from '@date-fns/tz';
import { isoDateToDate, type IsoDate } from './isoDate.js';

/** Instants already worked out, by day, time and zone: a corpus has few of each, and `TZDate` asks `Intl` every time. */
const known = new Map<string, number>();

/**
 * The instant of a local wall-clock time on a calendar day in an IANA zone.
 *
 * @example
 * zonedInstant('2024-05-14', '12:00', 'Europe/London').toISOString() //=> '2024-05-14T11:00:00.000Z'
 */
export function zonedInstant(day: IsoDate, time: string, timeZone: string): Date {
  const key = `${day} ${time} ${timeZone}`;
  let ms = known.get(key);
  if (ms === undefined) {
    const d = isoDateToDate(day);
    const [h, m, s] = time.split(':').map(Number);
    ms = new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), h ?? 0, m ?? 0, s ?? 0, timeZone).getTime();
    if (known.size >= 10_000) known.clear();
    known.set(key, ms);
  }
  return new Date(ms);
}

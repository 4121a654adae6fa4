import type { UTCDate } from '@date-fns/utc';
import { isoDateToDate, type IsoDate } from '../time/isoDate.js';

const cache = new Map<IsoDate, UTCDate>();

/**
 * `isoDateToDate`, remembered: making a date costs more than reading one, and a digest
 * shows the same few days thousands of times. The dates returned are shared: never mutate them.
 *
 * @example
 * dayOf('2024-05-16').getDate() //=> 16
 */
export function dayOf(iso: IsoDate): UTCDate {
  let d = cache.get(iso);
  if (!d) {
    if (cache.size > 10_000) cache.clear();
    d = isoDateToDate(iso);
    cache.set(iso, d);
  }
  return d;
}

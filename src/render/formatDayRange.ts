import { dateFormat } from './dateFormat.js';

/**
 * Two calendar days as a range in the locale's own order, shared parts written once, and an en
 * dash without spaces between two numbers: "13–19 May 2024", "30 May – 2 Jun", "May 13–19, 2024".
 *
 * @example
 * formatDayRange(isoDateToDate('2024-05-16'), isoDateToDate('2024-05-17'), 'en-GB', { day: 'numeric', month: 'short' }) //=> '16–17 May'
 */
export function formatDayRange(start: Date, end: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${start.getTime()}|${end.getTime()}|${locale}|${JSON.stringify(options)}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size > 10_000) cache.clear();
    text = dateFormat(locale, options).formatRange(start, end).replace(/[\u2009\u202f]/g, ' ').replace(/(?<!\d)(\d{1,2}) – (\d{1,2})(?!\d)/g, '$1–$2');
    cache.set(key, text);
  }
  return text;
}

/** Ranges already written: `formatRange` is slow, and a digest repeats the same few. */
const cache = new Map<string, string>();

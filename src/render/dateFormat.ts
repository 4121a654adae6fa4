const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for calendar days (pinned to UTC, as `isoDateToDate` makes
 * them): creating one costs far more than using it, and a digest formats thousands of dates.
 *
 * @example
 * dateFormat('en-GB', { day: 'numeric', month: 'short' }).format(isoDateToDate('2024-05-16')) //=> '16 May'
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,4}))?)?$/;

/**
 * Rewrites an RFC 822 / RFC 1123 date, as RSS `pubDate` and HTTP use it
 * (`Tue, 14 May 2024 09:30:00 GMT`, `14 May 24 09:30 +0100`), as an ISO stamp that
 * `parsePublished` reads, without checking that the day exists (that is `parsePublished`'s job, so
 * "30 Feb" is reported instead of rolled over into March as `new Date()` would). Returns
 * `undefined` for anything else, including unknown zone names.
 *
 * @example
 * rfc822ToIso('Tue, 14 May 2024 09:30:00 GMT') //=> '2024-05-14T09:30:00Z'
 */
export function rfc822ToIso(value: string): string | undefined {
  const m = RFC822.exec(value.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
  if (month < 0) return undefined;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (m[4] === undefined) return day;
  let zone = '';
  if (m[7] !== undefined) {
    const z = /^[+-]/.test(m[7]) ? m[7] : ZONES[m[7].toUpperCase()];
    if (z === undefined) return undefined;
    zone = z;
  }
  return `${day}T${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

import { TZDate } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { addDays, isValid } from 'date-fns';

/** A calendar day as `YYYY-MM-DD`, independent of any time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar day (as a `UTCDate`) for an `IsoDate`, so that date-fns arithmetic never depends on
 * the machine's `TZ`. Returns an invalid date for malformed or impossible input. A `UTCDate`, not a
 * `TZDate` pinned to UTC: the same arithmetic, about thirty times cheaper to make and to move
 * (a `TZDate` asks `Intl` for its zone's offset on every change), and the pipeline makes one for
 * every date it checks.
 *
 * @example
 * isoDateToDate('2024-05-14') // UTCDate 2024-05-14T00:00:00Z
 */
export function isoDateToDate(iso: IsoDate): UTCDate {
  const m = ISO_DATE.exec(iso);
  if (!m) return new UTCDate(Number.NaN);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new UTCDate(y, mo - 1, d);
  // Years 0–99 are taken as 1900–1999 by the Date constructor; set the year itself.
  if (y < 100) date.setFullYear(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return new UTCDate(Number.NaN);
  return date;
}

/**
 * Formats a date's calendar day (in the date's own zone for a `TZDate`) as `YYYY-MM-DD`: what
 * date-fns' `format(date, 'yyyy-MM-dd')` gives (years before 1 counted as it does, 1 BC as 0001;
 * a `RangeError` for an invalid date), without parsing a format string on every call.
 */
export function formatIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const signed = date.getFullYear();
  const year = signed > 0 ? signed : 1 - signed;
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** True for a well-formed, existing calendar day (`2024-02-30` is false). */
export function isIsoDate(value: string): boolean {
  return isValid(isoDateToDate(value));
}

/** Adds (or with a negative amount, subtracts) days to a calendar day. */
export function addIsoDays(iso: IsoDate, amount: number): IsoDate {
  return formatIsoDate(addDays(isoDateToDate(iso), amount));
}

/** Builds an `IsoDate` from numbers (month 1–12), without validation. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day that an instant falls on in an IANA time zone. */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  return formatIsoDate(new TZDate(instant.getTime(), timeZone));
}

import { TZDate } from '@date-fns/tz';
import { formatIsoDate, isIsoDate, type IsoDate } from '../time/isoDate.js';
import { zonedInstant } from '../time/zonedInstant.js';
import type { Publication } from './Article.js';
import { rfc822ToIso } from './rfc822ToIso.js';

/** Why a `published` value could not be used. */
export type PublishedProblem = 'malformed' | 'impossible';

const STAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Reads a publication stamp (`2024-05-14`, `2024-05-14T09:30`, `2024-05-14T09:30:00+01:00`,
 * `2024-05-14 09:30Z`, or RFC 822 as in RSS: `Tue, 14 May 2024 09:30:00 GMT`) in an IANA zone. A
 * stamp with an offset names an instant, and its calendar day is taken in `timeZone`; without one,
 * the wall time is the zone's; without a time, local noon.
 *
 * @example
 * parsePublished('2024-05-14', 'Europe/London') //=> { date: '2024-05-14', instant: 2024-05-14T11:00Z }
 */
export function parsePublished(value: string, timeZone: string): Publication | PublishedProblem {
  const trimmed = value.trim();
  const m = STAMP.exec(trimmed) ?? STAMP.exec(rfc822ToIso(trimmed) ?? '');
  if (!m) return 'malformed';
  const day = m[1] as IsoDate;
  if (!isIsoDate(day)) return 'impossible';
  if (m[2] === undefined) return { date: day, instant: zonedInstant(day, '12:00', timeZone) };
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return 'impossible';
  const hhmm = `${m[2]}:${m[3]}`;
  if (m[5] === undefined) return { date: day, time: hhmm, instant: zonedInstant(day, `${hhmm}:${s}`, timeZone) };
  const offset = m[5].toUpperCase() === 'Z' ? 'Z' : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = new Date(`${day}T${hhmm}:${String(s).padStart(2, '0')}${offset}`);
  if (Number.isNaN(instant.getTime())) return 'impossible';
  const local = new TZDate(instant.getTime(), timeZone);
  const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
  return { date: formatIsoDate(local), time, instant };
}

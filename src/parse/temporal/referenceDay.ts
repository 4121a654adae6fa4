import { UTCDate } from '@date-fns/utc';
import type { ParsingContext } from 'chrono-node';

/**
 * The publication's calendar day as a `UTCDate`, from a chrono parsing context whose
 * reference carries the article zone's offset. date-fns arithmetic on it is independent of `TZ`.
 */
export function referenceDay(context: ParsingContext): UTCDate {
  const offset = context.reference.getTimezoneOffset();
  const local = new Date(context.reference.instant.getTime() + offset * 60_000);
  return new UTCDate(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
}

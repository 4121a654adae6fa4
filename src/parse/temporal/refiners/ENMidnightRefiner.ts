import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { referenceDay } from '../referenceDay.js';
import { tenseOfResult } from './ENTenseRefiner.js';

/** The tag of a midnight that ends the day named with it (see `toTimex`). */
export const MIDNIGHT_END_TAG = 'geodigest/midnight:end';
/** The tag of a midnight after which something happened ("shortly after midnight"): the one that begins a day. */
export const MIDNIGHT_AFTER_TAG = 'geodigest/midnight:after';
/** A day named in the same expression as "midnight". */
const NAMED_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|today|tomorrow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/**
 * "shortly after midnight" without a day: chrono takes the midnight to come (the end of the
 * publication day); news mostly means the one that began it ("the attack came shortly after
 * midnight"). Unless the clause points ahead ("the curfew will start at midnight"), the time is
 * put on the publication day.
 *
 * @example
 * // "The attack came shortly after midnight." (14 May 2024) → 2024-05-14T00:00, not the 15th
 */
export class ENMidnightRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      // "midnight Friday", "by midnight on Monday", "Sunday at midnight": the end of that day (T24), as TimeML writes it.
      if (/\bmidnight\b/i.test(r.text) && NAMED_DAY.test(r.text) && !r.end) r.start.addTag(MIDNIGHT_END_TAG);
      if (!/^(?:at\s+)?midnight$/i.test(r.text) || r.end || r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      if (/\bafter\s+$/i.test(context.text.slice(0, r.index))) r.start.addTag(MIDNIGHT_AFTER_TAG);
      if (tenseOfResult(context, r) === 'future') continue;
      const day = referenceDay(context);
      r.start.imply('year', day.getFullYear());
      r.start.imply('month', day.getMonth() + 1);
      r.start.imply('day', day.getDate());
    }
    return results;
  }
}

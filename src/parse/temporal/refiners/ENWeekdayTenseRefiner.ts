import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, getDay } from 'date-fns';
import { detectTense } from '../detectTense.js';
import { referenceDay } from '../referenceDay.js';

/**
 * Bare and possessive weekdays ("on Thursday", "Monday's inauguration") resolved by the tense of
 * their clause instead of chrono's "closest day": future → the next such day after publication,
 * past → the last one before it; with no cue, the day in the publication's own week.
 */
export class ENWeekdayTenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.start.isOnlyWeekdayComponent() || r.end) continue;
      const weekday = r.start.get('weekday');
      if (weekday === null) continue;
      const ref = referenceDay(context);
      const refWeekday = getDay(ref);
      const direction = detectTense(context.text, r.index, r.index + r.text.length);
      let delta: number;
      if (direction === 'future') delta = ((weekday - refWeekday + 7) % 7) || 7;
      else if (direction === 'past') delta = -(((refWeekday - weekday + 7) % 7) || 7);
      else {
        // Same ISO week (Monday first) as the publication.
        const iso = (d: number) => (d + 6) % 7;
        delta = iso(weekday) - iso(refWeekday);
      }
      const day = addDays(ref, delta);
      r.start.imply('day', day.getDate());
      r.start.imply('month', day.getMonth() + 1);
      r.start.imply('year', day.getFullYear());
      r.addTag(`geodigest/tense:${direction ?? 'none'}`);
    }
    return results;
  }
}

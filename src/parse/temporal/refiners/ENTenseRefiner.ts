import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { detectTense, type TemporalDirection } from '../detectTense.js';
import { referenceDay } from '../referenceDay.js';
import { specOf } from '../TimexSpec.js';

/** The tag that carries the tense of a result's clause to the resolver. */
export const TENSE_TAG = 'geodigest/tense:';

/**
 * The tense of a result's clause (`detectTense`). chrono's own results may start with their
 * preposition ("at 3pm", "at midnight"): it belongs to what is before.
 */
export function tenseOfResult(context: ParsingContext, r: ParsingResult): TemporalDirection | undefined {
  const lead = /^(?:at|on|in|by|from|since|until|till|during)\s+/i.exec(r.text)?.[0].length ?? 0;
  return detectTense(context.text, r.index + lead, r.index + r.text.length);
}

/**
 * Weekdays, months, quarters and seasons without a stated year or week ("on Thursday", "in
 * November", "the third quarter") are resolved by the tense of their clause, not by the closest
 * date: this refiner tags each such result with `geodigest/tense:future|past|none`
 * ("will meet … on Thursday" → future, "met on Thursday" → past, "ahead of Monday's" → future).
 */
export class ENTenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const spec = specOf(r.start);
      // (And times found from the one mentioned before, "that afternoon", "the next day": a past one
      // is not found from a plan told in between.)
      // (And "this week" on a Sunday: told ahead, it is the week that starts the next day.)
      const fromBefore = spec?.kind === 'relative' && (spec.anchor === 'ref' || spec.gone === true || (spec.unit === 'week' && spec.offset === 0 && referenceDay(context).getDay() === 0));
      // (And chrono's clock times without a day: "The ceremony is due to begin at 09:30" takes a day
      // told just before only if that day is as far ahead as the clause points.)
      const dayless = !spec && r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');
      if (!fromBefore && !dayless && (!spec || spec.kind !== 'named' || spec.which || spec.year !== undefined)) continue;
      // A clock time that opens its line before a colon or dash, or stands alone, stamps an entry of a live page: now.
      if (dayless && /^\s*$/.test(context.text.slice(0, r.index)) && /^\s*(?:[:—–-]|$)/.test(context.text.slice(r.index + r.text.length))) {
        r.addTag(`${TENSE_TAG}present`);
        continue;
      }
      const direction = tenseOfResult(context, r);
      r.addTag(`${TENSE_TAG}${direction ?? 'none'}`);
    }
    return results;
  }
}

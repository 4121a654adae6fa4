import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/** "the week of", "the weekend of" right before a day. */
const WEEK_OF = /\b(the\s+week\s+of\s+)$/i;

/**
 * "the week of March 6": the week that holds the day, not the day (TimeML `2000-W10`). The
 * result grows to take in "the week of"; a day of an unstated year is still resolved by tense.
 */
export class ENWeekOfRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end) continue;
      const m = WEEK_OF.exec(context.text.slice(0, r.index));
      if (!m) continue;
      const spec = specOf(r.start);
      if (spec?.kind === 'named' && spec.part.unit === 'day') attachSpec(r.start, { ...spec, weekOf: true });
      else if (!spec && r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year')) {
        attachSpec(r.start, { kind: 'point', point: { unit: 'day', year: r.start.get('year') as number, month: r.start.get('month') as number, day: r.start.get('day') as number }, weekOf: true });
      } else continue;
      const lead = (m[1] ?? '').length;
      r.index -= lead;
      r.text = context.text.slice(r.index, r.index + lead + r.text.length);
    }
    return results;
  }
}

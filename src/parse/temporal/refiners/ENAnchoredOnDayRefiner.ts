import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf, type TimexSpec } from '../TimexSpec.js';

/** "the week of", "the day before", "the day after" right before a day. */
const LEAD = /\bthe\s+(week\s+of|day\s+before|day\s+after)\s+$/i;

/**
 * Expressions built on a day: "the week of March 6" is the week that holds it (TimeML
 * `2000-W10`), "the day before Thanksgiving" / "the day after last Tuesday" the day next to it.
 * The result grows to take in the leading words; a day of an unstated year or week is still
 * resolved by tense.
 */
export class ENAnchoredOnDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end || r.start.isCertain('hour')) continue;
      const m = LEAD.exec(context.text.slice(Math.max(0, r.index - 24), r.index));
      if (!m) continue;
      const how = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const spec = specOf(r.start);
      const change = how === 'week of' ? { weekOf: true } : { dayShift: how === 'day before' ? -1 : 1 };
      let changed: TimexSpec;
      if (spec?.kind === 'named' && (spec.part.unit === 'day' || spec.part.unit === 'weekday' || spec.part.unit === 'holiday' || spec.part.unit === 'nthWeekday') && !spec.partOfDay) changed = { ...spec, ...change };
      else if (spec?.kind === 'point' && spec.point.unit === 'day') changed = { ...spec, ...change };
      else if (!spec && r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year')) {
        changed = { kind: 'point', point: { unit: 'day', year: r.start.get('year') as number, month: r.start.get('month') as number, day: r.start.get('day') as number }, ...change };
      } else continue;
      attachSpec(r.start, changed);
      const lead = m[0].length;
      r.index -= lead;
      r.text = context.text.slice(r.index, r.index + lead + r.text.length);
    }
    return results;
  }
}

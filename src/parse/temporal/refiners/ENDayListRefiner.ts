import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/**
 * "… and 25", "… or 25th" right after a day of a month, not a count ("and 25 others", "and 25%"):
 * a lower-case word after the number must be one that can follow a date ("May 30 and 31 to
 * prepare", "… and 31 in Prague"); a month after it is its own ("27 June and 4 July").
 */
const NEXT_DAY = /^(\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[-/.,]\d)|\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\w-])|\s+(?!(?:to|in|at|on|for|with|and|or|but|when|while|as|after|before|from|during|until|respectively)\b)[a-z])/;

/**
 * "April 24 and 25": the second day of a list takes the month (and year) of the first, and is its
 * own expression, as TimeML tags it; "September 14 and 18, 2010": the year after the list is the
 * year of both. Ranges ("16-17 May") are chrono's.
 */
export class ENDayListRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    const added: ParsingResult[] = [];
    for (const r of results) {
      out.push(r);
      if (r.end || !r.start.isCertain('day') || !r.start.isCertain('month') || r.start.isCertain('hour')) continue;
      const end = r.index + r.text.length;
      const m = NEXT_DAY.exec(context.text.slice(end));
      const day = Number(m?.[2]);
      if (!m || !(day >= 1 && day <= 31)) continue;
      const spec = specOf(r.start);
      if (spec && !(spec.kind === 'named' && spec.part.unit === 'day')) continue;
      // "September 14 and 18, 2010": the year after the list is the year of both.
      const year = /^,?\s+((?:1[5-9]|20)\d\d)\b(?![.,]\d)/.exec(context.text.slice(end + m[0].length));
      const next = context.createParsingResult(end + (m[1] ?? '').length, m[0].slice((m[1] ?? '').length) + (year?.[0] ?? ''));
      next.start = r.start.clone();
      next.start.assign('day', day);
      const month = r.start.get('month') as number;
      if (year) {
        const y = Number(year[1]);
        attachSpec(r.start, { kind: 'point', point: { unit: 'day', year: y, month, day: r.start.get('day') as number } });
        attachSpec(next.start, { kind: 'point', point: { unit: 'day', year: y, month, day } });
      } else if (spec) attachSpec(next.start, { ...spec, part: { unit: 'day', month, day } });
      out.push(next);
      added.push(next);
    }
    // The year of "18, 2010" was also read on its own.
    return added.length === 0 ? out : out.filter((r) => added.includes(r) || !added.some((a) => r.index >= a.index && r.index < a.index + a.text.length));
  }
}

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** Words that make "in five years" a look-back ("the first … in five years", "the lowest in a decade"). */
const LOOK_BACK = /\b(?:first|last|only|lowest|highest|biggest|largest|smallest|worst|best|most|least|fewest|longest|shortest|strongest|weakest|deadliest|record|since|never|time)\b[^.;]*$/i;

/**
 * chrono reads "in five years" as five years from now. After a superlative or "first … in" it is
 * a look-back duration ("Mr Xi's first [trip] to the continent in five years"), and "within 48
 * hours" is always a span: the date result is removed so that the duration parser's "five years"
 * (P5Y) or "48 hours" (PT48H) stands.
 */
export class ENLookBackRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!/^(?:in|within|for)\s/i.test(r.text) || !r.tags().has('result/relativeDate')) return true;
      // "within 48 hours" measures a span (TimeML: the duration "48 hours"), it does not name a time.
      if (/^(?:within|for)\s/i.test(r.text)) return false;
      return !LOOK_BACK.test(context.text.slice(0, r.index));
    });
  }
}

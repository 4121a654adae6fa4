import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const PLACE_BEFORE = /^\s*[A-Z][A-Z .,'’-]*,\s*$/;
const AGENCY_AFTER = /^\s*\((?:[A-Z][\w.-]*\s*)+\)\s*(?:--|_|—|–|-)/;

/**
 * A wire dateline ("WASHINGTON, August 11 (Xinhua) --") repeats the publication date; it is not a
 * time the story talks about, and TimeML leaves it out.
 */
export class ENDatelineRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !(PLACE_BEFORE.test(context.text.slice(0, r.index)) && AGENCY_AFTER.test(context.text.slice(r.index + r.text.length))));
  }
}

import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /9\/11|\bSept(?:ember|\.)?\s+11/;

/**
 * The attacks of 11 September 2001 by their date: "9/11", "since 9/11", "the Sept. 11 attacks",
 * "the September 11 hijackers", "the 9/11 Commission" are 2001-09-11, not a day of the
 * publication's year. A bare "Sept. 11" ("the Sept. 11 deadline") is left to the date parsers.
 *
 * @example
 * // "security measures adopted after 9/11" (2013) → 2001-09-11
 */
export class ENNineElevenParser implements Parser {
  private readonly re =
    /(?<![\w/.-])(?:9\/11(?![\w/.-])|(?:Sept\.?|September)\s+11(?:th)?(?=(?:,\s+2001)?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings?)|[Cc]ommission|memorial|museum|victims|plot|strikes)\b))/;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, { kind: 'point', point: { unit: 'day', year: 2001, month: 9, day: 11 } });
    return result;
  }
}

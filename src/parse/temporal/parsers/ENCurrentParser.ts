import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\bcurrent\b/i;
/** Units of time after "current": "the current quarter", "the current fiscal year" are periods (see ENRelativePeriodParser). */
const TIME_UNIT = /^(?:(?:fiscal|calendar)\s+)?(?:years?|quarters?|months?|weeks?|days?|decades?|centur(?:y|ies)|periods?|term|session|season|half)\b/i;
/** Nouns with which "current" is no time: "current account", "current affairs". */
const NOT_TIME = /^(?:account|accounts|affairs|events|assets|liabilities|dollars|prices|flowing|flows?)\b/i;

/**
 * The adjective "current" as a reference to the present (TimeML PRESENT_REF): "the current
 * weakness", "his current wife", "current market conditions". Not before a unit of time ("the
 * current quarter" is that quarter), not in "current account", "current affairs", "alternating
 * current"; "the then current price" is current at a time gone by (PAST_REF).
 */
export class ENCurrentParser implements Parser {
  private readonly re = /(?<![\w-])current\s+(?=[a-z])/i;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const after = context.text.slice(index + match[0].length);
    if (TIME_UNIT.test(after) || NOT_TIME.test(after)) return null;
    const before = context.text.slice(0, index);
    if (/\b(?:most|more|less|very|alternating|direct|electric|ocean|strong)\s+$/i.test(before)) return null;
    // "the then current market price": current at a time gone by.
    const then = /\bthen\s+$/i.exec(before);
    const start = then ? index - then[0].length : index;
    const result = context.createParsingResult(start, context.text.slice(start, index + 'current'.length));
    attachSpec(result, { kind: 'value', type: 'DATE', value: then ? 'PAST_REF' : 'PRESENT_REF' });
    return result;
  }
}

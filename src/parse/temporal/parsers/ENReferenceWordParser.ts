import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

const PRESENT = /^(?:now|right now|currently|at present|presently|at the moment|these days|nowadays|the present|the present time|this time|today's)$/;
const PAST = /^(?:recently|lately|the past|more recently|until recently|most recently|only recently)$/;

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:now|currently|present|presently|nowadays|these\s+days|recently|lately|past|future|soon|term|later)\b/i;

/**
 * Words that refer to the present, the past or the future without naming a time: "now",
 * "currently", "right now", "these days" (PRESENT_REF); "recently", "lately", "the past"
 * (PAST_REF); "the future", "soon", "the near future", "the near term" (FUTURE_REF). "as soon as",
 * "the future of NATO" and "now" inside a noun phrase ("the now-defunct party", see
 * ENNowAdverbRefiner) are refused; "previously" and the adjective "future" are left alone (TimeML
 * corpora rarely annotate them).
 */
export class ENReferenceWordParser implements Parser {
  private readonly re =
    /(?<![\w-])(right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|(?:more|most|only|until)\s+recently|recently|lately|the\s+(?:distant\s+|recent\s+)?past|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|soon|the\s+(?:near|short|long)\s+term|a\s+later\s+date)(?![\w-])/i;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const word = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const before = context.text.slice(0, index);
    const after = context.text.slice(index + match[0].length);
    let value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
    if (PRESENT.test(word)) {
      // "now-defunct", "now two-year-old" are the refiner's.
      if (/^-/.test(after)) return null;
      value = 'PRESENT_REF';
    } else if (PAST.test(word) || /^the (?:distant |recent )?past$/.test(word)) {
      // "the past week" is a duration; "the past" alone is PAST_REF. ("the past four seasons" names no time of its own.)
      if (/^the/.test(word) && /^\s+(?:\d|few|several|couple|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b|\w+\s+(?:years?|months?|weeks?|days?|decades?)|(?:year|month|week|day|decade|century|quarter|weekend|hours?|minutes?)\b)/i.test(after)) return null;
      value = 'PAST_REF';
    } else {
      if (/future$/.test(word) && /^\s+of\b/i.test(after)) return null;
      if (word === 'soon' && (/\bas\s+$/i.test(before) || /^\s+(?:as|after|afterwards?|thereafter)\b/i.test(after))) return null;
      if (word === 'soon' && /\b(?:how|too|so)\s+$/i.test(before)) return null;
      value = 'FUTURE_REF';
    }
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, { kind: 'value', type: 'DATE', value });
    return result;
  }
}

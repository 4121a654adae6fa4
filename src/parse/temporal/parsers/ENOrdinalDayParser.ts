import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_PATTERN } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * What may follow a day of the month: the end of the clause or a word that starts the next part of
 * it. Anything else is a noun the ordinal counts ("the 15th floor", "the 20th century", "the 3rd
 * Infantry"), so the list is of what is allowed, not of what is refused.
 */
const AFTER =
  /^(?:\s*(?:[,.;:!?)"”’'—–]|-{1,2}\s|$)|\s+(?:and|or|but|when|as|at|in|to|with|after|before|for|from|until|till|the|a|an|he|she|it|they|we|i|you|there|his|her|its|their|this|that|while|if|because|so|then|only|will|would|is|was|were|are|had|has|have|did|could|should|may|might|said|says|according|amid|despite|following|local|time|GMT|UTC)\b)/;

/** "the 3rd or 4th of July": the month is stated after all (the leading-day parser's). */
const MONTH_AFTER_PAIR = new RegExp(`^\\s*(?:and|or|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?!\\w)`, 'i');

/**
 * A day of an unstated month: "on the 15th", "by the 3rd", "until the 21st of next month", "between
 * the 1st and …". It needs a preposition before it and nothing counted after it (see `AFTER`); the
 * month is the one mentioned last ("In March … on the 15th"), the one named ("of next month"), or
 * the one the tense points to (in a text of 14 May, "was held on the 15th" is 15 April, "will be
 * held on the 15th" 15 May).
 *
 * @example
 * // "The meeting was held on the 2nd." (14 May 2024) → 2024-05-02
 */
export class ENOrdinalDayParser implements Parser {
  private readonly re =
    /(?<![\w-])(?:on|by|until|till|since|from|before|after|through|between|to|as\s+of|starting|beginning|ending|effective)\s+(the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|next|last|the)\s+month)?)(?![\w-])/i;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, phrase, dayText, whichText] = match;
    if (!phrase || !dayText) return null;
    const day = Number(dayText);
    const suffix = whole.slice(whole.length - phrase.length).match(/\d+(st|nd|rd|th)/i)?.[1]?.toLowerCase();
    // "the 11st" is a typo or no ordinal at all.
    const right = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
    if (day < 1 || day > 31 || suffix !== right) return null;
    const index = (match.index ?? 0) + whole.length - phrase.length;
    const after = context.text.slice(index + phrase.length);
    if (!AFTER.test(after) || MONTH_AFTER_PAIR.test(after)) return null;
    const spec: TimexSpec = { kind: 'named', part: { unit: 'monthDay', day } };
    const which = whichText?.toLowerCase();
    // "of the month" is the month of the text: the one mentioned last, as without it.
    if (which === 'this' || which === 'next' || which === 'last') spec.which = which;
    const result = context.createParsingResult(index, phrase);
    attachSpec(result, spec);
    return result;
  }
}

import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { modOf, PART_WORD_PATTERN } from '../calendarWords.js';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** Words of the weather and of levels and scores, where "the 80s" are degrees, strokes or points. */
const WARMTH = /\b(?:degrees?|temperatures?|highs?|lows?|fahrenheit|celsius|mercury|heat|warm|hot|cool|cold|weather|forecast|still|shot|shoots|rounds?|scor\w*|rates?|yields?|percent|points|mph|averag\w*|ratings?|polls?|prices?|odds|speeds?|golf|par)\b|°|%/i;

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\d0['’]?s\b|ties\b|century/i;

/**
 * Decades and centuries: "the 1990s" (199), "the '80s", "the nineties", "the mid-1990s" (MID),
 * "the early 1980s" (START), "the late seventies" (END), "the nineteen-sixties", "the 1800s" (18,
 * the century), "the 19th century" (18), "the twentieth century". A two-digit decade is the latest one not after the
 * publication ("the '90s" in 1998 is 199, "the '20s" in 2024 is 202).
 */
export class ENDecadeParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(the)\\s+)?(?:(${PART_WORD_PATTERN})[\\s-]+)?` +
      `(?:(1[0-9]|20)(\\d)0['’]?s|['’](\\d)0['’]?s|([2-9])0s|(?:(nineteen|eighteen|twenty)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)` +
      `|(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\\s-]first)[\\s-]+century)(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, the, partWord, century4, decade4, quoted2, bare2, centuryWord, decadeWord, centuryNumber, centuryOrdinal] = match;
    const before = context.text.slice(0, match.index ?? 0);
    // "the 80s" (as the Guardian writes it), "the 1970s and 80s": a decade after "the" or another
    // decade, but not temperatures ("highs in the 80s") nor an age ("in his 80s").
    if (bare2 !== undefined && ((!the && !/\b(?:1[0-9]|20)\d0['’]?s\s+(?:and|or|to|through)\s+$/i.test(before)) || WARMTH.test(context.text))) return null;
    const decade2 = quoted2 ?? bare2;
    const refYear = referenceDay(context).getFullYear();
    let spec: TimexSpec;
    // "the 1800s", "the early 1900s" name the century (18, 19); "the 2000s" the decade, as news uses it.
    if (century4 && decade4 === '0' && century4 !== '20') spec = { kind: 'point', point: { unit: 'century', century: Number(century4) } };
    else if (century4 && decade4) spec = { kind: 'point', point: { unit: 'decade', decade: Number(century4) * 10 + Number(decade4) } };
    else if (decade2 !== undefined || decadeWord) {
      const d = decade2 !== undefined ? Number(decade2) : (DECADE_WORDS[(decadeWord ?? '').toLowerCase()] as number);
      let century: number;
      if (centuryWord) century = { eighteen: 18, nineteen: 19, twenty: 20 }[centuryWord.toLowerCase() as 'nineteen'];
      else {
        // The latest such decade that has begun by the publication.
        century = Math.floor(refYear / 100);
        if (century * 100 + d * 10 > refYear) century -= 1;
      }
      // "the twenties" alone is also an age ("in his twenties"): only with "the" or a part word.
      if (!centuryWord && decadeWord && !the && !partWord) return null;
      if (decadeWord && /\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(context.text.slice(0, match.index ?? 0))) return null;
      spec = { kind: 'point', point: { unit: 'decade', decade: century * 10 + d } };
    } else {
      const n = centuryNumber ? Number(centuryNumber) : ORDINALS[(centuryOrdinal ?? '').toLowerCase().replace(/\s+/, '-')];
      if (!n) return null;
      spec = { kind: 'point', point: { unit: 'century', century: n - 1 } };
    }
    const mod = modOf(partWord);
    if (mod) spec.mod = mod;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

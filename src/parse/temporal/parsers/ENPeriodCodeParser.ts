import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { modOf } from '../calendarWords.js';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, type NamedPart, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H)/;

/** Words before a bare "Q2" that make it a quarter of the current year ("in Q2", "during Q3"). */
const BARE_CUE = /\b(?:in|during|for|by|since|until|till|through|throughout|before|after|of|from|to|the|this|last|next|early|late|mid|end\s+of|start\s+of)\s+$/i;

/** A report's figure after a bare code: "Q2 results", "2Q profit", "H2 growth". */
const FIGURE_AFTER = /^\s+(?:results?|earnings|revenues?|sales|profits?|loss(?:es)?|income|GDP|growth|figures|numbers|reports?|guidance|forecasts?|margins?|deliveries|shipments|output)\b/;

/**
 * The period codes of business and economic news: quarters and halves written "Q2 2024", "Q2
 * 2024", "2024 Q2", "Q3 of 2023", "2Q24", "Q1'25", "H1 2024", "the H2 2023 results", and a bare
 * quarter ("in Q2", "during Q4") as the quarter of the reference year, resolved by tense like "the
 * second quarter". Case matters: "q2" is no quarter; a bare "H1" or "H2" (a visa, hydrogen) is
 * refused, a half needs its year; "Q1 cars" is refused without a cue before it. Before a report's
 * figure a bare code is a period of the reference year ("Q2 results", "2Q profit", "H2 growth").
 *
 * @example
 * // "Exports rose in Q2 2024." → 2024-Q2 (1 April – 30 June 2024)
 */
export class ENPeriodCodeParser implements Parser {
  private readonly re = new RegExp(
    '(?<![\\w\'’-])(?:([Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?' +
      "(?:(\\d{4})\\s+(Q[1-4]|H[12])|(?:(Q[1-4]|H[12])|([1-4])Q|([12])H)(?:(?:\\s+|\\s+of\\s+|\\s*[-/]\\s*)(?:FY\\s?)?(\\d{4})(?![\\w-]|[.,]\\d)|\\s?['’](\\d{2})|(\\d{2}))?)" +
      '(?![\\w-]|[.,]\\d)',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [text, partWord, yearFirst, codeAfterYear, code, quarterDigit, halfDigit, year4, yearApostrophe, year2] = match;
    const refYear = referenceDay(context).getFullYear();
    const letter = codeAfterYear ?? code;
    const unit: 'quarter' | 'half' = letter ? (letter[0] === 'Q' ? 'quarter' : 'half') : quarterDigit ? 'quarter' : 'half';
    const n = Number(letter ? letter.slice(1) : (quarterDigit ?? halfDigit));
    // "2Q24" and "1H25" carry their year glued on, "1H 2016" after; "2Q" or "1H" alone are dates
    // only before a report's figure ("2Q profit rose"), as a bare "Q2" or "H2" is ("Q2 results").
    const figure = FIGURE_AFTER.test(context.text.slice(index + text.length)) || /['’]s\s+$/.test(context.text.slice(0, index));
    if ((quarterDigit || halfDigit) && !year2 && !year4 && !figure) return null;
    if (year2 && !(quarterDigit || halfDigit)) return null;
    const short = yearApostrophe ?? year2;
    const year = yearFirst ? Number(yearFirst) : year4 ? Number(year4) : short ? nearestCentury(Number(short), refYear) : undefined;
    if (year === undefined && !figure) {
      if (unit === 'half') return null;
      if (!partWord && !BARE_CUE.test(context.text.slice(0, index))) return null;
    }
    const part: NamedPart = unit === 'quarter' ? { unit, quarter: n } : { unit, half: n };
    let spec: TimexSpec;
    if (year !== undefined) {
      spec = { kind: 'point', point: unit === 'quarter' ? { unit, year, quarter: n } : { unit, year, half: n } };
    } else {
      spec = { kind: 'named', part };
    }
    const mod = modOf(partWord);
    if (mod) spec.mod = mod;
    const result = context.createParsingResult(index, text);
    attachSpec(result, spec);
    return result;
  }
}

/** The year of a two-digit year ("'24") nearest the reference year. */
function nearestCentury(yy: number, refYear: number): number {
  const base = refYear - (refYear % 100) + yy;
  return [base - 100, base, base + 100].reduce((a, b) => (Math.abs(b - refYear) < Math.abs(a - refYear) ? b : a));
}

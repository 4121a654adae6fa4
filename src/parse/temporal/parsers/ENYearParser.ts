import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { modOf, PART_WORD_PATTERN } from '../calendarWords.js';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { NOT_YEAR_AFTER, NOT_YEAR_BEFORE, WORD_YEAR_PATTERN, wordYear, YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /(?:\b|FY)(?:1\d\d\d|20\d\d)\b|\bFY['’]?\d\d\b|['’]\d\d\b|\b(?:fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]|\btwo[\s-]+thousand/i;

/** Years before 1500, read only after a word that introduces a year ("resigned in 1415", "since 1294"). */
const OLD_YEAR = '1[0-4]\\d\\d';
const OLD_YEAR_BEFORE = /\b(?:in|since|until|till|from|to|and|by|of|circa|year|between|around|about|before|after)\s+$/i;

/**
 * Years: "1998", "the year 2000", "fiscal 1989", "early 1991" (mod START), "mid-1996" (MID),
 * "the end of 1990" (END), "nineteen ninety-six", "the year two thousand", and ranges "1998-99",
 * "1991-1997" (start and end), "FY2024", "FY24", and years before 1500 after "in", "since" and the like ("in 1415"). Numbers that are not years are refused by their surroundings:
 * "$1990", "No. 1990", "1,990", "1990 soldiers", "1990%", "1990 GMT".
 */
export class ENYearParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(${PART_WORD_PATTERN})[\\s-]+)?(?:(the\\s+(?:fiscal\\s+|calendar\\s+)?year|(?:fiscal|calendar)(?:\\s+year)?|FY|the\\s+summer\\s+of)\\s*)?` +
      `(?:(${YEAR_PATTERN}|${OLD_YEAR})(?:\\s*(?:-|–|/)\\s*(\\d{2}(?!\\d)|${YEAR_PATTERN}|${OLD_YEAR}))?|(${WORD_YEAR_PATTERN})|(FY)['’]?(\\d{2})|(?<!FY)['’](\\d{2})(?!['’]))(?![\\w-]|[.,]\\d)`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const partWord = match[1];
    const lead = match[2];
    const digits = match[3];
    const endDigits = match[4];
    const words = match[5];
    // "FY24": a fiscal year by its last two digits, in the publication's century ("FY" only in capitals).
    if (match[6] && match[6] !== 'FY') return null;
    const fiscalShort = match[7];
    // "the shutdown in '95", "graduated in '87": a year by its last two digits, after a word that
    // introduces one, in the latest century that puts it not after the publication.
    const apostrophe = match[8];
    if (apostrophe && (partWord || lead || !OLD_YEAR_BEFORE.test(context.text.slice(0, index)))) return null;
    const before = context.text.slice(0, index);
    const after = context.text.slice(index + text.length);
    if (digits) {
      if (!partWord && !lead && NOT_YEAR_BEFORE.test(before)) return null;
      if (/^1[0-4]/.test(digits) && !lead && !OLD_YEAR_BEFORE.test(before)) return null;
      if (NOT_YEAR_AFTER.test(after)) return null;
    }
    // "FY" only in capitals.
    if (lead && /^fy$/i.test(lead) && lead !== 'FY') return null;
    const refYear = referenceDay(context).getFullYear();
    const shortYear = apostrophe ? Math.floor(refYear / 100) * 100 + Number(apostrophe) : undefined;
    const year = digits ? Number(digits) : fiscalShort ? Math.floor(refYear / 100) * 100 + Number(fiscalShort) : shortYear !== undefined ? (shortYear > refYear ? shortYear - 100 : shortYear) : wordYear(words ?? '');
    if (year === undefined) return null;
    // "the summer of 1998" belongs to the part-of-year parser.
    if (lead && /summer/i.test(lead)) return null;
    // Words are only a year when the text says so or they cannot be a count ("nineteen ninety-six").
    if (words && !lead && /^two[\s-]+thousand/i.test(words) && !/\b(?:in|of|since|by|until|before|after|from|to|year)\s+$/i.test(before)) return null;
    // "since the start of the 2022 invasion", "the end of the 2022 season": the part word is of
    // the noun the year names; the year alone is the expression.
    const ofNoun = partWord !== undefined && digits !== undefined && /\bthe\s+\d{4}$/i.test(text) && /^\s+(?!(?:and|or|to|through)\b)[A-Za-z]/.test(after);
    const mod = ofNoun ? undefined : modOf(partWord);
    const spec: TimexSpec = { kind: 'point', point: { unit: 'year', year } };
    if (mod) spec.mod = mod;
    const start = ofNoun ? index + text.lastIndexOf(digits) : index;
    const result = context.createParsingResult(start, context.text.slice(start, index + text.length));
    attachSpec(result, spec);
    if (endDigits) {
      const end = endDigits.length === 2 ? Math.floor(year / 100) * 100 + Number(endDigits) : Number(endDigits);
      if (end <= year || end - year > 100) return null;
      result.end = result.start.clone();
      attachSpec(result.end, { kind: 'point', point: { unit: 'year', year: end } });
    }
    return result;
  }
}

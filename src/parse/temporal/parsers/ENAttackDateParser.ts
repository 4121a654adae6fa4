import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /9\/11|7\/7|\b(?:Sept(?:ember|\.)?\s+11|Jan(?:uary|\.)?\s+6|Oct(?:ober|\.)?\s+7)\b/;

/** Nouns after a date that make it the name of an attack and what followed it. */
const AFTERMATH = String.raw`(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings?)|[Cc]ommission|[Cc]ommittee|memorial|museum|victims|plot|strikes|riots?|rioters|insurrection|massacre|assault|raid|onslaught|incursion|hostages|bombings?|hearings|panel|probe|investigation|defendants|prosecutions?)\b`;

/** Attacks news names by their date, the day each was, and how each is written. */
const ATTACKS: readonly { date: [number, number, number]; form: string }[] = [
  { date: [2001, 9, 11], form: String.raw`9\/11(?![\w/.-])|(?:Sept\.?|September)\s+11(?:th)?(?=(?:,\s+2001)?\s+${AFTERMATH})` },
  { date: [2005, 7, 7], form: String.raw`7\/7(?![\w/.-])(?=\s+${AFTERMATH})` },
  { date: [2021, 1, 6], form: String.raw`(?:Jan\.?|January)\s+6(?:th)?(?=(?:,\s+2021)?\s+(?:Capitol\s+)?${AFTERMATH})` },
  { date: [2023, 10, 7], form: String.raw`(?:Oct\.?|October)\s+7(?:th)?(?=(?:,\s+2023)?\s+(?:Hamas\s+)?${AFTERMATH})` },
];

/**
 * Attacks named by their date: "9/11", "the Sept. 11 attacks", "the 9/11 Commission" (2001-09-11),
 * "the 7/7 bombings" (2005), "the Jan. 6 attack on the Capitol", "the Jan. 6 committee" (2021),
 * "the Oct. 7 attack", "the Oct. 7 hostages" (2023): that day, not one of the publication's year,
 * once it has happened. A bare "Sept. 11" ("the Sept. 11 deadline") is left to the date parsers.
 *
 * @example
 * // "security measures adopted after 9/11" (2013) → 2001-09-11
 */
export class ENAttackDateParser implements Parser {
  private readonly re = new RegExp(`(?<![\\w/.-])(?:${ATTACKS.map((a, i) => `(?<a${i}>${a.form})`).join('|')})`);

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const i = ATTACKS.findIndex((_, k) => match.groups?.[`a${k}`] !== undefined);
    const attack = ATTACKS[i];
    if (!attack) return null;
    const [year, month, day] = attack.date;
    // Before it happened, "Jan. 6" named another day.
    const ref = context.reference.instant;
    if (Date.UTC(year, month - 1, day) > ref.getTime()) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, { kind: 'point', point: { unit: 'day', year, month, day } });
    return result;
  }
}

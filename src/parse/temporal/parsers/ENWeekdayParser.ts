import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { modOf, partOfDayOf, PART_OF_DAY_PATTERN, WEEKDAY_PATTERN, weekdayOf } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Names a weekday is part of without naming a day: newspapers, shows, historic days. */
const NOT_A_DAY_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Tribune|Independent|Sport|Star|People|Business|Observer|Record|World|Night\s+Live|Night\s+Football|Morning\s+Post|School|Schools|school|schools|talk\s+shows?|shows|papers|newspapers|editions|supplements?|magazines?)\b/;
const NOT_A_DAY_BEFORE = /\b(?:Bloody|Black|Good|Holy|Ash|Palm|Easter|Super|Cyber|Green|Maundy|Shrove|Fat|Spy|Blue)\s+$/;
const WHICH: Readonly<Record<string, 'this' | 'last' | 'next'>> = {
  this: 'this', last: 'last', past: 'last', previous: 'last', preceding: 'last', next: 'next', following: 'next', coming: 'next', 'this past': 'last', 'this coming': 'next',
};

/** "… and Tuesday nights" after a weekday: the plural part of the day is the first weekday's too. */
const SHARED_PLURAL_PART = new RegExp(`^\\s+(?:and|or)\\s+${WEEKDAY_PATTERN}\\s+(morning|afternoon|evening|night)s\\b`, 'i');

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /day|\b(?:mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * Weekdays: "Friday", "Monday's", "on Thursday", "last Friday", "next Tuesday", "this
 * Wednesday", "Friday night" (TNI), "overnight Monday" (TNI), "early Tuesday" (mod START), "Wednesday evening". Which week
 * is meant depends on this/last/next, or on the tense of the clause, when the text is resolved
 * ("will meet on Thursday" → the coming one, "met on Thursday" → the last one); "the previous
 * Friday", "the following Monday" are next to the day mentioned before. A plural ("Tuesdays",
 * "Tuesday nights", "Monday and Tuesday nights") is a SET (`XXXX-WXX-2`, `XXXX-WXX-2TNI`). "Sunday Times", "Bloody Sunday", "Good Friday" are not
 * days of the story.
 */
export class ENWeekdayParser implements Parser {
  private readonly re = new RegExp(
    // A hyphen may join two weekdays ("Monday-Friday"), nothing else ("pre-Monday", "Monday-night").
    `(?<!\\w)(?<!(?<!day|^)-)(?:(early|earlier|late|later|mid|overnight)(?:[\\s-]+on)?[\\s-]+)?(?:(the\\s+(?:previous|preceding|following|next)|this\\s+past|this\\s+coming|this|last|past|previous|next|coming)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:\\s+(${PART_OF_DAY_PATTERN})(s)?)?(?!\\w)(?!-(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b))`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, partWord, whichWord, name = '', pluralDay, dayPart, pluralPart] = match;
    // "Tuesdays", "Tuesday nights": recurring.
    const plural = pluralDay ?? pluralPart;
    const weekday = weekdayOf(name);
    if (weekday === undefined) return null;
    // Abbreviations only with their capital ("Sat." but not "they sat.").
    if (name.endsWith('.') && !/^[A-Z]/.test(name)) return null;
    // "He spoke to the Sun.": the newspaper, not an abbreviated Sunday.
    if (/^Sun\.?$/.test(name) && /\bthe\s+$/i.test(context.text.slice(0, index))) return null;
    const after = context.text.slice(index + match[0].length);
    const before = context.text.slice(0, index);
    if (!dayPart && NOT_A_DAY_AFTER.test(after)) return null;
    if (!whichWord && !partWord && NOT_A_DAY_BEFORE.test(before)) return null;
    // "on Monday and Tuesday nights": both recur, at that part of the day.
    const shared = !plural && !dayPart && !whichWord ? SHARED_PLURAL_PART.exec(after) : null;
    // "Clashes erupted overnight Monday": Monday's night.
    const overnight = partWord?.toLowerCase() === 'overnight';
    const partOfDay = dayPart ? partOfDayOf(dayPart) : shared?.[1] ? partOfDayOf(shared[1]) : overnight ? 'NI' : undefined;
    let spec: TimexSpec;
    if (plural || shared) {
      if (name.endsWith('.')) return null;
      const day = weekday === 0 ? 7 : weekday;
      spec = { kind: 'value', type: 'SET', value: `XXXX-WXX-${day}${partOfDay ? `T${partOfDay}` : ''}` };
    } else {
      spec = { kind: 'named', part: { unit: 'weekday', weekday } };
      const whichKey = whichWord?.toLowerCase().replace(/\s+/g, ' ');
      const which = whichKey ? WHICH[whichKey.replace(/^the /, '')] : undefined;
      if (which) spec.which = which;
      // "the previous Friday", "the following Monday": next to the day mentioned before.
      if (whichKey?.startsWith('the ')) spec.anchor = 'ref';
      if (partOfDay) spec.partOfDay = partOfDay;
      const mod = modOf(partWord);
      if (mod) spec.mod = mod;
    }
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

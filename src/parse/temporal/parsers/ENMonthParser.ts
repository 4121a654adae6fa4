import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { modOf, MONTH_PATTERN, monthOf, PART_WORD_PATTERN } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { referenceDay } from '../referenceDay.js';
import { WORD_YEAR_PATTERN, wordYear, YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words before a bare "May"/"March" that make it the month, not the verb. */
const MONTH_CUE = /\b(?:in|since|until|till|by|before|after|during|last|next|this|of|through|throughout|from|to|and|or|between|early|mid|late|end|beginning|start|middle|each|every|since|as\s+of|around|about|until|for)\s+$/i;

/** What after "March"/"May" makes it the name of a march or an event ("March for Life", "March on Washington"). */
const NAMED_MARCH = /^\s+(?:(?:for|of|on|against)\s+(?:the\s+|our\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]|Madness\b)/;

/** "That June", "The following February": a month of the year told before. */
const LEAD_BEFORE = /(?<![\w-])(that|the\s+following|the\s+previous)\s+$/i;
/** "12 February last year", "the 4th of May that year": a day before a month with a year phrase. */
const DAY_BEFORE = /(?<![\w-])(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;

/** Nouns of a month's figures and meetings, after which "March"/"May" is the month ("March payrolls", "May sales"). */
const FIGURES_NOUN = /^\s+(?:payrolls|jobs\s+(?:report|data|numbers|figures)|employment\s+(?:report|data)|(?:retail\s+|car\s+|auto\s+|home\s+)?sales\s+(?:data|figures|rose|fell|were|jumped|climbed|dropped|slipped)|inflation\s+(?:data|figures|rate)|trade\s+(?:data|figures)|data\b|figures\b|PMI\b|CPI\b|FOMC\b|policy\s+meeting)/;

/** A full month name, capitalised, for lists of months ("April, May and June"). */
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Another month right before or after, in a list ("April, May and June", "March and May"). */
const LIST_BEFORE = new RegExp(`\\b${MONTH_NAME}\\s*(?:,|and|or|to|-)\\s*$`);
const LIST_AFTER = new RegExp(`^\\s*(?:,|and|or|to|-)\\s*(?:and\\s+)?${MONTH_NAME}\\b`);

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Months without a day: "November", "late November" (mod END), "November 1998", "Nov. of 1998",
 * "January nineteen ninety-seven", "June last year", "the end of March 1999". The month must be capitalised and an
 * abbreviation needs its dot ("Jan."). "May" and "March" are verbs and nouns too: bare, they are
 * months only after a cue such as "in", "since", "early" ("in May") or as "the March accession";
 * "may rise", "the March for Life", "March on Washington", "the march" are refused.
 */
export class ENMonthParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(${PART_WORD_PATTERN})[\\s-]+)?(${MONTH_PATTERN})` +
      `(?:,?\\s+(?:of\\s+)?(?:(${YEAR_PATTERN})(?![\\w-]|[.,]\\d)|(${WORD_YEAR_PATTERN})|(this|last|next)\\s+year\\b|(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous)\\s+year\\b))?(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // (A leading "That"/"The following" or a day number, read from the text before: in the pattern,
    // their optional groups made every position of a sentence slower to try.)
    const [, partWord, name = '', yearText, yearWords, whichText, focusText] = match;
    const head = context.text.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0);
    const dayBefore = !partWord && (whichText !== undefined || focusText !== undefined) ? DAY_BEFORE.exec(head) : null;
    const leadBefore = !partWord && !dayBefore ? LEAD_BEFORE.exec(head) : null;
    const leading = leadBefore?.[1];
    const dayText = dayBefore?.[1];
    const index = (match.index ?? 0) - ((dayBefore ?? leadBefore)?.[0].length ?? 0);
    const which = whichText?.toLowerCase();
    // "May that year", "4 May that year", "March the following year", "That June", "The following
    // February": of the year of the time told before (or the one after or before it).
    const focus = focusText?.toLowerCase().replace(/\s+/g, ' ');
    const lead = leading?.toLowerCase().replace(/\s+/g, ' ');
    const refYear = referenceDay(context).getFullYear();
    const year = yearText ? Number(yearText) : yearWords ? wordYear(yearWords) : which ? refYear + (which === 'last' ? -1 : which === 'next' ? 1 : 0) : undefined;
    // A day before the month is chrono's business ("12 February"), unless a year phrase follows
    // that chrono does not read ("12 February last year", "4 May that year").
    if (dayText && !which && !focus) return null;
    if (lead && (dayText || focus || year !== undefined || partWord)) return null;
    // ("I hope that May wins": the name, not the month.)
    if (lead === 'that' && /^(?:may|march)$/i.test(name)) return null;
    const month = monthOf(name);
    const day = dayText ? Number(dayText) : undefined;
    if (month === undefined || !/^[A-Z]/.test(name)) return null;
    const full = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(name);
    if (!full && !name.endsWith('.') && !/^sept?$/i.test(name)) return null;
    const before = context.text.slice(0, index);
    const after = context.text.slice((match.index ?? 0) + match[0].length);
    // A day number right after is chrono's business ("May 16").
    if (/^\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))/.test(after) && year === undefined && !focus) return null;
    if (year === undefined && !focus && !lead && /^(?:may|march)$/i.test(name)) {
      // "the March for Life", "the March on Washington", "March Madness": names of marches and events.
      if (NAMED_MARCH.test(after)) return null;
      // "the March accession": a capitalised month before a noun.
      // So after a possessive ("the Fed's March meeting", "the government's preliminary May report"),
      // and before the noun of a month's figures ("expect March payrolls to rise").
      const determiner = /(?:\bthe|\b(?:its|their|his|her|our)|\w['’]s?)\s+(?:(?:preliminary|final|revised|flash|latest|upcoming|planned|scheduled|annual|monthly|regular)\s+)?$/i.test(before);
      const monthBeforeNoun = (determiner && /^\s+[a-z]/.test(after) && !/^\s+(?:for|of|on|to|against|from|in|and|or|is|was|will|has|had|be|have|not|also|still|well|never|said|says|told|tells|added|wants|\w+ed)\b/.test(after))
        || FIGURES_NOUN.test(after);
      // "April, May and June": among other months; "May's figures" (not "Theresa May's"); "the
      // warmest May since 1850"; "May was the wettest month".
      const inList = LIST_BEFORE.test(before) || LIST_AFTER.test(after);
      const possessive = /^['’]s\s+[a-z]/.test(after) && !/\p{Lu}[\p{L}.'’-]*\s+$/u.test(before);
      const superlative = /\bthe\s+(?:\w+est|same|previous|following)\s+$/i.test(before);
      const subject = /^\s*["“‘']?\s*$/.test(before) && /^\s+(?:was|is|has|had|saw|brought|marked|will\s+be)\b/.test(after);
      if (!partWord && !MONTH_CUE.test(before) && !monthBeforeNoun && !inList && !possessive && !superlative && !subject) return null;
    }
    const mod = modOf(partWord);
    if (day !== undefined && (day < 1 || day > 31)) return null;
    let spec: TimexSpec;
    if (focus || lead) {
      const part = day !== undefined ? { unit: 'day' as const, month, day } : { unit: 'month' as const, month };
      spec = { kind: 'named', part, which: 'this', anchor: 'ref' };
      if (focus === 'the following' || focus === 'the next') spec.yearShift = 1;
      if (focus === 'the previous') spec.yearShift = -1;
      // ("The following February": the first one after the time told before.)
      if (lead === 'the following') spec.which = 'next';
      if (lead === 'the previous') spec.which = 'last';
    } else if (year === undefined) spec = { kind: 'named', part: { unit: 'month', month } };
    else spec = { kind: 'point', point: day !== undefined ? { unit: 'day', year, month, day } : { unit: 'month', year, month } };
    if (mod) spec.mod = mod;
    const result = context.createParsingResult(index, context.text.slice(index, (match.index ?? 0) + match[0].length));
    attachSpec(result, spec);
    return result;
  }
}

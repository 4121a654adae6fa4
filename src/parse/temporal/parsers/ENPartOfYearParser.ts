import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { GONE_BEFORE, modOf, NOUN_AFTER_THAT, THAT_CONJUNCTION_BEFORE, PART_WORD_PATTERN, SEASON_PATTERN, seasonOf } from '../calendarWords.js';
import { referenceDay } from '../referenceDay.js';
import { attachSpec, type NamedPart, type TimexSpec } from '../TimexSpec.js';
import { WORD_YEAR_PATTERN, wordYear, YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/** Words before "fall"/"spring" that make them seasons, not verbs ("prices fall", "spring up"). */
const SEASON_CUE = /\b(?:the|this|last|next|in|by|during|until|since|early|late|mid|each|every|that|of|past|coming)\s+$/i;

/** A verb after "the fall" that makes it a decline ("the fall was due to", "the fall reflected"). */
const FALL_VERB_AFTER = /^\s+(?:was|is|has|had|would|will|could|might|came|comes|followed|follows|marks|marked|means|meant|took|takes|left|leaves|brought|brings|\w+ed)\b/i;

/** Words of a forecast around a fiscal quarter. */
const FORECAST = /\b(?:will|would|expects?|expected|forecasts?|projects?|projected|sees|guidance|outlook|predicts?|anticipates?|plans?|next|coming|current)\b/i;

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:quarter|half|spring|summer|fall|autumn|winter|year[-\s]end|year['’]s\s+end)/i;

/** A sentence about a game: a score ("28-6") or the words of play. */
const SPORTS = /\b\d{1,3}-\d{1,3}\b(?!\s*(?:%|percent|per\s+cent|cents|million|billion|vote|votes|margin|ruling|decision|majority|split|ratio))|\b(?:touchdowns?|field\s+goals?|quarterback|interceptions?|half-?time|overtime|innings?|penalty\s+kick|free\s+throws?|three-pointers?|rebounds|goalkeeper|equali[sz]ed|equali[sz]er|trailed|Super\s+Bowl|NFL|NBA|NHL|playoffs?|play-?off)\b|\bscor(?:ed|ing)\s+(?:\w+\s+){0,2}(?:goals?|points|runs|tries|touchdowns?|twice|once|again)\b|\bscored\s+(?:in|on|early|late)\b|\b\d-pointers?\b|\b\d+[\s-]yards?\b|\bcarries\b|\d:\d\d\s+(?:left|remaining)\b|\bleft\s+in\s+the\s+\w+\s+(?:quarter|half)\b/;

/**
 * Parts of a year: quarters and halves ("the third quarter", "third-quarter", "the fiscal first
 * quarter", "the fourth quarter of 1990", "1998's second half", "last year's third quarter", "the
 * year-earlier quarter"s are the anaphoric parser's), seasons ("summer", "the fall of 1998",
 * "early spring") and "year-end" ("year's end"). Without a stated year, the tense of the clause picks the
 * year when the text is resolved. "the first half of the game" and "prices fall" are refused.
 */
export class ENPartOfYearParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(the)\\s+)?(?:(${PART_WORD_PATTERN})[\\s-]+)?(?:(?:fiscal|calendar)[\\s-]+)?` +
      `(?:(this|last|next|current|that(?:\\s+same)?|following|previous|same|year[-\\s]earlier|year[-\\s]ago|(?:this|last|next)\\s+year['’]s|${YEAR_PATTERN}(?:['’]s)?)[\\s-]+)?(?:(?:fiscal|calendar)[\\s-]+)?` +
      `(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(quarter|half|two\\s+quarters)|(${SEASON_PATTERN})|(year[-\\s]end|year['’]s\\s+end))` +
      `(?:(?:\\s+of|,)?\\s+(?:(?:fiscal|calendar)\\s+(?:year\\s+)?)?(?:(${YEAR_PATTERN})(?![\\w-]|[.,]\\d)|(${WORD_YEAR_PATTERN})|(this|last|next)\\s+year\\b|((?:the|that)\\s+(?:same\\s+|current\\s+)?year)\\b))?(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, the, partWord, whichText, ordinal, periodWordRaw, seasonWord, yearEnd, yearText, yearWords, yearWhich, yearInFocus] = match;
    const periodWord = periodWordRaw?.toLowerCase().replace(/\s+/g, ' ');
    const after = context.text.slice(index + match[0].length);
    const before = context.text.slice(0, index);
    const refYear = referenceDay(context).getFullYear();
    const which = whichText?.toLowerCase().replace(/\s+/g, ' ');
    const relYear = (w: string) => refYear + (w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0);

    let year: number | undefined;
    let yearShift: number | undefined;
    let namedWhich: 'this' | 'last' | 'next' | undefined;
    let anaphoric: 'this' | 'last' | 'next' | undefined;
    let fiscalYear = false;
    if (yearText) year = Number(yearText);
    else if (yearWords) year = wordYear(yearWords);
    else if (yearWhich) year = relYear(yearWhich.toLowerCase());
    if (which) {
      if (/^\d/.test(which)) year = Number(which.slice(0, 4));
      else if (/year['’]s$/.test(which)) year = relYear(which);
      else if (/year[-\s](?:earlier|ago)/.test(which)) yearShift = -1;
      else if (which === 'current') namedWhich = 'this';
      // "That summer", "the following spring", "the previous winter": from the time told before.
      else if (/^(?:that|same|following|previous)/.test(which)) {
        // "said that summer school would close": "that" the conjunction.
        if (/^that$/.test(which) && THAT_CONJUNCTION_BEFORE.test(before) && NOUN_AFTER_THAT.test(after)) return null;
        if (!seasonWord || (which !== 'that' && !/^that\s/.test(which) && !the)) return null;
        anaphoric = /^following/.test(which) ? 'next' : /^previous/.test(which) ? 'last' : 'this';
      } else namedWhich = which as 'this' | 'last' | 'next';
    }

    let part: NamedPart;
    if (yearEnd) {
      if (which) return null;
      const spec: TimexSpec = year === undefined ? { kind: 'relative', unit: 'year', offset: 0, anchor: 'dct', mod: 'END', ...(GONE_BEFORE.test(before) ? { gone: true } : {}) } : { kind: 'point', point: { unit: 'year', year }, mod: 'END' };
      const r = context.createParsingResult(index, match[0]);
      attachSpec(r, spec);
      return r;
    }
    if (seasonWord) {
      const season = seasonOf(seasonWord);
      if (!season) return null;
      // "this summer" and friends are the relative-period parser's; "the fall of Rome" is no season.
      if (namedWhich) return null;
      if (/^(?:fall|spring)$/i.test(seasonWord) && year === undefined && !partWord && !which && !SEASON_CUE.test(`${before}${the ? `${the} ` : ''}`)) return null;
      // "is expected to fall this year", "will fall next year": the verb, whatever year follows.
      if (/^(?:fall|spring)$/i.test(seasonWord) && !the && !partWord && /\b(?:to|will|would|could|may|might|should|must|can|cannot|did|does|do|n['’]t)\s+(?:\w+ly\s+)?$/i.test(before)) return null;
      if (year === undefined && /^\s+(?:of|in|to|by|from|below|behind|into|back|short|out|apart|off|through|up|down)\b/i.test(after)) return null;
      // "a winter storm warning", "winter weather", "spring training", "the papal summer residence": a
      // kind of storm, camp or house, not a season.
      if (year === undefined && !partWord && /^\s+(?:storms?|weather|training|residence|house|home|palace|retreat|villa|statement|festival|school|schools|camps?|jobs?|interns?|internships?|break|holidays?|recess|term|session|courses?|programmes?|programs?)\b/i.test(after)) return null;
      // "the Mid-Autumn Festival"; "the 2008 Summer Olympics", "the Winter Games": the games' name (the year alone is the time, as TempEval-3 tags it).
      if (/^\s+(?:Festival|Olympics?|Games|Paralympics?)\b/.test(after)) return null;
      // "The fall was largely due to air fares", "said the fall reflected lower prices": a decline,
      // the subject of its verb; a season is in or during "the fall".
      if (/^fall$/i.test(seasonWord) && year === undefined && !partWord && !/\b(?:in|by|during|until|till|since|through|over|for|after|before|this|last|next|that|early|late|mid)\s+(?:the\s+)?$/i.test(before) && FALL_VERB_AFTER.test(after)) return null;
      part = { unit: 'season', season };
    } else {
      const unit = (periodWord ?? '').toLowerCase() as 'quarter' | 'half' | 'two quarters';
      let o = ORDINAL[(ordinal ?? '').toLowerCase()];
      if (!o) return null;
      // "the last half", "the first two quarters" (H1), "the last two quarters" (H2).
      if (unit !== 'quarter' && /^(?:last|final)$/i.test(ordinal ?? '')) o = 2;
      if (unit === 'two quarters' && o === 4) o = 2;
      if (unit !== 'quarter' && o > 2) return null;
      if (unit === 'two quarters' && year === undefined) return null;
      if (/^last$/i.test(ordinal ?? '') && year === undefined) return null;
      // A game's quarters and halves: "led 28-6 in the third quarter", "threw three touchdown passes in the first half".
      if (year === undefined && SPORTS.test(context.text)) return null;
      // "the first half of the game", "the second quarter of the match".
      if (year === undefined && /^\s+of\s+(?:the|a|an|his|her|its|their|this|that)\s+(?!(?:current\s+|fiscal\s+|calendar\s+)?year)/i.test(after)) return null;
      // "the first half of June" is no half of a year: the month is the expression.
      if (year === undefined && unit === 'half' && /^\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(after)) return null;
      part = unit === 'quarter' ? { unit, quarter: o } : { unit: 'half', half: o };
      // "its fiscal third quarter", "the fiscal first quarter": numbered in the company's year, which
      // TimeML writes with the year of the report ("the fiscal first quarter" 1989-Q1 in October
      // 1989), not as the calendar quarter of that number gone by.
      if (year === undefined && !which && !yearInFocus && /\bfiscal\b/i.test(match[0])) {
        // (A third or fourth quarter reported in January or February ended in the year before:
        // "fiscal fourth-quarter sales" on 9 January 2013 is 2012-Q4.)
        const early = referenceDay(context).getMonth() < 2 && part.unit === 'quarter' && part.quarter >= 3;
        year = early ? refYear - 1 : refYear;
        // (A quarter forecast is not the one a report is about: "For the fiscal fourth quarter, the
        // company forecast earnings" leaves "the latest quarter" to the one reported.)
        fiscalYear = !FORECAST.test(`${before} ${after.split(/[.;]/)[0] ?? ''}`);
      }
    }
    const mod = modOf(partWord);
    let spec: TimexSpec;
    if (year !== undefined) {
      spec = {
        kind: 'point',
        point: part.unit === 'quarter' ? { unit: 'quarter', year, quarter: part.quarter } : part.unit === 'half' ? { unit: 'half', year, half: part.half } : { unit: 'season', year, season: (part as Extract<NamedPart, { unit: 'season' }>).season },
      };
      if (fiscalYear) spec.fiscal = true;
    } else {
      spec = { kind: 'named', part };
      if (namedWhich) spec.which = namedWhich;
      if (yearShift) spec.yearShift = yearShift;
      // "the first half of the year", "the fourth quarter of that year": of the year in focus, the
      // year of the time mentioned last (else of the publication).
      if (yearInFocus && !which) {
        spec.which = 'this';
        spec.anchor = 'ref';
      }
      if (anaphoric) {
        spec.which = anaphoric;
        spec.anchor = 'ref';
      }
    }
    if (mod) spec.mod = mod;
    // "the [third-quarter] results": a hyphenated adjective's extent leaves out "the", as TempEval-3
    // tags it; "the third quarter" keeps it.
    const lead = the && /^the\s+(?:(?:fiscal|calendar)[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)-(?:quarter|half)\b/i.test(match[0]) ? match[0].length - match[0].slice(3).trimStart().length : 0;
    const result = context.createParsingResult(index + lead, match[0].slice(lead));
    attachSpec(result, spec);
    return result;
  }
}

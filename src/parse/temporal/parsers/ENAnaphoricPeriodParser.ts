import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:quarter|period|year[-\s](?:earlier|ago)|prior-year)/i;

/**
 * Periods named by reference to the quarter or half a report is about: "the quarter", "the latest
 * quarter", "the latest period", "the year-earlier period", "the year-ago quarter", "the prior-year quarter", "the
 * comparable year-ago quarter", "the quarter a year ago", "the corresponding period last year",
 * "last year's quarter", "the 1988 period" (the same period in 1988), "the previous quarter" (the
 * one before), and the adjectives "year-earlier" / "year-ago" ("compared with year-earlier
 * profit": the same period a year before). Resolved against the period the report is about (see
 * `SpecContext`), else the last quarter completed.
 */
export class ENAnaphoricPeriodParser implements Parser {
  private readonly re =
    /(?<![\w-])(?:(last\s+year['’]s)\s+(quarter|period)|(?:the|that)\s+(?:(latest|most\s+recent|recent|current|same|comparable|corresponding|year[-\s]earlier|year[-\s]ago|year-before|prior-year|previous|prior|preceding|(?:19|20)\d\d)\s+)?(?:(comparable|corresponding|year[-\s]earlier|year[-\s]ago|prior-year)\s+)?(?:(comparable|fiscal|reporting|financial)\s+)?(quarter|period)(?:\s+(a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?|(year[-\s]earlier|year[-\s]ago))(?![\w-])/i;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const after = context.text.slice(index + match[0].length);
    const [, lastYears, lastYearsNoun, qualifierText, secondQualifier, kindWord, nounText, yearAgo, adjective] = match;
    let spec: TimexSpec;
    if (adjective) {
      // "year-earlier profit", "the year-earlier results": the period a year before.
      if (/^[-\s]+(?:quarter|period|first|second|third|fourth|half|nine|six|three|twelve)/i.test(after)) return null;
      spec = { kind: 'relative', unit: 'year', offset: -1, anchor: 'ref', refUnit: true };
    } else if (lastYears) {
      // "last year's quarter": the same period a year before.
      spec = { kind: 'anaphor', unit: (lastYearsNoun ?? '').toLowerCase() as 'quarter' | 'period', yearShift: -1 };
    } else {
      const qualifier = [qualifierText, secondQualifier].filter(Boolean).join(' ').toLowerCase().replace(/\s+/g, ' ');
      const noun = (nounText ?? '').toLowerCase() as 'quarter' | 'period';
      // "the period of mourning", "the quarter in which": not a reporting period.
      if (!yearAgo && /^\s+(?:of\s+(?!(?:last|this|the\s+previous)\s+year)|in\s+which|when|during|between|since|that|which|before|after)\b/i.test(after)) return null;
      // A bare "the period" is too vague; it needs a qualifier.
      if (noun === 'period' && !qualifier && !kindWord && !yearAgo) return null;
      if (/previous|prior(?!-year)|preceding/.test(qualifier)) {
        if (noun === 'period') return null;
        spec = { kind: 'relative', unit: 'quarter', offset: -1, anchor: 'ref' };
      } else {
        // "the latest period" is the latest quarter; "the year-ago period" the period a report is about, a year before.
        spec = { kind: 'anaphor', unit: /latest|recent|current/.test(qualifier) ? 'quarter' : noun };
        if (/year[-\s](?:earlier|ago)|year-before|prior-year/.test(qualifier) || yearAgo) spec.yearShift = -1;
        const year = /\b(?:19|20)\d\d\b/.exec(qualifier)?.[0];
        if (year) spec.year = Number(year);
      }
    }
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

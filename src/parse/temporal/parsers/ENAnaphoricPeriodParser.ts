import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:quarter|period|year[-\s](?:earlier|ago))/i;

/**
 * Periods named by reference to the quarter or half a report is about: "the quarter", "the latest
 * quarter", "the latest period", "the year-earlier period", "the year-ago quarter", "the 1988
 * period" (the same period in 1988), "the previous quarter" (the one before), and the adjectives
 * "year-earlier" / "year-ago" ("compared with year-earlier profit": the same period a year
 * before). Resolved against the last quarter or half mentioned (else the last quarter completed).
 */
export class ENAnaphoricPeriodParser implements Parser {
  private readonly re =
    /(?<![\w-])(?:(?:the|that)\s+(?:(latest|most\s+recent|recent|current|same|comparable|year[-\s]earlier|year[-\s]ago|year-before|previous|prior|preceding|(?:19|20)\d\d)\s+)?(?:(comparable|fiscal|reporting|financial)\s+)?(quarter|period)|(year[-\s]earlier|year[-\s]ago))(?![\w-])/i;

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const after = context.text.slice(index + match[0].length);
    let spec: TimexSpec;
    if (match[4]) {
      // "year-earlier profit", "the year-earlier results": the period a year before.
      if (/^[-\s]+(?:quarter|period|first|second|third|fourth|half|nine|six|three|twelve)/i.test(after)) return null;
      spec = { kind: 'relative', unit: 'year', offset: -1, anchor: 'ref', refUnit: true };
    } else {
      const qualifier = match[1]?.toLowerCase().replace(/\s+/g, ' ');
      const noun = (match[3] ?? '').toLowerCase() as 'quarter' | 'period';
      // "the period of mourning", "the quarter in which": not a reporting period.
      if (/^\s+(?:of\s+(?!(?:last|this|the\s+previous)\s+year)|in\s+which|when|during|between|since|that|which|before|after)\b/i.test(after)) return null;
      // A bare "the period" is too vague; it needs a qualifier.
      if (noun === 'period' && !qualifier && !match[2]) return null;
      if (qualifier && /previous|prior|preceding/.test(qualifier)) {
        if (noun === 'period') return null;
        spec = { kind: 'relative', unit: 'quarter', offset: -1, anchor: 'ref' };
      } else {
        spec = { kind: 'anaphor', unit: noun };
        if (qualifier && /year[-\s](?:earlier|ago)|year-before/.test(qualifier)) spec.yearShift = -1;
        if (qualifier && /^\d{4}$/.test(qualifier)) spec.year = Number(qualifier);
      }
    }
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

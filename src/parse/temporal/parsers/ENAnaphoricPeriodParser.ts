import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';

/**
 * Periods named by reference to the quarter or half a report is about: "the quarter", "the latest
 * quarter", "the latest period", "the year-earlier period", "the year-ago quarter", "the 1988
 * period" (the same period in 1988), "the same period a year earlier" (its first part), "the
 * previous quarter" (the one before). Resolved against the last quarter or half mentioned.
 */
export class ENAnaphoricPeriodParser implements Parser {
  private readonly re =
    /(?<![\w-])(?:the|that)\s+(?:(latest|most\s+recent|recent|current|same|comparable|year[-\s]earlier|year[-\s]ago|year-before|previous|prior|preceding|(?:19|20)\d\d)\s+)?(?:(fiscal|reporting|financial)\s+)?(quarter|period)(?![\w-])/i;

  pattern(): RegExp {
    return this.re;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const qualifier = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const noun = (match[3] ?? '').toLowerCase() as 'quarter' | 'period';
    const after = context.text.slice((match.index ?? 0) + match[0].length);
    // "the period of mourning", "the quarter of the votes": not a reporting period.
    if (/^\s+(?:of|in|when|during|between|from|since|to|that|which|before|after)\b/i.test(after) && !/^\s+of\s+(?:last|this|the\s+previous)\s+year/i.test(after)) return null;
    // A bare "the period" is too vague; it needs a qualifier.
    if (noun === 'period' && !qualifier) return null;
    let spec: TimexSpec;
    if (qualifier && /previous|prior|preceding/.test(qualifier)) spec = { kind: 'relative', unit: 'quarter', offset: -1, anchor: 'ref', refUnit: false };
    else {
      spec = { kind: 'anaphor', unit: noun };
      if (qualifier && /year[-\s](?:earlier|ago)|year-before/.test(qualifier)) spec.yearShift = -1;
      if (qualifier && /^\d{4}$/.test(qualifier)) spec.year = Number(qualifier);
    }
    if (spec.kind === 'relative' && noun === 'period') return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

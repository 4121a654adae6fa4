import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_PATTERN, monthOf } from '../calendarWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { YEAR_PATTERN } from '../yearWords.js';
import { gatedPattern } from './gatedPattern.js';

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /[-–—/]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:March|June|September|December)\s+quarter/;

/**
 * A quarter or half of a year named by its months, as economic reports do: "the January-March
 * period" (Q1), "the April-June quarter" (Q2), "in July-September" (Q3), "October-December 2012"
 * (2012-Q4), "the January-June period" (H1), and by its last month, as companies and Australia's
 * statistics name them: "the September quarter" (Q3). Without a year it is picked as for "the first
 * quarter": the latest begun, unless the clause points ahead. Other pairs of months ("May-June
 * output") are left alone.
 *
 * @example
 * // "GDP grew 0.8% in the January-March period." (published in May 2013) → 2013-Q1
 */
export class ENMonthRangeParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(the)\\s+)?(?:(${MONTH_PATTERN})\\s*[-–—/]\\s*(${MONTH_PATTERN})(?:\\s+(period|quarter|half|months))?|(March|June|September|December)\\s+quarter)(?:,?\\s+(?:of\\s+)?(${YEAR_PATTERN}))?(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, the, fromWord = '', toWord = '', noun, lastMonth, yearText] = match;
    // "the September quarter": the quarter that month ends.
    const to = monthOf(lastMonth ?? toWord);
    const from = lastMonth ? (to ?? 0) - 2 : monthOf(fromWord);
    if (!from || !to) return null;
    // "the May-June" needs its noun; a bare "May-June" only with a year or as a whole phrase.
    if (the && !noun && !lastMonth) return null;
    let part: Extract<TimexSpec, { kind: 'named' }>['part'];
    if (to - from === 2 && from % 3 === 1) part = { unit: 'quarter', quarter: (from + 2) / 3 };
    else if (to - from === 5 && (from === 1 || from === 7)) part = { unit: 'half', half: from === 1 ? 1 : 2 };
    else return null;
    const year = yearText ? Number(yearText) : undefined;
    const spec: TimexSpec =
      year === undefined
        ? { kind: 'named', part }
        : { kind: 'point', point: part.unit === 'quarter' ? { unit: 'quarter', year, quarter: part.quarter } : { unit: 'half', year, half: part.half } };
    const result = context.createParsingResult(match.index ?? 0, text);
    attachSpec(result, spec);
    return result;
  }
}

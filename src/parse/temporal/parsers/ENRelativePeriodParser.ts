import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

const OFFSETS: Readonly<Record<string, number>> = {
  this: 0, current: 0, last: -1, previous: -1, past: -1, next: 1, coming: 1,
};
const MODS: Readonly<Record<string, string>> = {
  earlier: 'START', early: 'START', 'the start of': 'START', 'the beginning of': 'START',
  later: 'END', late: 'END', 'the end of': 'END', 'the middle of': 'MID', mid: 'MID',
};

/**
 * "this week", "last month", "next year", "earlier this week", "the end of the month",
 * "this weekend", "next quarter": a calendar period relative to the publication day. The result
 * carries the tag `geodigest/period:<unit>:<offset>[:<mod>]`; `toTimex` turns it into a value and
 * an interval. "the past week" is a duration in TimeML and is left to the duration parser.
 */
export class ENRelativePeriodParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w-])(?:(earlier|later|early|late|mid|the end of|the start of|the beginning of|the middle of)[\s-]+)?(this|current|last|previous|next|coming|the)\s+(week|weekend|month|year|quarter)(?![\w-])/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const modWord = match[1]?.toLowerCase();
    const which = (match[2] ?? '').toLowerCase();
    const unit = (match[3] ?? '').toLowerCase();
    // "the month" alone is only a period after "the end of"/"the start of" ("the end of the month").
    if (which === 'the' && !modWord?.startsWith('the ')) return null;
    // "the past week" and friends are durations; "last week" is a date.
    const offset = which === 'the' ? 0 : OFFSETS[which];
    if (offset === undefined) return null;
    const mod = modWord ? MODS[modWord] : undefined;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(`geodigest/period:${unit}:${offset}${mod ? `:${mod}` : ''}`);
    return result;
  }
}

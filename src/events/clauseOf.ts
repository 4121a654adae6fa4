/** A span of a sentence that holds one predicate, roughly: split at `;`, `:` and ", and"/", but". */
export interface Clause {
  start: number;
  end: number;
  /** Where a relative clause the main one goes on after begins (its comma): ", who took office in December, has visited …". */
  afterRelative?: number;
}

const BOUNDARY = /;|:|,\s+(?:and|but|while|whereas|although|though|as|which|who)\b|\s+(?:and|but)\s+(?=(?:the|a|an|it|he|she|they|China|Russia|\p{Lu}\w+)\s+(?:has|have|had|is|are|was|were|will|would|\w+ed)\b)/gu;

/** Nothing but capitalised names and commas: the first members of a list of subjects. */
const NAME_LIST = /^[\s,]*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s*$/u;

/**
 * The clause of `sentence` that contains position `at`, by punctuation and coordinating
 * conjunctions that start a new subject and verb. A heuristic, not a parser.
 *
 * @example
 * const s = 'The sides held drills and China has opposed sanctions.';
 * s.slice(...Object.values(clauseOf(s, s.indexOf('sanctions')))) //=> ' China has opposed sanctions.'
 */
export function clauseOf(sentence: string, at: number): Clause {
  const { bounds, relatives } = partsOf(sentence);
  let start = 0;
  let end = sentence.length;
  for (const b of bounds) {
    if (b.end <= at) start = b.end;
    else if (b.start >= at) {
      end = b.start;
      break;
    }
  }
  // A relative clause between commas (", who took office in December,") ends at its comma; what
  // follows it goes on with the main clause ("has visited the United States").
  let afterRelative: number | undefined;
  for (const { open, close } of relatives) {
    if (open < at && at < close) return { start, end: Math.min(end, close - 1) };
    if (close <= at && close > start) {
      start = close;
      afterRelative = open;
    }
  }
  return afterRelative === undefined ? { start, end } : { start, end, afterRelative };
}

interface Parts {
  bounds: { start: number; end: number }[];
  relatives: { open: number; close: number }[];
}
let last: { sentence: string; parts: Parts } | undefined;

/**
 * A sentence's clause boundaries and relative clauses, found once: the events stage asks for the
 * clause of many positions in the same sentence in a row.
 */
function partsOf(sentence: string): Parts {
  if (last?.sentence === sentence) return last.parts;
  const bounds: Parts['bounds'] = [];
  let start = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const i = m.index ?? 0;
    // "Britain, France and Germany imposed …": names listed as one subject, not a clause and a new one.
    if (/^\s+and\s/.test(m[0]) && NAME_LIST.test(sentence.slice(start, i))) continue;
    bounds.push({ start: i, end: i + m[0].length });
    start = i + m[0].length;
  }
  const relatives = [...sentence.matchAll(RELATIVE)].map((m) => ({ open: m.index ?? 0, close: (m.index ?? 0) + m[0].length }));
  last = { sentence, parts: { bounds, relatives } };
  return last.parts;
}

/**
 * A relative clause set off by commas, with the main clause's verb after it: ", who took office in
 * December, has visited"; not a comma of a list inside it (", who stepped down as chairman,
 * president and chief executive in March").
 */
const RELATIVE = /,\s+(?:who|which|whose)\b[^,;:]*,(?=\s+(?:(?:also|then|now|still|later)\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|did|does|said|says|told|\p{Ll}+ed|met|held|took|made|went|came|won|lost|led|began|left|gave|sent|spoke|saw|became|fled|struck|hit|shot|paid|flew|sought|brought|fought|kept|ran|rose|fell|wrote|chose|broke|stood|found|got|swore|withdrew|oversaw|undertook)\b)/gu;

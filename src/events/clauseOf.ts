/** A span of a sentence that holds one predicate, roughly: split at `;`, `:` and ", and"/", but". */
export interface Clause {
  start: number;
  end: number;
}

const BOUNDARY = /;|:|,\s+(?:and|but|while|whereas|although|though|as|which|who)\b|\s+(?:and|but)\s+(?=(?:the|a|an|it|he|she|they|China|Russia|\p{Lu}\w+)\s+(?:has|have|had|is|are|was|were|will|would|\w+ed)\b)/gu;

/**
 * The clause of `sentence` that contains position `at`, by punctuation and coordinating
 * conjunctions that start a new subject and verb. A heuristic, not a parser.
 *
 * @example
 * const s = 'The sides held drills and China has opposed sanctions.';
 * s.slice(...Object.values(clauseOf(s, s.indexOf('sanctions')))) //=> ' China has opposed sanctions.'
 */
export function clauseOf(sentence: string, at: number): Clause {
  let start = 0;
  let end = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i >= at) {
      end = i;
      break;
    }
  }
  return { start, end };
}

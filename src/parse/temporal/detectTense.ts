/** Which way in time a clause points, from its verbs and cue words. */
export type TemporalDirection = 'future' | 'past' | 'present';

/** Cue words right before an expression that decide its direction on their own ("ahead of Monday's"). */
const LOCAL_FUTURE = /\b(?:ahead of|before|until|till|by|next|coming|upcoming|from)\s+(?:the\s+)?$/i;
const LOCAL_PAST = /\b(?:since|last|ago|previous|earlier|after)\s+(?:the\s+)?$/i;

const FUTURE_CUES =
  /\b(?:will|won['’]t|shall|['’]ll|going to|gonna|(?:is|are|was|were|be|been)\s+(?:due|scheduled|expected|set|slated|poised|planned|planning|preparing|to)\b|plans? to|intends? to|aims? to|hopes? to|would|upcoming|ahead of|to be held)\b/i;
const PAST_CUES =
  /\b(?:said|says|told|met|was|were|had|did|went|came|held|took|gave|made|began|saw|spoke|left|flew|won|lost|sent|brought|found|became|struck|fought|fell|rose|broke|wrote|signed|returned|announced|confirmed|visited|arrived|killed|attacked|launched|agreed|ended|started|opened|closed|reported|ago|last|yesterday|earlier)\b/i;
const PAST_ED = /\b[a-z]{3,}ed\b/i;
const PRESENT_PROGRESSIVE = /\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b/i;
/** A trailing reporting clause (", it said.") describes when it was said, not when the event is. */
const REPORTING_TAIL = /,\s*(?:[\w’'-]+\s+){0,4}(?:said|says|added|told\s+\w+|reported|announced|confirmed)\s*[.!?"”]*\s*$/i;

/**
 * Guesses the temporal direction of the clause around an expression in a sentence: cue words right
 * before it first ("ahead of Monday's" → future, "since Monday" → past), then the nearest tense
 * marker in its clause ("will meet … on Thursday" → future, "met on Thursday" → past), ignoring a
 * trailing reporting clause (", it said"). Present progressive ("is travelling … on Thursday") and
 * scheduling words ("is due to", "expected") point to the future. `undefined` when nothing tells.
 */
export function detectTense(sentence: string, start: number, end: number): TemporalDirection | undefined {
  const before = sentence.slice(0, start);
  if (LOCAL_FUTURE.test(before)) return 'future';
  if (LOCAL_PAST.test(before)) return 'past';

  // The clause: from the last clause boundary before the expression to the next after it.
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  let clause = sentence.slice(clauseStart).replace(REPORTING_TAIL, '');
  const rel = start - clauseStart;
  const semi = clause.indexOf(';', rel);
  if (semi >= 0) clause = clause.slice(0, semi);
  const left = clause.slice(0, Math.max(0, rel));
  const right = clause.slice(Math.min(clause.length, rel + (end - start)));

  // Where the last cue of a kind ends on the left (or the first starts on the right).
  const lastEnd = (re: RegExp, s: string): number => {
    const g = new RegExp(re.source, 'gi');
    let at = -1;
    for (let m = g.exec(s); m; m = g.exec(s)) at = m.index + m[0].length;
    return at;
  };
  // Distance of the nearest cue of each kind, looking left first (the verb usually precedes).
  const dist = (re: RegExp): number => {
    const l = lastEnd(re, left);
    if (l >= 0) return left.length - l;
    const r = right.search(re);
    return r >= 0 ? 1000 + r : Number.POSITIVE_INFINITY;
  };
  const future = Math.min(dist(FUTURE_CUES), dist(PRESENT_PROGRESSIVE));
  const past = Math.min(dist(PAST_CUES), dist(PAST_ED));
  if (future === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) return undefined;
  return future <= past ? 'future' : 'past';
}

import type { TimexScores } from './scoreTimexes.js';

const fixed = (n: number) => n.toFixed(2).padStart(6);

/**
 * The TempEval-3 Task A figures as a small text table.
 *
 * @example
 * formatScores(scores)
 * //=> 'strict   P  80.00  R  75.00  F1  77.42\nrelaxed  P …'
 */
export function formatScores(s: TimexScores): string {
  return [
    `gold ${s.gold}  system ${s.system}  strict matches ${s.strictMatches}  relaxed matches ${s.relaxedMatches}`,
    `strict   P ${fixed(s.strict.precision)}  R ${fixed(s.strict.recall)}  F1 ${fixed(s.strict.f1)}`,
    `relaxed  P ${fixed(s.relaxed.precision)}  R ${fixed(s.relaxed.recall)}  F1 ${fixed(s.relaxed.f1)}`,
    `type     F1 ${fixed(s.typeF1)}  (accuracy on relaxed matches ${fixed(s.typeAccuracy)})`,
    `value    F1 ${fixed(s.valueF1)}  (accuracy on relaxed matches ${fixed(s.valueAccuracy)})`,
  ].join('\n');
}

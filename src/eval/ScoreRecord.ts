import type { CorpusEvaluation } from './evaluateCorpus.js';
import type { PRF } from './scoreTimexes.js';

/** The figures of one evaluation run as they are recorded in `src/eval/recordedScores.json`. */
export interface ScoreRecord {
  documents: number;
  gold: number;
  system: number;
  strict: PRF;
  relaxed: PRF;
  typeF1: number;
  valueF1: number;
}

/**
 * The figures of an evaluation worth recording (no error listing).
 *
 * @example
 * toScoreRecord(evaluateCorpus(['tests/fixtures/te3'])).valueF1 //=> e.g. 84.3
 */
export function toScoreRecord(e: CorpusEvaluation): ScoreRecord {
  const s = e.scores;
  return { documents: e.documents, gold: s.gold, system: s.system, strict: s.strict, relaxed: s.relaxed, typeF1: s.typeF1, valueF1: s.valueF1 };
}

/**
 * What got worse than a recorded run: every F1 (strict, relaxed, type, value) below its record,
 * and a different corpus (other document or gold counts). Precision and recall are recorded for
 * reading but may trade against each other. Empty when nothing regressed; a higher score is never
 * a regression (record it to raise the bar).
 *
 * @example
 * compareToRecord(current, recorded) //=> ['value F1 80.12 < recorded 80.96']
 */
export function compareToRecord(current: ScoreRecord, recorded: ScoreRecord): string[] {
  const out: string[] = [];
  if (current.documents !== recorded.documents || current.gold !== recorded.gold) {
    out.push(`corpus changed: ${current.documents} documents / ${current.gold} gold expressions, recorded ${recorded.documents} / ${recorded.gold}`);
  }
  const check = (name: string, now: number, then: number) => {
    if (now < then) out.push(`${name} ${now.toFixed(2)} < recorded ${then.toFixed(2)}`);
  };
  for (const kind of ['strict', 'relaxed'] as const) check(`${kind} F1`, current[kind].f1, recorded[kind].f1);
  check('type F1', current.typeF1, recorded.typeF1);
  check('value F1', current.valueF1, recorded.valueF1);
  return out;
}

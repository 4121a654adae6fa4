import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/eval/evaluateCorpus.js';
import { compareToRecord, type ScoreRecord, toScoreRecord } from '../../src/eval/ScoreRecord.js';
import { ROOT } from '../helpers.js';

/**
 * The regression guard: the resolver's TempEval-3 scores may not fall below the figures recorded
 * in src/eval/recordedScores.json (raise them with `npm run eval:record` in the same commit as
 * the improvement). The committed excerpt is always scored; the full corpus when it is there.
 */
const records = JSON.parse(readFileSync(path.join(ROOT, 'src', 'eval', 'recordedScores.json'), 'utf8')) as Record<string, ScoreRecord>;
const EXCERPT = path.join(ROOT, 'tests', 'fixtures', 'te3');
const TE3 = path.resolve(ROOT, '..', 'shared', 'te3');

describe('TempEval-3 scores stay at or above the recorded figures', () => {
  it('on the committed excerpt (tests/fixtures/te3)', () => {
    const run = evaluateCorpus([EXCERPT]);
    expect(run.problems).toEqual([]);
    expect(compareToRecord(toScoreRecord(run), records.excerpt as ScoreRecord)).toEqual([]);
  });

  it.runIf(existsSync(TE3))('on the full TimeBank + AQUAINT corpus (../shared/te3)', () => {
    const run = evaluateCorpus([TE3]);
    expect(run.problems).toEqual([]);
    expect(compareToRecord(toScoreRecord(run), records.te3 as ScoreRecord)).toEqual([]);
  });
});

describe('compareToRecord', () => {
  const base: ScoreRecord = { documents: 2, gold: 10, system: 10, strict: { precision: 80, recall: 80, f1: 80 }, relaxed: { precision: 90, recall: 90, f1: 90 }, typeF1: 85, valueF1: 75 };
  it('passes equal and better runs', () => {
    expect(compareToRecord(base, base)).toEqual([]);
    expect(compareToRecord({ ...base, valueF1: 76, relaxed: { precision: 91, recall: 90, f1: 90.5 } }, base)).toEqual([]);
  });
  it('names every figure that fell and a changed corpus', () => {
    expect(compareToRecord({ ...base, valueF1: 74.99, typeF1: 80, strict: { precision: 80, recall: 79, f1: 79.5 } }, base)).toEqual([
      'strict F1 79.50 < recorded 80.00',
      'type F1 80.00 < recorded 85.00',
      'value F1 74.99 < recorded 75.00',
    ]);
    // precision may fall when recall rises more
    expect(compareToRecord({ ...base, relaxed: { precision: 89, recall: 93, f1: 90.97 } }, base)).toEqual([]);
    expect(compareToRecord({ ...base, gold: 11 }, base)[0]).toMatch(/corpus changed/);
  });
});

import { describe, expect, it } from 'vitest';
import { scoreTimexes, type ScoredSpan } from '../../src/eval/scoreTimexes.js';

const span = (start: number, end: number, value = 'X', type = 'DATE'): ScoredSpan => ({ start, end, text: 'x'.repeat(end - start), type, value });

describe('scoreTimexes', () => {
  it('gives 100 everywhere when the system equals the gold', () => {
    const gold = [span(0, 6, '1998-02-13'), span(10, 19, 'P3M', 'DURATION')];
    const s = scoreTimexes([{ id: 'd', gold, system: gold }]);
    expect(s.strict).toEqual({ precision: 100, recall: 100, f1: 100 });
    expect(s.relaxed).toEqual({ precision: 100, recall: 100, f1: 100 });
    expect([s.typeF1, s.valueF1]).toEqual([100, 100]);
    expect(s.errors).toEqual([]);
  });

  it('counts an overlapping extent as a relaxed match only', () => {
    // gold "the past week" [0,13), system "past week" [4,13)
    const s = scoreTimexes([{ id: 'd', gold: [span(0, 13, 'P1W')], system: [span(4, 13, 'P1W')] }]);
    expect(s.strictMatches).toBe(0);
    expect(s.relaxedMatches).toBe(1);
    expect(s.strict.f1).toBe(0);
    expect(s.relaxed.f1).toBe(100);
    expect(s.valueF1).toBe(100);
    expect(s.errors.map((e) => e.kind)).toEqual(['extent']);
  });

  it('uses each expression once: two gold inside one system span make one match and one miss', () => {
    // gold "Monday" and "Tuesday", system "Monday and Tuesday"
    const s = scoreTimexes([{ id: 'd', gold: [span(0, 6, 'a'), span(11, 18, 'b')], system: [span(0, 18, 'a')] }]);
    expect(s.relaxedMatches).toBe(1);
    expect(s.relaxed).toEqual({ precision: 100, recall: 50, f1: 66.67 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['extent', 'missed']);
  });

  it('prefers the identical extent when several system spans overlap a gold one', () => {
    const s = scoreTimexes([{ id: 'd', gold: [span(5, 10, 'v')], system: [span(0, 7, 'w'), span(5, 10, 'v')] }]);
    expect(s.strictMatches).toBe(1);
    expect(s.valueMatches).toBe(1);
    expect(s.errors.map((e) => e.kind)).toEqual(['spurious']);
  });

  it('computes attribute F1 as 2 × matches / (gold + system)', () => {
    const gold = [span(0, 5, 'a'), span(10, 15, 'b', 'DURATION'), span(20, 25, 'c')];
    const system = [span(0, 5, 'a'), span(10, 15, 'z', 'DATE'), span(30, 35, 'd')];
    const s = scoreTimexes([{ id: 'd', gold, system }]);
    expect(s.relaxedMatches).toBe(2);
    expect(s.typeMatches).toBe(1);
    expect(s.valueMatches).toBe(1);
    expect(s.typeF1).toBe(33.33); // 2·1 / 6
    expect(s.valueF1).toBe(33.33);
    expect(s.valueAccuracy).toBe(50);
    expect(s.relaxed).toEqual({ precision: 66.67, recall: 66.67, f1: 66.67 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious', 'type', 'value']);
  });

  it('does not let spans of different documents match each other', () => {
    const s = scoreTimexes([
      { id: 'a', gold: [span(0, 5)], system: [] },
      { id: 'b', gold: [], system: [span(0, 5)] },
    ]);
    expect(s.relaxedMatches).toBe(0);
    expect(s.relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores an empty run as zeros, not NaN', () => {
    const s = scoreTimexes([]);
    expect(s.relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.valueF1).toBe(0);
  });

  it('shows the expression in its context in the error listing', () => {
    const s = scoreTimexes([{ id: 'd', text: 'It fell on Friday, they said.', gold: [{ start: 11, end: 17, text: 'Friday', type: 'DATE', value: '1998-02-13' }], system: [] }]);
    expect(s.errors[0]).toMatchObject({ kind: 'missed', document: 'd', context: 'It fell on [Friday], they said.' });
  });
});

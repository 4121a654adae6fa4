import { describe, expect, it } from 'vitest';
import { explainErrors, phraseKey, valueForm } from '../../src/eval/explainErrors.js';
import { scoreTimexes, type ScoredSpan, type ScoringDocument } from '../../src/eval/scoreTimexes.js';

const span = (text: string, start: number, type: string, value: string): ScoredSpan => ({ text, start, end: start + text.length, type, value });

describe('explainErrors', () => {
  it('makes phrases and values general', () => {
    expect(phraseKey('last Friday')).toBe(phraseKey('last Monday'));
    expect(phraseKey('the 1990s,')).toBe('9999s');
    expect(phraseKey('Sept. 27')).toBe(phraseKey('Oct. 13'));
    expect(valueForm({ type: 'DATE', value: '1998-W33' })).toBe('DATE 9999-W99');
  });

  it("tells the corpus's own disagreements from the system's mistakes", () => {
    const docs: ScoringDocument[] = [
      // The gold tags "last week" as a week here and as WXX in the next document, and "now" here only.
      { id: 'a', gold: [span('last week', 0, 'DATE', '1998-W33'), span('now', 20, 'DATE', 'PRESENT_REF'), span('Friday', 40, 'DATE', '1998-08-14')], system: [span('last week', 0, 'DATE', '1998-W33'), span('now', 20, 'DATE', 'PRESENT_REF'), span('Friday', 40, 'DATE', '1998-08-07')] },
      { id: 'b', gold: [span('last week', 0, 'DATE', '1989-WXX'), span('soon', 30, 'DATE', 'FUTURE_REF')], system: [span('last week', 0, 'DATE', '1989-W43'), span('now', 20, 'DATE', 'PRESENT_REF'), span('two days', 50, 'DURATION', 'P2D'), span('soon', 60, 'DATE', 'FUTURE_REF')] },
      { id: 'c', gold: [span('the decade', 0, 'DATE', '199')], system: [span('the decade', 0, 'DURATION', 'P10Y')] },
    ];
    const scores = scoreTimexes(docs);
    expect(explainErrors(docs, scores.errors)).toEqual({
      valueGoldElsewhere: 1, // "last week" 1989-W43: the gold gives the week form in document a
      valueOtherDate: 1, // "Friday" a week off
      valueOther: 1, // "the decade" P10Y: the gold never gives it a duration
      spuriousTaggedElsewhere: 2, // "now" in b (tagged in a); "soon" at 60 in b (tagged at 30)
      spuriousNeverTagged: 1, // "two days"
      missedUntaggedElsewhere: 1, // "soon" at 30 is missed, and the system's "soon" at 60 is untagged
      missedOther: 0,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENPeriodCodeParser', () => {
  it('reads a bare code before a report\'s figure, "2Q15" and "1H 2016"', () => {
    expect(found("The company's Q2 results beat estimates; 2Q profit rose.", '2016-02-03')).toEqual([['Q2', '2015-Q2'], ['2Q', '2015-Q2']]);
    expect(found('It expects growth to accelerate in 1H 2016.', '2016-02-03')).toEqual([['1H 2016', '2016-H1']]);
    expect(found('Sales rose in 2Q15.', '2016-02-03')).toEqual([['2Q15', '2015-Q2']]);
    expect(found('Q1 cars sold well.')).toEqual([]);
    expect(found('He holds an H1 visa.')).toEqual([]);
  });

  it('reads quarter and half codes with their year, in every order news writes them', () => {
    expect(only('Exports rose in Q2 2024.')).toMatchObject({ text: 'Q2 2024', type: 'DATE', value: '2024-Q2', interval: { start: '2024-04-01', end: '2024-06-30', precision: 'quarter' } });
    expect(found('Growth slowed in H1 2024.')).toEqual([['H1 2024', '2024-H1']]);
    expect(found('the 2023 H2 results')).toEqual([['2023 H2', '2023-H2']]);
    expect(found('Profits fell in Q3 of 2023.')).toEqual([['Q3 of 2023', '2023-Q3']]);
    expect(found('The Q2-2024 figures are out.')).toEqual([['Q2-2024', '2024-Q2']]);
    expect(found("Sales in 2Q24 and Q1'25 beat forecasts.")).toEqual([['2Q24', '2024-Q2'], ["Q1'25", '2025-Q1']]);
  });

  it('takes "early", "mid" and "late" as the mod', () => {
    expect(only('Late Q3 2023 saw a dip.')).toMatchObject({ text: 'Late Q3 2023', value: '2023-Q3', mod: 'END' });
  });

  it('reads a bare quarter after a cue word by tense, like "the fourth quarter"', () => {
    expect(found('Revenue grew during Q4, the firm said.')).toEqual([['Q4', '2023-Q4']]);
    expect(found('The plant will open in Q3.')).toEqual([['Q3', '2024-Q3']]);
  });

  it('refuses codes that are no periods', () => {
    expect(found('The new Q1 cars are fast.')).toEqual([]);
    expect(found('He holds an H1 visa.')).toEqual([]);
    expect(found('H2 production plans were shelved.')).toEqual([]);
    expect(found('Lowercase q2 2024 is no code.')).toEqual([['2024', '2024']]);
    expect(found('The H1N1 virus and the Q7 model.')).toEqual([]);
    expect(found('He came 2Q in the race.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENOrdinalDayParser', () => {
  it('puts a day of an unstated month in the month the tense points to', () => {
    // Published Tuesday 14 May 2024.
    expect(only('The meeting was held on the 15th.')).toMatchObject({ text: 'the 15th', type: 'DATE', value: '2024-04-15', interval: { start: '2024-04-15', end: '2024-04-15', precision: 'day' } });
    expect(found('The vote will be held on the 15th.')).toEqual([['the 15th', '2024-05-15']]);
    expect(found('Parliament met on the 2nd and again on the 13th.')).toEqual([['the 2nd', '2024-05-02'], ['the 13th', '2024-05-13']]);
  });

  it('skips months too short for the day', () => {
    expect(found('The law took effect on the 31st.')).toEqual([['the 31st', '2024-03-31']]);
    expect(found('The ceasefire runs until the 31st.')).toEqual([['the 31st', '2024-05-31']]);
  });

  it('takes the month mentioned last, or the one it names', () => {
    expect(found('In March, the army withdrew. Talks resumed on the 15th.')).toEqual([['March', '2024-03'], ['the 15th', '2024-03-15']]);
    expect(found('Payments stop from the 1st of next month.')).toEqual([['the 1st of next month', '2024-06-01']]);
    expect(found('It began on the 3rd of last month.')).toEqual([['the 3rd of last month', '2024-04-03']]);
  });

  it('refuses ordinals that count something, and ordinals without a preposition', () => {
    expect(found('He lives on the 15th floor.')).toEqual([]);
    expect(found('They moved to the 20th place in the table.')).toEqual([]);
    expect(found('She finished the 2nd lap before the 3rd Infantry arrived.')).toEqual([]);
    expect(found('It was the 15th time he had tried.')).toEqual([]);
    expect(found('The bill passed on the 11st attempt.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENWeekOfMonthParser', () => {
  it('reads the nth week of a month as the ISO week holding its 4th, 11th, 18th or 25th', () => {
    expect(only('The launch is set for the first week of June.')).toMatchObject({ text: 'the first week of June', type: 'DATE', value: '2024-W23', interval: { start: '2024-06-03', end: '2024-06-09', precision: 'week' } });
    expect(found('In the second week of March 2025 the court sits.')).toEqual([['the second week of March 2025', '2025-W11']]);
  });

  it('reads the last week from the month’s length, a leap February too', () => {
    expect(found('Talks were held in the last week of April.')).toEqual([['the last week of April', '2024-W17']]);
    expect(found('in the last week of February 2024')).toEqual([['the last week of February 2024', '2024-W09']]);
    expect(found('in the last week of February 2023')).toEqual([['the last week of February 2023', '2023-W08']]);
  });

  it('leaves weeks of other things alone', () => {
    expect(found('The first week of the war was chaotic.')).toEqual([]);
    expect(found('in the first week of training')).toEqual([]);
  });
});

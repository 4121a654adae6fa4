import { describe, expect, it } from 'vitest';
import { nthWeekday } from '../../../../src/parse/temporal/nthWeekday.js';
import { found, only } from '../resolveHelpers.js';

describe('ENNthWeekdayParser', () => {
  it('reads a weekday counted in a month as that day, not as the nearest weekday and a month', () => {
    expect(only('The referendum will take place on the last Sunday of June.')).toMatchObject({ text: 'the last Sunday of June', type: 'DATE', value: '2024-06-30', interval: { start: '2024-06-30', end: '2024-06-30', precision: 'day' } });
    expect(found('The vote is on the first Monday in June.')).toEqual([['the first Monday in June', '2024-06-03']]);
    expect(found('on the 2nd Tuesday of July')).toEqual([['the 2nd Tuesday of July', '2024-07-09']]);
  });

  it('takes a stated year, and else the year the tense points to', () => {
    expect(only('The festival falls on the third Friday in September 2025.')).toMatchObject({ value: '2025-09-19', interval: { certainty: 'stated' } });
    expect(found('The elections were held on the first Sunday of March.')).toEqual([['the first Sunday of March', '2024-03-03']]);
    expect(found('The next one will be held on the first Sunday of March.', '2024-11-20')).toEqual([['the first Sunday of March', '2025-03-02']]);
    expect(found('The last one was held on the first Sunday of March.', '2024-11-20')).toEqual([['the first Sunday of March', '2024-03-03']]);
  });

  it('gives the last one for a fifth one the month lacks', () => {
    expect(found('on the fifth Friday of May 2024')).toEqual([['the fifth Friday of May 2024', '2024-05-31']]);
    expect(found('on the fifth Monday of June 2024')).toEqual([['the fifth Monday of June 2024', '2024-06-24']]);
  });

  it('leaves counted weekdays that are not of a month alone', () => {
    expect(found('It was his first Sunday in office.')).toEqual([['Sunday', '2024-05-12']]);
    expect(found('She met him last Sunday in Paris.')).toEqual([['last Sunday', '2024-05-12']]);
  });
});

describe('nthWeekday', () => {
  it('counts weekdays from the start of the month, or back from its end', () => {
    expect(nthWeekday(2024, 11, 4, 4).toISOString().slice(0, 10)).toBe('2024-11-28');
    expect(nthWeekday(2024, 6, 0, -1).toISOString().slice(0, 10)).toBe('2024-06-30');
    expect(nthWeekday(2024, 9, 1, 1).toISOString().slice(0, 10)).toBe('2024-09-02');
  });
});

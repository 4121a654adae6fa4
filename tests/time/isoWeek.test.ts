import { describe, expect, it } from 'vitest';
import { isoWeekOf, parseIsoWeek } from '../../src/time/isoWeek.js';

describe('parseIsoWeek', () => {
  it('gives Monday and Sunday of a week', () => {
    expect(parseIsoWeek('2024-W20')).toEqual({ id: '2024-W20', year: 2024, week: 20, start: '2024-05-13', end: '2024-05-19' });
  });
  it('handles weeks that straddle years', () => {
    expect(parseIsoWeek('2025-W01')).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    expect(parseIsoWeek('2020-W53')).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
  });
  it('refuses malformed weeks and weeks a year does not have', () => {
    expect(parseIsoWeek('2024-20')).toBeUndefined();
    expect(parseIsoWeek('2024-W54')).toBeUndefined();
    expect(parseIsoWeek('2021-W53')).toBeUndefined();
    expect(parseIsoWeek('2024-W00')).toBeUndefined();
  });
});

describe('isoWeekOf', () => {
  it('finds the week of a day', () => {
    expect(isoWeekOf('2024-05-14').id).toBe('2024-W20');
    expect(isoWeekOf('2024-05-19').id).toBe('2024-W20');
    expect(isoWeekOf('2024-05-20').id).toBe('2024-W21');
    expect(isoWeekOf('2021-01-01').id).toBe('2020-W53');
  });
});

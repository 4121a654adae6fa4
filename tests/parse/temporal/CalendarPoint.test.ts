import { UTCDate } from '@date-fns/utc';
import { describe, expect, it } from 'vitest';
import { formatPoint, pointContaining, pointInterval, shiftPoint } from '../../../src/parse/temporal/CalendarPoint.js';

describe('CalendarPoint', () => {
  it('formats TIMEX3 values at every granularity', () => {
    expect(formatPoint({ unit: 'century', century: 19 })).toBe('19');
    expect(formatPoint({ unit: 'decade', decade: 199 })).toBe('199');
    expect(formatPoint({ unit: 'half', year: 1998, half: 2 })).toBe('1998-H2');
    expect(formatPoint({ unit: 'quarter', year: 1998, quarter: 3 })).toBe('1998-Q3');
    expect(formatPoint({ unit: 'season', year: 1998, season: 'SU' })).toBe('1998-SU');
    expect(formatPoint({ unit: 'week', year: 2024, week: 5 })).toBe('2024-W05');
    expect(formatPoint({ unit: 'weekend', year: 2024, week: 20 })).toBe('2024-W20-WE');
    expect(formatPoint({ unit: 'day', year: 1998, month: 8, day: 7, partOfDay: 'NI' })).toBe('1998-08-07TNI');
    expect(formatPoint({ unit: 'day', year: 1998, month: 8, day: 7, time: '10:35' })).toBe('1998-08-07T10:35');
  });

  it('gives intervals: ISO weeks, winter across the new year, leap Februaries', () => {
    expect(pointInterval({ unit: 'week', year: 2024, week: 20 }, 'implied')).toMatchObject({ start: '2024-05-13', end: '2024-05-19', precision: 'week' });
    expect(pointInterval({ unit: 'week', year: 2021, week: 1 }, 'implied')).toMatchObject({ start: '2021-01-04', end: '2021-01-10' });
    expect(pointInterval({ unit: 'season', year: 2023, season: 'WI' }, 'implied')).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
    expect(pointInterval({ unit: 'weekend', year: 2024, week: 20 }, 'implied')).toMatchObject({ start: '2024-05-18', end: '2024-05-19' });
    expect(pointInterval({ unit: 'decade', decade: 199 }, 'stated')).toMatchObject({ start: '1990-01-01', end: '1999-12-31', certainty: 'stated' });
  });

  it('finds the point holding a day and shifts points by coarser units', () => {
    const day = new UTCDate(2024, 0, 14);
    expect(pointContaining(day, 'season')).toEqual({ unit: 'season', year: 2023, season: 'WI' });
    expect(pointContaining(new UTCDate(2021, 0, 2), 'week')).toEqual({ unit: 'week', year: 2020, week: 53 });
    expect(shiftPoint({ unit: 'quarter', year: 1998, quarter: 3 }, -1, 'year')).toEqual({ unit: 'quarter', year: 1997, quarter: 3 });
    expect(shiftPoint({ unit: 'quarter', year: 1998, quarter: 1 }, -1)).toEqual({ unit: 'quarter', year: 1997, quarter: 4 });
    expect(shiftPoint({ unit: 'season', year: 2023, season: 'WI' }, 1)).toEqual({ unit: 'season', year: 2024, season: 'SP' });
    expect(shiftPoint({ unit: 'weekend', year: 2024, week: 1 }, -1)).toEqual({ unit: 'weekend', year: 2023, week: 52 });
  });
});

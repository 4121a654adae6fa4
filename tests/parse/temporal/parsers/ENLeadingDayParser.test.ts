import { describe, expect, it } from 'vitest';
import { found, timexes } from '../resolveHelpers.js';

describe('ENLeadingDayParser', () => {
  it('gives the first day of a day-first pair the month and year of the second', () => {
    expect(found('Voting is on 20 and 21 June.')).toEqual([['20', '2024-06-20'], ['21 June', '2024-06-21']]);
    expect(found('Polls on 5 and 6 May 2025.')).toEqual([['5', '2025-05-05'], ['6 May 2025', '2025-05-06']]);
    expect(found('Talks on the 3rd or 4th of July.')).toEqual([['3rd', '2024-07-03'], ['4th of July', '2024-07-04']]);
  });

  it('makes "between 20 and 25 June" and two days in a row one span, and any other pair two days', () => {
    const between = timexes('The festival takes place between 20 and 25 June.');
    for (const t of between) expect(t).toMatchObject({ intervalRole: 'span', interval: { start: '2024-06-20', end: '2024-06-25' } });
    const row = timexes('Voting is on 20 and 21 June.');
    expect(row.map((t) => [t.value, t.interval?.start, t.interval?.end])).toEqual([['2024-06-20', '2024-06-20', '2024-06-21'], ['2024-06-21', '2024-06-20', '2024-06-21']]);
    const pair = timexes('Voting is on 7 and 9 June.');
    expect(pair.map((t) => [t.interval?.start, t.interval?.end])).toEqual([['2024-06-07', '2024-06-07'], ['2024-06-09', '2024-06-09']]);
    const monthFirst = timexes('Ministers meet in Prague on May 30 and 31 to prepare the summit.');
    expect(monthFirst.map((t) => [t.text, t.interval?.start, t.interval?.end])).toEqual([['May 30', '2024-05-30', '2024-05-31'], ['31', '2024-05-30', '2024-05-31']]);
  });

  it('refuses counts and a lower-case "may"', () => {
    expect(found('He scored 20 and 21 points in June.')).toEqual([['June', '2024-06']]);
    expect(found('Between 20 and 30 may attend.')).toEqual([]);
    expect(found('Version 3.20 and 21 June.').map(([t]) => t)).toEqual(['21 June']);
  });
});

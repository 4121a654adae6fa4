import { describe, expect, it } from 'vitest';
import { found, timexes } from '../resolveHelpers.js';

describe('ENLeadingDayParser', () => {
  it('gives the first day of a day-first pair the month and year of the second', () => {
    expect(found('Voting is on 20 and 21 June.')).toEqual([['20', '2024-06-20'], ['21 June', '2024-06-21']]);
    expect(found('Polls on 5 and 6 May 2025.')).toEqual([['5', '2025-05-05'], ['6 May 2025', '2025-05-06']]);
    expect(found('Talks on the 3rd or 4th of July.')).toEqual([['3rd', '2024-07-03'], ['4th of July', '2024-07-04']]);
  });

  it('makes "between 20 and 25 June" one span, and a plain pair two days', () => {
    const between = timexes('The festival takes place between 20 and 25 June.');
    for (const t of between) expect(t).toMatchObject({ intervalRole: 'span', interval: { start: '2024-06-20', end: '2024-06-25' } });
    const pair = timexes('Voting is on 20 and 21 June.');
    expect(pair.map((t) => [t.interval?.start, t.interval?.end])).toEqual([['2024-06-20', '2024-06-20'], ['2024-06-21', '2024-06-21']]);
  });

  it('refuses counts and a lower-case "may"', () => {
    expect(found('He scored 20 and 21 points in June.')).toEqual([['June', '2024-06']]);
    expect(found('Between 20 and 30 may attend.')).toEqual([]);
    expect(found('Version 3.20 and 21 June.').map(([t]) => t)).toEqual(['21 June']);
  });
});

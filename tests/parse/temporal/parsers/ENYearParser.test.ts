import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENYearParser', () => {
  it('reads years in digits and words, fiscal years and part words', () => {
    expect(only('The blast happened in 1998.')).toMatchObject({ value: '1998', interval: { start: '1998-01-01', end: '1998-12-31', precision: 'year', certainty: 'stated' } });
    expect(found('In fiscal 1989, it earned more.')).toEqual([['fiscal 1989', '1989']]);
    expect(found('the year 2000')).toEqual([['the year 2000', '2000']]);
    expect(found('in nineteen ninety-six')).toEqual([['nineteen ninety-six', '1996']]);
    expect(found('in the year two thousand')).toEqual([['the year two thousand', '2000']]);
    expect(only('in early 1991')).toMatchObject({ text: 'early 1991', value: '1991', mod: 'START' });
    expect(only('by mid-1996')).toMatchObject({ value: '1996', mod: 'MID' });
    expect(only('The deal expires at end-2024.')).toMatchObject({ text: 'end-2024', value: '2024', mod: 'END' });
    expect(only('Growth resumes by start-2025.')).toMatchObject({ text: 'start-2025', value: '2025', mod: 'START' });
    expect(only('They want to end 2024 with a surplus.')).toMatchObject({ text: '2024', value: '2024' });
    expect(only('They want to end 2024 with a surplus.').mod).toBeUndefined();
    expect(found('Results for FY2024 beat forecasts.')).toEqual([['FY2024', '2024']]);
    expect(found('FY24 revenue rose 8%, and FY’25 will be better.')).toEqual([['FY24', '2024'], ['FY’25', '2025']]);
    expect(found('the fy24 results of an FY24X engine')).toEqual([]);
    expect(found('It was founded in seventeen seventy-six.')).toEqual([['seventeen seventy-six', '1776']]);
    expect(only('by the end of 1990')).toMatchObject({ text: 'the end of 1990', value: '1990', mod: 'END' });
  });

  it('reads years before 1500 only after a word that introduces a year', () => {
    expect(found('Gregory XII resigned in 1415.')).toEqual([['1415', '1415']]);
    expect(found('Celestine V stepped down in 1294.')).toEqual([['1294', '1294']]);
    expect(found('He served from 1415 to 1417.')).toEqual([['1415', '1415'], ['1417', '1417']]);
    expect(found('It has 1200 members.')).toEqual([]);
    expect(found('Flight 1415 landed.')).toEqual([]);
  });

  it('splits a range into its two years, both carrying the whole span', () => {
    const r = found('the 1998-99 season');
    expect(r).toEqual([['1998', '1998'], ['99', '1999']]);
  });

  it('leaves "the start of" to the noun a year names ("the start of the 2022 invasion")', () => {
    expect(found('since the start of the 2022 invasion')).toEqual([['2022', '2022']]);
    expect(found('the start of the 1973 Yom Kippur War')).toEqual([['1973', '1973']]);
    expect(only('at the end of 2022')).toMatchObject({ text: 'the end of 2022', mod: 'END' });
  });

  it('refuses numbers that are not years', () => {
    expect(found('It cost $1990 to build.')).toEqual([]);
    expect(found('They sent 1990 troops.')).toEqual([]);
    expect(found('Prices rose 1990%.')).toEqual([]);
    expect(found('He lives at No. 1990 Main Street.')).toEqual([]);
    expect(found('The count reached 1,990 votes.')).toEqual([]);
    expect(found('Call 1990-4567 now.').filter(([t]) => t !== 'now')).toEqual([]);
    expect(found('The U.N. Security Council resolution 1701 ended the war.')).toEqual([]);
    expect(found('He lives at 1600 Pennsylvania Avenue, in the 1900 block of Main Street.')).toEqual([]);
    // A clock time, not a year (see ENFourDigitTimeParser).
    expect(found('at 1830 GMT')).toEqual([['1830 GMT', '2024-05-14T18:30']]);
  });

  it('reads a year by its last two digits after a word that introduces one', () => {
    expect(found("the shutdown in '95", '2013-03-06')).toEqual([["'95", '1995']]);
    expect(found("He graduated in '87 and joined the firm in '08.", '2013-03-06')).toEqual([["'87", '1987'], ["'08", '2008']]);
    expect(found("2023's heat waves were deadly.", '2024-05-14')).toEqual([['2023', '2023']]);
    expect(found("He said '95 percent' of it.", '2013-03-06')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found } from '../resolveHelpers.js';

const DCT = '1989-10-27';

describe('ENAnaphoricPeriodParser', () => {
  it('refers to the last completed quarter mentioned', () => {
    expect(found('Profit rose in the third quarter. Sales in the quarter grew, and the latest period was strong.', DCT)).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the quarter', '1989-Q3'],
      ['the latest period', '1989-Q3'],
    ]);
    expect(found('It posted a third-quarter loss, against a profit in the year-earlier period and in the year-ago quarter.', DCT)).toEqual([
      ['third-quarter', '1989-Q3'],
      ['the year-earlier period', '1988-Q3'],
      ['the year-ago quarter', '1988-Q3'],
    ]);
    expect(found('It posted a third-quarter loss, compared with year-earlier profit.', DCT)).toEqual([['third-quarter', '1989-Q3'], ['year-earlier', '1988-Q3']]);
    expect(found('It posted a third-quarter loss; in the 1988 period it earned more.', DCT)).toEqual([['third-quarter', '1989-Q3'], ['the 1988 period', '1988-Q3']]);
  });

  it('without a quarter mentioned, takes the last completed one', () => {
    expect(found('Sales in the quarter grew.', DCT)).toEqual([['the quarter', '1989-Q3']]);
  });

  it('refuses periods that are not reporting periods', () => {
    expect(found('the period of mourning', DCT)).toEqual([]);
    expect(found('during the period', DCT)).toEqual([]);
    expect(found('a quarter of the votes', DCT)).toEqual([]);
  });

  it('reads the period a year before in its compound forms', () => {
    expect(found('It lost $226 million in the third quarter. For the quarter a year ago, it earned $16 million.', DCT)).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the quarter a year ago', '1988-Q3'],
    ]);
    expect(found('It lost money in the third quarter, against a profit for the corresponding period last year and in last year\'s quarter.', DCT)).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the corresponding period last year', '1988-Q3'],
      ["last year's quarter", '1988-Q3'],
    ]);
    expect(found('Profit rose in the third quarter; in the comparable year-ago quarter it fell.', DCT)).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the comparable year-ago quarter', '1988-Q3'],
    ]);
  });

  it('compares "the first nine months" with the same months a year before, at year granularity', () => {
    expect(found('Net rose in the third quarter. In the first nine months, net was $306 million, against $195 million in the 1988 period. The year-ago results included a charge.', DCT)).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the first nine months', 'P9M'],
      ['the 1988 period', '1988'],
      ['year-ago', '1988'],
    ]);
    expect(found('In the nine months, net rose 6%, compared with a year earlier. In the quarter, it fell.', DCT)).toEqual([
      ['the nine months', 'P9M'],
      ['a year earlier', '1988'],
      ['the quarter', '1989-Q3'],
    ]);
  });

  it('keeps the quarter reported when an earlier one is mentioned in passing', () => {
    expect(found('Profit rose 20% in the third quarter. After a flat second quarter, sales grew; charges were lower than a year ago.', DCT)).toEqual([
      ['the third quarter', '1989-Q3'],
      ['second quarter', '1989-Q2'],
      ['a year ago', '1988-Q3'],
    ]);
  });

  it('takes a fiscal quarter a past-tense report names as the period, though the calendar one still runs', () => {
    expect(found('Ralston reported a 47% decline in fourth-quarter earnings, compared with $84.9 million a year earlier. Sales in the latest period rose.', DCT)).toEqual([
      ['fourth-quarter', '1989-Q4'],
      ['a year earlier', '1988-Q4'],
      ['the latest period', '1989-Q4'],
    ]);
    expect(found('It expects fourth-quarter earnings to rise. Sales in the latest period rose.', DCT)).toEqual([['fourth-quarter', '1989-Q4'], ['the latest period', '1989-Q3']]);
  });
  it('lets a bare "the quarter" anchor "a year earlier" and "the previous quarter"', () => {
    expect(found('The company lost money in the quarter, compared with a profit a year earlier.', '2013-03-22')).toEqual([['the quarter', '2012-Q4'], ['a year earlier', '2011-Q4']]);
    expect(found('It lost money in the quarter, and revenue fell 5 percent from the previous quarter.', '2013-03-22')).toEqual([['the quarter', '2012-Q4'], ['the previous quarter', '2012-Q3']]);
  });

  it('reads "the prior-year quarter" and "the prior-year period" as the year-ago ones', () => {
    expect(found('Profit fell in the fourth quarter. Margin was 4%, against 5.2% in the prior-year quarter.', '2013-03-20').at(-1)).toEqual(['the prior-year quarter', '2011-Q4']);
    expect(found('Sales rose in the third quarter, against the prior-year period.', '2013-11-20').at(-1)).toEqual(['the prior-year period', '2012-Q3']);
    expect(found('Sales rose in the prior quarter.', '2013-03-20')).toEqual([['the prior quarter', '2012-Q4']]);
    // The quarter before is the one before the quarter reported on, not before the year-ago one.
    expect(found('Revenue rose 5% from the year-ago quarter and 3% from the previous quarter.', '2015-07-22')).toEqual([['the year-ago quarter', '2014-Q2'], ['the previous quarter', '2015-Q1']]);
  });
});

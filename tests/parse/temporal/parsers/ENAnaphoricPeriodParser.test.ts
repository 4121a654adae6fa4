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
});

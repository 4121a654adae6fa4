import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENMonthRangeParser', () => {
  it('reads a quarter or half named by its months', () => {
    expect(only('GDP grew 0.5% in the January-March period.', '2013-05-20')).toMatchObject({ text: 'the January-March period', type: 'DATE', value: '2013-Q1', interval: { start: '2013-01-01', end: '2013-03-31' } });
    expect(found('in July-September', '2013-05-20')).toEqual([['July-September', '2012-Q3']]);
    expect(found('the October-December quarter of 2012', '2013-05-20')).toEqual([['the October-December quarter of 2012', '2012-Q4']]);
    expect(found('in the January-June period', '2013-08-20')).toEqual([['the January-June period', '2013-H1']]);
  });

  it('reads a quarter named by its last month ("the September quarter")', () => {
    expect(found('Profit fell in the September quarter.', '2024-10-30')).toEqual([['the September quarter', '2024-Q3']]);
  });

  it('anchors "the previous quarter" on it', () => {
    expect(found('GDP grew 0.5% in the April-June period from the previous quarter.', '2013-08-12')).toEqual([['the April-June period', '2013-Q2'], ['the previous quarter', '2013-Q1']]);
  });

  it('leaves other pairs of months alone', () => {
    expect(found('May-June output rose.', '2013-08-12')).toEqual([]);
    expect(found('the March-May period', '2013-08-12')).toEqual([]);
  });
});

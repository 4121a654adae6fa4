import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENCasualDayParser', () => {
  it('reads days around the publication with parts of the day', () => {
    expect(found('today')).toEqual([['today', '2024-05-14']]);
    expect(found('yesterday')).toEqual([['yesterday', '2024-05-13']]);
    expect(found('tomorrow')).toEqual([['tomorrow', '2024-05-15']]);
    expect(only('tonight')).toMatchObject({ type: 'TIME', value: '2024-05-14TNI' });
    expect(only('last night')).toMatchObject({ value: '2024-05-13TNI' });
    expect(only('this morning')).toMatchObject({ value: '2024-05-14TMO' });
    expect(only('yesterday afternoon')).toMatchObject({ value: '2024-05-13TAF' });
    expect(only('late yesterday')).toMatchObject({ text: 'late yesterday', value: '2024-05-13', mod: 'END' });
    expect(only('Stocks fell overnight.')).toMatchObject({ value: '2024-05-14TNI' });
  });

  it('uses the article zone for the day', () => {
    const late = new Date('2024-05-14T23:30:00Z');
    expect(found('It ends tomorrow.', late, 'Asia/Shanghai')).toEqual([['tomorrow', '2024-05-16']]);
    expect(found('It ends tomorrow.', late, 'America/New_York')).toEqual([['tomorrow', '2024-05-15']]);
  });

  it('refuses "today\'s world" and "an overnight stay"', () => {
    expect(found("in today's world")).toEqual([]);
    expect(found('an overnight stay')).toEqual([]);
  });
});

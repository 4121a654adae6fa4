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

  it('reads a part of the day before its day, and alone after a preposition as the day of the story', () => {
    expect(only('Shares were up at mid-afternoon yesterday.')).toMatchObject({ text: 'mid-afternoon yesterday', type: 'TIME', value: '2024-05-13TAF', mod: 'MID' });
    expect(only('By mid afternoon, the operation was over.')).toMatchObject({ text: 'mid afternoon', value: '2024-05-14TAF' });
    // The day mentioned last, not the publication day.
    expect(found('Prices fell on Friday. Dealers placed orders in the morning to start trading.')).toEqual([
      ['Friday', '2024-05-10'],
      ['the morning', '2024-05-10TMO'],
    ]);
    expect(only('He will leave at 4 in the morning.')).toMatchObject({ text: '4 in the morning', type: 'TIME', value: '2024-05-14T04:00' });
    expect(only('The vote is at 9 in the evening.')).toMatchObject({ value: '2024-05-14T21:00' });
  });

  it('leaves a part of the day that names no time of the story', () => {
    expect(found('Good evening from Havana.')).toEqual([]);
    expect(found("He spoke on the TV's morning talk show.")).toEqual([]);
    expect(found('Shares rose in the morning session.')).toEqual([]);
    expect(found('She reads the morning papers.')).toEqual([]);
    expect(found('The morning was cold.')).toEqual([]);
    // "the morning of May 10" is of the day that follows, not of the story's day.
    expect(found('He was shot on the morning of May 10.')).toEqual([['May 10', '2024-05-10']]);
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

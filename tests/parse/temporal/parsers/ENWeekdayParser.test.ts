import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENWeekdayParser', () => {
  it('decides the week by tense and cues, not by the closest day', () => {
    expect(only('Mr Putin will meet Mr Xi on Thursday.').value).toBe('2024-05-16');
    expect(only('Mr Putin met Mr Xi on Thursday.').value).toBe('2024-05-09');
    expect(only('The talks come just days ahead of Monday’s inauguration.').value).toBe('2024-05-20');
    expect(only('The ministry said on Monday that talks were over.').value).toBe('2024-05-13');
    expect(only('The vote is scheduled for Friday.').value).toBe('2024-05-17');
    expect(only('Officials are due to arrive on Friday.').value).toBe('2024-05-17');
    expect(only('They extended the deadline until Friday.').value).toBe('2024-05-17');
  });

  it('takes the publication day itself for its own weekday in a report', () => {
    expect(only('The convention voted Tuesday to make Australia a republic.').value).toBe('2024-05-14');
  });

  it('reads last/next/this and parts of the day', () => {
    expect(found('last Friday')).toEqual([['last Friday', '2024-05-10']]);
    expect(found('next Tuesday')).toEqual([['next Tuesday', '2024-05-21']]);
    expect(found('this Wednesday')).toEqual([['this Wednesday', '2024-05-15']]);
    expect(only('They rallied on Friday night.')).toMatchObject({ text: 'Friday night', type: 'TIME', value: '2024-05-10TNI' });
    expect(only('He left early Monday.')).toMatchObject({ value: '2024-05-13', mod: 'START' });
    expect(only('Late on Monday, the army withdrew.')).toMatchObject({ text: 'Late on Monday', value: '2024-05-13', mod: 'END' });
    expect(only('Early on Tuesday drones struck.')).toMatchObject({ text: 'Early on Tuesday', value: '2024-05-14', mod: 'START' });
    expect(only('The talks went on Monday.')).toMatchObject({ text: 'Monday' });
  });

  it('merges a weekday with a date or a clock time', () => {
    expect(found('The Times said on Monday, Oct. 26, 1998 that it would.')).toEqual([['Monday, Oct. 26, 1998', '1998-10-26']]);
    expect(only('They broke off talks at noon Thursday.')).toMatchObject({ text: 'noon Thursday', type: 'TIME', value: '2024-05-09T12:00' });
    expect(only('The deadline was extended until 9 a.m. Tuesday.')).toMatchObject({ value: '2024-05-14T09:00' });
  });

  it('reads plurals as recurring days', () => {
    expect(only('Flights leave on Tuesdays.')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-2' });
  });

  it('refuses newspapers, historic days and the verb "sat"', () => {
    expect(found('the Sunday Times reported')).toEqual([]);
    expect(found('on Bloody Sunday')).toEqual([]);
    expect(found('They sat. Then they left.')).toEqual([]);
  });

  it('reads "the previous Friday" next to the day mentioned before', () => {
    expect(found('The index fell 1.2% on Friday, Oct. 27, 1989, and 4.5% from the previous Friday.')).toEqual([['Friday, Oct. 27, 1989', '1989-10-27'], ['the previous Friday', '1989-10-20']]);
    expect(found('They met on the following Monday.')).toEqual([['the following Monday', '2024-05-20']]);
  });

  it('reads a plural part of the day as recurring', () => {
    expect(only('Flights leave Bombay on Tuesday nights.')).toMatchObject({ text: 'Tuesday nights', type: 'SET', value: 'XXXX-WXX-2TNI' });
  });

  it('resolves a past-tense weekday on the publication\'s own weekday to that day, not a week before', () => {
    expect(only('The minister said on Tuesday that talks were over.').value).toBe('2024-05-14');
    expect(only('Wang Wenbin said on Wednesday that the leaders would exchange views.', '2024-05-15', 'Asia/Shanghai').value).toBe('2024-05-15');
    expect(only('Officials said Tuesday the plan had failed.').value).toBe('2024-05-14');
  });

  it('reads a possessive weekday by what follows it, not by a modal before it', () => {
    // Thursday 16 May: "Wednesday's ruling" is the one just made, not next week's.
    expect(only('The family said they would look for ways to get around Wednesday’s ruling by the court.', '2024-05-16').value).toBe('2024-05-15');
    expect(only('The family would appeal Wednesday’s ruling.', '2024-05-16').value).toBe('2024-05-15');
  });

  it('reads "by the Tuesday deadline", "before Friday\'s purchases" by their clause, not as deadlines ahead', () => {
    // Published on Thursday 16 May 2024.
    expect(found('Sony completed its offer, with 99% of shares tendered by the Tuesday deadline.', '2024-05-16')).toEqual([['Tuesday', '2024-05-14']]);
    expect(found("Nestle's share of 7% before Friday's purchases is far below its rivals'.", '2024-05-16')).toEqual([['Friday', '2024-05-10']]);
    expect(found('Sony must complete its offer by Tuesday.', '2024-05-16')).toEqual([['Tuesday', '2024-05-21']]);
  });

  it('reads "Monday and Tuesday nights" as two recurring nights', () => {
    expect(found('Two new flights will leave on Monday and Tuesday nights.')).toEqual([['Monday', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'XXXX-WXX-2TNI']]);
    expect(found('They met on Monday and Tuesday.')).toEqual([['Monday', '2024-05-13'], ['Tuesday', '2024-05-14']]);
  });

  it('reads "overnight Monday" as Monday\'s night', () => {
    expect(found('Clashes erupted overnight Monday in the city.', '2013-03-06')).toEqual([['overnight Monday', '2013-03-04TNI']]);
    expect(found('Fighting raged overnight Tuesday into Wednesday.', '2013-03-06')[0]).toEqual(['overnight Tuesday', '2013-03-05TNI']);
    expect(found('Troops moved in the pre-dawn hours of Tuesday.', '2013-03-06')).toEqual([['Tuesday', '2013-03-05']]);
  });
});

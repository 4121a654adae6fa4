import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENPartOfYearParser', () => {
  it('reads quarters and halves, with or without their year', () => {
    expect(only('in the third quarter of 1998')).toMatchObject({ value: '1998-Q3', interval: { start: '1998-07-01', end: '1998-09-30', precision: 'quarter' } });
    expect(found('posted a third-quarter loss', '1989-11-02')).toEqual([['third-quarter', '1989-Q3']]);
    expect(found('in the fiscal first quarter', '1989-10-27')).toEqual([['the fiscal first quarter', '1989-Q1']]);
    expect(found('expects fourth-quarter earnings to rise', '1989-11-02')).toEqual([['fourth-quarter', '1989-Q4']]);
    expect(found('in the first half of 1990')).toEqual([['the first half of 1990', '1990-H1']]);
    expect(found('the last half of 1989')).toEqual([['the last half of 1989', '1989-H2']]);
    expect(found('the first two quarters of 1990')).toEqual([['the first two quarters of 1990', '1990-H1']]);
    expect(found("last year's third quarter")).toEqual([["last year's third quarter", '2023-Q3']]);
  });

  it('reads "of the year" as one expression, of the year in focus', () => {
    // Nothing mentioned before: the publication's year (reference 14 May 2024), whatever the tense.
    expect(found('Sales rose in the first half of the year.')).toEqual([['the first half of the year', '2024-H1']]);
    expect(found('Profit will fall in the fourth quarter of the year.')).toEqual([['the fourth quarter of the year', '2024-Q4']]);
    // The year of the time mentioned last.
    expect(found('In 1998, sales rose in the first half of the year.')).toEqual([['1998', '1998'], ['the first half of the year', '1998-H1']]);
    expect(found('Profit fell in 2001; in the fourth quarter of that year it rose.')).toEqual([['2001', '2001'], ['the fourth quarter of that year', '2001-Q4']]);
    // Not a year: no year in focus is read.
    expect(found('in the first half of the match')).toEqual([]);
  });

  it('leaves "the" out of a hyphenated adjective and in "the third quarter"', () => {
    expect(found('In the third-quarter results, the fiscal second-quarter and the third quarter.', '1989-10-30')).toEqual([
      ['third-quarter', '1989-Q3'], ['fiscal second-quarter', '1989-Q2'], ['the third quarter', '1989-Q3'],
    ]);
  });

  it('reads seasons and year-end', () => {
    expect(found('in the summer of 1998')).toEqual([['the summer of 1998', '1998-SU']]);
    expect(only('in the winter of nineteen ninety-four')).toMatchObject({ value: '1994-WI', interval: { start: '1994-12-01', end: '1995-02-28' } });
    expect(found('The strike began in the fall.')).toEqual([['the fall', '2023-FA']]);
    expect(only('by year-end')).toMatchObject({ value: '2024', mod: 'END' });
  });

  it('refuses sports halves and the verbs "fall" and "spring"', () => {
    expect(found('in the first half of the game')).toEqual([]);
    expect(found('Prices fall as demand weakens.')).toEqual([]);
    // "the fall" as the subject of its verb is a decline; in or during "the fall" a season.
    expect(found('The fall was largely due to a drop in air fares.')).toEqual([]);
    expect(found('Analysts said the fall would not last.')).toEqual([]);
    expect(found('The fall reflected lower petrol prices.')).toEqual([]);
    expect(found('Talks will resume in the fall.')).toEqual([['the fall', '2024-FA']]);
    // "the first half of September" is no half of a year.
    expect(found('Arrivals rose in the first half of September.', '2019-09-27')).toEqual([['September', '2019-09']]);
    // The verb before a year: "is expected to fall this year".
    expect(found('Borrowing is expected to fall this year.')).toEqual([['this year', '2024']]);
    expect(found('The deficit will fall next year.')).toEqual([['next year', '2025']]);
    expect(found('It will be done in the fall of this year.')).toEqual([['the fall of this year', '2024-FA']]);
    // Names: "the autumn statement", "the Mid-Autumn Festival".
    expect(found('Osborne predicted it in the autumn statement.')).toEqual([]);
    expect(found('Sales rose ahead of the Mid-Autumn Festival.')).toEqual([]);
    // Kinds of storm and camp: "a winter storm warning", "spring training".
    expect(found('A winter storm warning is in effect.')).toEqual([]);
    expect(found('He reported to spring training.')).toEqual([]);
    expect(found('The storm hit this winter.', '2019-01-29')).toEqual([['this winter', '2018-WI']]);
    expect(found('the fall of the Berlin Wall')).toEqual([]);
    expect(found('new shops spring up everywhere')).toEqual([]);
  });

  it("reads \"year's end\" as year-end", () => {
    expect(only("should be in place by year's end")).toMatchObject({ text: "year's end", value: '2024', mod: 'END' });
  });
  it('leaves the quarters and halves of a game alone, not those of a business', () => {
    expect(found('The Ravens led 28-6 in the third quarter before a power outage.')).toEqual([]);
    expect(found('Curry hit a 3-pointer with 2:14 left in the third quarter.')).toEqual([]);
    expect(found('Douglas left in the second quarter with a shoulder injury.')).toEqual([]);
    expect(found('Sproles scored in the first quarter and again early in the second half.')).toEqual([]);
    expect(found('Marshall tied the game with a 39-yard pass in the fourth quarter.')).toEqual([]);
    expect(found('Brady threw three touchdown passes in the first half.')).toEqual([]);
    expect(found('Messi scored twice in the second half.')).toEqual([]);
    expect(found('The company scored a record profit in the third quarter.').map(([t]) => t)).toEqual(['the third quarter']);
    expect(found('Profit rose 10-15 percent in the second half.').map(([t]) => t)).toEqual(['the second half']);
  });
  it('reads "of fiscal year 2025" as the year of the quarter', () => {
    expect(found('Revenue rose in the first quarter of fiscal year 2025.')).toEqual([['the first quarter of fiscal year 2025', '2025-Q1']]);
  });

  it('reads a year\'s end told in the past as the last one, and a goal "by year-end" as this one', () => {
    expect(found('The bank had $4 billion in cash at year-end.', '2013-03-15')).toEqual([['year-end', '2012']]);
    expect(found('Debt stood at $2 billion at the end of the year.', '2013-03-15')).toEqual([['the end of the year', '2012']]);
    expect(found('The company expects to hire 500 people by year-end.', '2013-03-15')).toEqual([['year-end', '2013']]);
    expect(found('It cut inventories, leaving it near its goal of a cut by the end of the year.', '2013-03-15')).toEqual([['the end of the year', '2013']]);
    expect(found('The plant will close at the end of the year.', '2013-03-15')).toEqual([['the end of the year', '2013']]);
  });

  it('leaves the season of "the 2008 Summer Olympics" out, its year in', () => {
    expect(found('He won gold at the 2008 Summer Olympics.', '2013-03-20')).toEqual([['2008', '2008']]);
  });
});

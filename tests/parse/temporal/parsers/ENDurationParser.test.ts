import { describe, expect, it } from 'vitest';
import { found, only, timexes } from '../resolveHelpers.js';

describe('ENDurationParser', () => {
  it('reads numbers in words and digits, hyphenated adjectives and vague amounts', () => {
    expect(found('a two-day state visit')).toEqual([['two-day', 'P2D']]);
    expect(found('after a five-day visit')).toEqual([['five-day', 'P5D']]);
    expect(found('within 48 hours of the vote')).toEqual([['48 hours', 'PT48H']]);
    expect(found('for a fortnight')).toEqual([['a fortnight', 'P2W']]);
    expect(found('for a few weeks')).toEqual([['a few weeks', 'PXW']]);
    expect(found('in recent months')).toEqual([['recent months', 'PXM']]);
    expect(found('over the past three months')).toEqual([['the past three months', 'P3M']]);
    expect(found('A deal could come within days.')).toEqual([['days', 'PXD']]);
    expect(found('It lasted for days.')).toEqual([['days', 'PXD']]);
    // "in the days before the slaying" names a time (a date in TimeML); "one day he will" is no duration.
    expect(found('in the days before the slaying')).toEqual([]);
    expect(found('One day he will return.')).toEqual([]);
    expect(found('over the past week')).toEqual([['the past week', 'P1W']]);
    expect(found('in the first nine months')).toEqual([['the first nine months', 'P9M']]);
    expect(found('for twenty-five years')).toEqual([['twenty-five years', 'P25Y']]);
    expect(found('after several quarters of losses')).toEqual([['several quarters', 'PXQ']]);
    expect(found('for years')).toEqual([['years', 'PXY']]);
  });

  it('reads bare plurals before "of" and "away", and alternatives as one ("weeks or months")', () => {
    expect(found('Weeks of tension have rattled markets.')).toEqual([['Weeks', 'PXW']]);
    expect(found('It capped years of fighting.')).toEqual([['years', 'PXY']]);
    expect(found('Iran could be months away from a bomb.')).toEqual([['months', 'PXM']]);
    expect(found('He died within weeks or months of his capture.')).toEqual([['weeks or months', 'PXW']]);
    expect(found('It could drag on for weeks or even months.')).toEqual([['weeks or even months', 'PXW']]);
    // Not a day's hours, nor the days of the week.
    expect(found('He was arrested in the early hours of Thursday.').map(([t]) => t)).toEqual(['Thursday']);
    expect(found('The days of the week are named.')).toEqual([]);
  });

  it('refuses idioms and meeting minutes, and reads four-digit hours as counts unless a clock time', () => {
    expect(found('He left it to the last minute.')).toEqual([]);
    expect(found('Minutes of the meeting showed a split.')).toEqual([]);
    expect(found('Over the last hour, it rose.')).toEqual([['the last hour', 'PT1H']]);
    expect(found('He did 1500 hours of community service.')).toEqual([['1500 hours', 'PT1500H']]);
    expect(found('A second blast came at 0850 hours.')).toEqual([['0850 hours', '2024-05-14T08:50']]);
  });

  it('reads "could last months", "delayed by a day", "last one day"; not "hopes one day to"', () => {
    expect(found('Analysts say the war could last months, if not years.')).toEqual([['months', 'PXM']]);
    expect(found('Its start was delayed by a day.')).toEqual([['a day', 'P1D']]);
    expect(found('The truce can be extended by one day.')).toEqual([['one day', 'P1D']]);
    expect(found('He hopes one day to return home.')).toEqual([]);
    expect(found('It takes one to two days.')).toEqual([['one to two days', 'P1D']]);
  });

  it('adds half of a decade in years ("a decade and a half" is P15Y)', () => {
    expect(found('It lasted a decade and a half.')).toEqual([['a decade and a half', 'P15Y']]);
    expect(found('It lasted two and a half years.')).toEqual([['two and a half years', 'P2Y6M']]);
  });

  it('reads a range of counts as one duration from its lower end ("two to three weeks", as TempEval-3)', () => {
    const m = (text: string) => timexes(text).map((t) => [t.text, t.value, t.mod]);
    expect(m('It could be listed in the next two to three years.')).toEqual([['the next two to three years', 'P2Y', 'EQUAL_OR_MORE']]);
    expect(m('Symptoms resolved within four to 12 weeks.')).toEqual([['four to 12 weeks', 'P4W', 'EQUAL_OR_MORE']]);
    expect(m('The trial lasted two or three days.')).toEqual([['two or three days', 'P2D', 'EQUAL_OR_MORE']]);
    // Not before "ago", and not from a year.
    expect(m('It rose from 5 to 10 years ago.')).toEqual([['10 years ago', '2014', undefined]]);
    expect(m('From 2014 to three years later.').map(([t]) => t)).not.toContain('2014 to three years');
  });

  it('reads a number with thousands separators whole, never the digits after the comma', () => {
    expect(found('after 1,000 days in office')).toEqual([['1,000 days', 'P1000D']]);
    expect(found('It took 12,000 hours of work.')).toEqual([['12,000 hours', 'PT12000H']]);
    expect(found('It rose 2.5 percent in 3 years.')).toEqual([['3 years', 'P3Y']]);
  });

  it('writes decades and centuries in years, halves in the next unit', () => {
    expect(found('for two decades')).toEqual([['two decades', 'P20Y']]);
    expect(found('for more than a century')).toEqual([['more than a century', 'P100Y']]);
    expect(only('about 5 1/2 hours')).toMatchObject({ text: '5 1/2 hours', value: 'PT5H30M', mod: 'APPROX' });
    expect(found('a minute and a half later')).toEqual([['a minute and a half', 'PT1M30S']]);
    expect(found('2 1/2 years')).toEqual([['2 1/2 years', 'P2Y6M']]);
  });

  it('keeps the modifier in the extent and as TimeML mod', () => {
    expect(only('nearly forty years of rule')).toMatchObject({ text: 'nearly forty years', value: 'P40Y', mod: 'EQUAL_OR_LESS' });
    expect(only('up to 180 days in jail')).toMatchObject({ value: 'P180D', mod: 'EQUAL_OR_LESS' });
    expect(only('more than a decade')).toMatchObject({ value: 'P10Y', mod: 'MORE_THAN' });
    expect(only('for about a couple of years')).toMatchObject({ value: 'P2Y', mod: 'APPROX' });
    expect(only('It lasted over three weeks.')).toMatchObject({ value: 'P3W', mod: 'MORE_THAN' });
    expect(only('for at least the past 18 months')).toMatchObject({ text: 'at least the past 18 months', value: 'P18M', mod: 'EQUAL_OR_MORE' });
  });

  it('leaves "the" out of a hyphenated adjective, and in "the nine months"', () => {
    expect(found('He went on the two-week trip; the 10-day truce held.')).toEqual([['two-week', 'P2W'], ['10-day', 'P10D']]);
    expect(found('Net for the nine months rose.')).toEqual([['the nine months', 'P9M']]);
  });

  it('keeps "over" meaning "more than" in the extent, and "only", "just", "barely" out of it', () => {
    expect(found('It took only five hours and just a few minutes.')).toEqual([['five hours', 'PT5H'], ['a few minutes', 'PTXM']]);
    expect(only('It lasted just over an hour.')).toMatchObject({ text: 'over an hour', value: 'PT1H', mod: 'MORE_THAN' });
    expect(only('He was jailed for over 10 years.')).toMatchObject({ text: 'over 10 years', mod: 'MORE_THAN' });
    expect(only('It took over a year.')).toMatchObject({ text: 'over a year', mod: 'MORE_THAN' });
    expect(found('It was just a decade ago.', '1999-03-12')).toEqual([['a decade ago', '1989']]);
  });

  it('reads "over N units" after an amount or a verb of change as during them: no bound, "over" outside', () => {
    // TempEval-3: "can be used over [three years]", "has evolved over [several years]".
    expect(only('The plan would cut $1.2 trillion over 10 years.')).toEqual(expect.objectContaining({ text: '10 years', value: 'P10Y' }));
    expect(only('The plan would cut $1.2 trillion over 10 years.').mod).toBeUndefined();
    expect(only('Prices rose over three weeks.')).toMatchObject({ text: 'three weeks', value: 'P3W' });
    expect(only('The rally was held over two days.').mod).toBeUndefined();
  });

  it('reads "half a" unit, and a vague "years-long" without its article', () => {
    expect(found('It lasted half an hour, half a day, half a century.')).toEqual([['half an hour', 'PT30M'], ['half a day', 'PT12H'], ['half a century', 'P50Y']]);
    expect(found('a years-long dispute and a days-long siege')).toEqual([['years-long', 'PXY'], ['days-long', 'PXD']]);
    expect(found('A decade-long war ended.')).toEqual([['decade-long', 'P10Y']]);
    expect(found('a yearlong investigation and the weeklong festival')).toEqual([['yearlong', 'P1Y'], ['weeklong', 'P1W']]);
  });

  it('reads "over the past week" as during it, with no bound', () => {
    const t = only('Over the past week, prices rose.');
    expect(t).toMatchObject({ text: 'the past week', type: 'DURATION', value: 'P1W' });
    expect(t.mod).toBeUndefined();
    expect(only('Under the last three governments… no, under the past two years of rule.').mod).toBeUndefined();
  });

  it('dates the start of a thing that is "now two-year-old", not of a person', () => {
    const t = only('its now two-year-old campaign of conquest');
    expect(t).toMatchObject({ text: 'two-year-old', value: 'P2Y', intervalRole: 'start' });
    expect(t.interval).toMatchObject({ start: '2022-01-01', end: '2022-12-31', precision: 'year', approximate: true });
    expect(only('the eight-month-old truce')).toMatchObject({ value: 'P8M', intervalRole: 'start' });
  });

  it('refuses ages of people, ordinals, fractions, titles and "one day"', () => {
    expect(found('a 44-year-old protester')).toEqual([]);
    expect(found('the 6-year-old boy')).toEqual([]);
    expect(found('he was 52 years old')).toEqual([]);
    expect(found('it would be a second betrayal')).toEqual([]);
    expect(found('Iraq imports three-quarters of its food')).toEqual([]);
    expect(found("Gonzalez said on CBS's ''60 Minutes.''")).toEqual([]);
    expect(found('One day he will return.')).toEqual([]);
  });

  it('reads hyphenated halves ("a four-and-a-half-year high") and "about the next" without an estimate', () => {
    expect(only('Prices hit a four-and-a-half-year high.')).toMatchObject({ text: 'four-and-a-half-year', value: 'P4Y6M' });
    expect(only('their highest in five-and-a-half years')).toMatchObject({ text: 'five-and-a-half years', value: 'P5Y6M' });
    expect(only('a two-and-a-half-hour meeting')).toMatchObject({ value: 'PT2H30M' });
    const t = only('Shareholders are optimistic about the next 12 months.');
    expect(t).toMatchObject({ text: 'the next 12 months', value: 'P12M' });
    expect(t.mod).toBeUndefined();
    expect(only('He was jailed for about three years.')).toMatchObject({ text: 'three years', mod: 'APPROX' });
  });

  it('refuses "the minutes" of a meeting, not the minutes before a crash', () => {
    expect(found("The yield rose after the minutes of the Fed's January meeting were released.", '2013-03-20')).toEqual([['January', '2013-01']]);
    expect(found('Bonds fell after the minutes were released.')).toEqual([]);
    expect(found('In the minutes before the crash, the pilot radioed for help.')).toEqual([['minutes', 'PTXM']]);
  });

  it('reads the ages of revolts and governments, and "the weeks ahead" whole', () => {
    expect(found('The 23-month-old revolt goes on.')).toEqual([['23-month-old', 'P23M']]);
    expect(found("Morsi's nine-month-old government")).toEqual([['nine-month-old', 'P9M']]);
    expect(found('their entry into the 50-year-old alliance')).toEqual([]);
    expect(found('Diplomats expect a deal in the weeks ahead.')).toEqual([['the weeks ahead', 'PXW']]);
    expect(found('The talks will resume in the days ahead.')).toEqual([['the days ahead', 'PXD']]);
    expect(found('There are difficult months ahead.')).toEqual([['months ahead', 'PXM']]);
    expect(found('The talks come just days ahead of Monday\'s inauguration.').map((t) => t[0])).toEqual(['Monday']);
  });

  it('reads "another month" and "the next fortnight" as durations, "the first fortnight of" as none', () => {
    expect(found('The trial is expected to last at least another month.')).toEqual([['at least another month', 'P1M']]);
    expect(found('Snow will stay for another fortnight.')).toEqual([['another fortnight', 'P2W']]);
    expect(found('over the next fortnight')).toEqual([['the next fortnight', 'P2W']]);
    expect(found('another day in court')).toEqual([]);
    expect(found('the first fortnight of December', '2013-03-06')).toEqual([['December', '2012-12']]);
  });
});

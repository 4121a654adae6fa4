import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENSetParser', () => {
  it('reads recurring times', () => {
    expect(only('The index is published daily.')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(found('Revenue grows 20% annually.')).toEqual([['annually', 'P1Y']]);
    expect(only('every week')).toMatchObject({ value: 'P1W', quant: 'EVERY' });
    expect(only('each year')).toMatchObject({ value: 'P1Y', quant: 'EACH' });
    expect(found('every two weeks')).toEqual([['every two weeks', 'P2W']]);
    expect(found('every Sunday')).toEqual([['every Sunday', 'XXXX-WXX-7']]);
    expect(found('every summer')).toEqual([['every summer', 'XXXX-SU']]);
    expect(found('every morning')).toEqual([['every morning', 'XXXX-XX-XXTMO']]);
    expect(only('They meet twice a week.')).toMatchObject({ text: 'twice a week', value: 'P1W', freq: '2X' });
    // A rate after an amount is untagged, as the TempEval-3 gold mostly leaves it; countless happenings recur.
    expect(found('It saves $500 million a year.')).toEqual([]);
    expect(found('four flights a week')).toEqual([]);
    expect(found('The economy created 358,000 jobs a month.')).toEqual([]);
    expect(found('We do hundreds of interviews a day.')).toEqual([['a day', 'P1D']]);
    expect(found('It costs 5 dollars per day.')).toEqual([['per day', 'P1D']]);
    // Speeds are no recurrences.
    expect(found('Winds reached 130 miles per hour (209 km per hour).')).toEqual([]);
    expect(found('It moved at 8 miles an hour.')).toEqual([]);
    expect(found('in his weekly radio address')).toEqual([['weekly', 'P1W']]);
  });

  it('counts quarters in quarters, as durations of them do ("the past two quarters" P2Q)', () => {
    expect(found('Unisys must pay $100 million in interest every quarter.')).toEqual([['every quarter', 'P1Q']]);
    expect(found('every two quarters')).toEqual([['every two quarters', 'P2Q']]);
    expect(found('The reserve will be adjusted quarterly.')).toEqual([['quarterly', 'P1Q']]);
    expect(found('over the past two quarters')).toEqual([['the past two quarters', 'P2Q']]);
    expect(found('every month')).toEqual([['every month', 'P1M']]);
  });

  it('refuses "a second" and "a day" before the noun they modify ("wants a second term")', () => {
    expect(found('He wants a second term.')).toEqual([]);
    expect(found('She needs a second referendum.')).toEqual([]);
    expect(found('It runs a day trip.')).toEqual([]);
    expect(found('The heart beats once a second.')).toEqual([['once a second', 'PT1S']]);
    expect(found('They meet twice a week in Paris.')).toEqual([['twice a week', 'P1W']]);
  });

  it('refuses "a year" that is not a rate and adjectives of properties', () => {
    expect(only('It lasted for a year.')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(only('It happened a year ago.')).toMatchObject({ type: 'DATE', value: '2023' });
    expect(found('It raised its quarterly dividend.')).toEqual([]);
    expect(found('the Communist Party daily Granma').map(([t]) => t)).toEqual(['daily']);
  });

  it('leaves newspapers\' names, "every minute of testimony" and rates of amounts untagged; "once a decade" recurs', () => {
    expect(found("The People's Daily said in a front-page commentary.")).toEqual([]);
    expect(found('Al-Ahram Weekly said the talks had stalled.')).toEqual([]);
    expect(found('the Nikkei business daily reported')).toEqual([['daily', 'P1D']]);
    expect(found('Daily protests continued.')).toEqual([['Daily', 'P1D']]);
    expect(found('networks broadcasting every minute of testimony live')).toEqual([]);
    expect(found('He sat in court every day of the trial.')).toEqual([['every day', 'P1D']]);
    expect(found('Japan spends about 5 trillion yen a year on defence.')).toEqual([]);
    expect(found('India imports about 8 million tonnes of oil a month.')).toEqual([]);
    expect(found('rain at up to an inch an hour')).toEqual([]);
    expect(found('The leadership changes once a decade.')).toEqual([['once a decade', 'P10Y']]);
  });

  it('reads "every few years" as a recurrence at a vague spacing', () => {
    expect(found('Elections are held every few years.')).toEqual([['every few years', 'PXY']]);
    expect(found('They meet every couple of months.')).toEqual([['every couple of months', 'PXM']]);
    expect(found('every two weeks')).toEqual([['every two weeks', 'P2W']]);
  });
});

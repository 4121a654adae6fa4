import { describe, expect, it } from 'vitest';
import { found, only, timexes } from '../resolveHelpers.js';

describe('ENAgoParser', () => {
  it('reads "half a century ago" and "a quarter of a century ago"', () => {
    expect(found('Half a century ago, the war ended.', '2017-06-08')).toEqual([['Half a century ago', '1967']]);
    expect(found('It happened a quarter of a century ago.', '2017-06-08')).toEqual([['a quarter of a century ago', '1992']]);
    expect(found('It lasted a quarter of a century.', '2017-06-08')).toEqual([['a quarter of a century', 'P25Y']]);
  });

  it('reads "five minutes ago" and "two hours ago" as times of the publication day, "ago" in the extent', () => {
    const at = (text: string, zone: string) => timexes(text, new Date('2023-11-24T12:00:00Z'), zone).map((t) => [t.text, t.type, t.value]);
    expect(at('The truce officially began five minutes ago.', 'Europe/London')).toEqual([['five minutes ago', 'TIME', '2023-11-24T11:55']]);
    expect(at('The quake struck two hours ago.', 'America/New_York')).toEqual([['two hours ago', 'TIME', '2023-11-24T05:00']]);
    expect(at('It began several hours ago.', 'UTC')).toEqual([['several hours ago', 'DATE', 'PAST_REF']]);
    expect(at('He arrived two hours later.', 'UTC')).toEqual([['two hours', 'DURATION', 'PT2H']]);
  });

  it('gives "ago" the granularity of its unit', () => {
    expect(found('two years ago')).toEqual([['two years ago', '2022']]);
    expect(found('a month ago')).toEqual([['a month ago', '2024-04']]);
    expect(found('three days ago')).toEqual([['three days ago', '2024-05-11']]);
    expect(found('six weeks ago')).toEqual([['six weeks ago', '2024-W14']]);
    expect(found('a decade ago')).toEqual([['a decade ago', '2014']]);
    expect(only('almost four years ago')).toMatchObject({ text: 'almost four years ago', value: '2020' });
    expect(found('two weeks from now')).toEqual([['two weeks from now', '2024-W22']]);
  });

  it('reads thousands separators, and years before the era as TimeML writes them', () => {
    expect(found('It was built 1,500 years ago.')).toEqual([['1,500 years ago', '0524']]);
    expect(only('Humans arrived about 10,000 years ago.')).toMatchObject({ text: 'about 10,000 years ago', value: 'BC7977', mod: 'APPROX' });
  });

  it('anchors "earlier"/"later" on the time mentioned before', () => {
    // TimeML: "[Two days] later" is a DURATION ("later" a signal outside it); its interval is the day it reaches.
    const later = timexes('The deal was signed on March 3, 2001. Two days later, it collapsed.');
    expect(later.map((t) => [t.text, t.type, t.value, t.interval?.start])).toEqual([['March 3, 2001', 'DATE', '2001-03-03', '2001-03-03'], ['Two days', 'DURATION', 'P2D', '2001-03-05']]);
    expect(found('Profit rose in the third quarter of 1989, up from a year earlier.')).toEqual([['the third quarter of 1989', '1989-Q3'], ['a year earlier', '1988-Q3']]);
    expect(found('Sales were higher than a year ago.')).toEqual([['a year ago', '2023']]);
    // A month gone by in the same sentence: the year before is that month's; not in the next sentence.
    expect(found('Exports in March climbed 18.6 percent from a year earlier. Sales were higher than a year ago.')).toEqual([['March', '2024-03'], ['a year earlier', '2023-03'], ['a year ago', '2023']]);
  });

  it('makes vague amounts ago PAST_REF, and vague amounts later vague durations', () => {
    expect(found('several years ago')).toEqual([['several years ago', 'PAST_REF']]);
    expect(found('a few days later')).toEqual([['a few days', 'PXD']]);
  });

  it('leaves "three days after the bombing" to the duration parser', () => {
    expect(found('three days after the bombing')).toEqual([['three days', 'P3D']]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

// Published Tue 14 May 2024.
describe('ENFourDigitTimeParser', () => {
  it('reads wire-service clock times with their zone, joined to the day next to them', () => {
    expect(only('The blast came at 0700 GMT on Monday.')).toMatchObject({ text: '0700 GMT on Monday', type: 'TIME', value: '2024-05-13T07:00' });
    expect(only('Trading was halted at 1430 GMT.')).toMatchObject({ text: '1430 GMT', type: 'TIME', value: '2024-05-14T14:30' });
    expect(found('The assault began at 0400 hrs.')).toEqual([['0400 hrs', '2024-05-14T04:00']]);
    expect(found('Polls closed at 2000 local time.')).toEqual([['2000 local time', '2024-05-14T20:00']]);
  });

  it('reads Asian and European zones, military "hours" and a range with the zone written once', () => {
    expect(found('Trading runs from 0915 to 1530 IST.', '2013-07-25', 'Asia/Kolkata')).toEqual([['0915', '2013-07-25T09:15'], ['1530 IST', '2013-07-25T15:30']]);
    expect(found('The curfew starts at 2200 hours.', '2013-07-25')).toEqual([['2200 hours', '2013-07-25T22:00']]);
    expect(found('The quake struck at 0230 JST.', '2013-07-25', 'Asia/Tokyo')).toEqual([['0230 JST', '2013-07-25T02:30']]);
    expect(found('In 1530 the city fell.')).toEqual([['1530', '1530']]);
  });

  it('keeps the time when the weekday is followed by its date', () => {
    expect(only('Police raided the house at 0530 GMT on Monday, May 13.')).toMatchObject({ type: 'TIME', value: '2024-05-13T05:30' });
    expect(only('Police raided the house at 5:30 a.m. on Monday, May 13.')).toMatchObject({ type: 'TIME', value: '2024-05-13T05:30' });
  });

  it('leaves years, other numbers and a time restated in another zone alone', () => {
    expect(found('The team scored 2300 points.')).toEqual([]);
    expect(found('It was founded in 1800.')).toEqual([['1800', '1800']]);
    expect(found('In 1800 local time was not standard.')).toEqual([['1800', '1800']]);
    expect(found('It went off at 10:35 a.m. (0735 GMT) on Monday.')).toEqual([['10:35 a.m.', '2024-05-13T10:35'], ['Monday', '2024-05-13']]);
  });
});

import { describe, expect, it } from 'vitest';
import { holidayDate } from '../../../../src/parse/temporal/holidayDate.js';
import { found } from '../resolveHelpers.js';

describe('ENHolidayParser', () => {
  it('dates fixed and moving holidays', () => {
    expect(found('They met on Thanksgiving Day 1998.')).toEqual([['Thanksgiving Day 1998', '1998-11-26']]);
    expect(found('Shops close at Christmas.', '2024-12-01')).toEqual([['Christmas', '2024-12-25']]);
    expect(found('It happened last Easter.')).toEqual([['last Easter', '2024-03-31']]);
    expect(found("on New Year's Day 2000")).toEqual([["New Year's Day 2000", '2000-01-01']]);
  });

  it('dates the Eids by the Umm al-Qura calendar, and holidays named alone in a sentence', () => {
    expect(holidayDate('Eid al-Fitr', 2024)).toEqual({ month: 4, day: 10 });
    expect(holidayDate('Eid ul-Adha', 2024)).toEqual({ month: 6, day: 16 });
    expect(found('Prayers marked Eid al-Fitr 2025.')).toEqual([['Eid al-Fitr 2025', '2025-03-30']]);
    expect(found('Markets closed for Eid al-Adha.', '2024-07-01')).toEqual([['Eid al-Adha', '2024-06-16']]);
    // No other word of time in the sentence: it is still read ("Halloween" alone was skipped).
    expect(found('Children celebrated Halloween.', '2023-11-02')).toEqual([['Halloween', '2023-10-31']]);
    expect(found('The eid of the village.')).toEqual([]);
  });

  it('follows the tense to the holiday meant, the week around one may hold the publication', () => {
    expect(found('Talks are due to resume after Easter.')).toEqual([['Easter', '2025-04-20']]);
    expect(found('The truce should hold until Eid al-Fitr.')).toEqual([['Eid al-Fitr', '2025-03-30']]);
    expect(found('Shops were busy before Christmas.')).toEqual([['Christmas', '2023-12-25']]);
    expect(found('Protesters prayed as Easter week began.', '2000-04-17')).toEqual([['Easter week', '2000-W16']]);
  });

  it('reads the week that holds a holiday', () => {
    expect(found('Protesters prayed as Easter week began.', '2000-04-17')).toEqual([['Easter week', '2000-W16']]);
    expect(found('Sales rose in Christmas week 1998.')).toEqual([['Christmas week 1998', '1998-W52']]);
    // "a week after Easter" keeps the day itself; "Easter weekend" is the weekend it falls in (since stop 17).
    expect(found('A week after Easter, talks resumed.', '2000-05-02')).toEqual([['A week', 'P1W'], ['Easter', '2000-04-23']]);
    expect(found('Easter weekend traffic was heavy.', '2000-05-02')).toEqual([['Easter weekend', '2000-W16-WE']]);
  });

  it('computes moving holidays', () => {
    expect(holidayDate('Easter', 2024)).toEqual({ month: 3, day: 31 });
    expect(holidayDate('Good Friday', 2000)).toEqual({ month: 4, day: 21 });
    expect(holidayDate('Labor Day', 1998)).toEqual({ month: 9, day: 7 });
    expect(holidayDate('Memorial Day', 2024)).toEqual({ month: 5, day: 27 });
    expect(holidayDate('Martin Luther King Day', 2024)).toEqual({ month: 1, day: 15 });
    expect(holidayDate('Election Day', 2024)).toEqual({ month: 11, day: 5 });
    expect(holidayDate('Groundhog Day', 2024)).toBeUndefined();
  });

  it('dates the days of Holy Week, Passover and the other Jewish holidays, and the Chinese New Year', () => {
    expect(holidayDate('Palm Sunday', 2013)).toEqual({ month: 3, day: 24 });
    expect(holidayDate('Maundy Thursday', 2013)).toEqual({ month: 3, day: 28 });
    expect(holidayDate('Holy Thursday', 2013)).toEqual({ month: 3, day: 28 });
    expect(holidayDate('Ash Wednesday', 2013)).toEqual({ month: 2, day: 13 });
    expect(holidayDate('Pentecost', 2024)).toEqual({ month: 5, day: 19 });
    expect(holidayDate('Passover', 2013)).toEqual({ month: 3, day: 26 });
    expect(holidayDate('Rosh Hashanah', 2023)).toEqual({ month: 9, day: 16 });
    expect(holidayDate('Yom Kippur', 2023)).toEqual({ month: 9, day: 25 });
    expect(holidayDate('Hanukkah', 2023)).toEqual({ month: 12, day: 8 });
    expect(holidayDate('Chinese New Year', 2024)).toEqual({ month: 2, day: 10 });
    expect(holidayDate('Lunar New Year', 2013)).toEqual({ month: 2, day: 10 });
    expect(found('The pope will celebrate Mass on Palm Sunday.', '2013-03-19')).toEqual([['Palm Sunday', '2013-03-24']]);
    expect(found('Holy Week begins.', '2013-03-19').map(([t, v]) => [t, v])).toEqual([['Holy Week', '2013-W13']]);
    expect(found('Obama arrives before Passover.', '2013-03-19')).toEqual([['Passover', '2013-03-26']]);
    expect(found('The Yom Kippur War began on Oct. 6, 1973.')).toEqual([['Oct. 6, 1973', '1973-10-06']]);
    expect(found('A service marked Anzac Day.', '2015-04-25')).toEqual([['Anzac Day', '2015-04-25']]);
    expect(found('Crowds gathered for Hogmanay.', '2015-01-02')).toEqual([['Hogmanay', '2014-12-31']]);
    // Japan's Constitution Memorial Day is no US Memorial Day.
    expect(found('It is Constitution Memorial Day on May 3.', '2023-04-28')).toEqual([['May 3', '2023-05-03']]);
  });

  it('refuses lower case and places', () => {
    expect(found('christmas shopping')).toEqual([]);
    expect(found('on Christmas Island')).toEqual([]);
  });

  it('reads Britain\'s Mothering Sunday and Remembrance Sunday, and no day in "the Easter recess"', () => {
    expect(found('Shops expect record sales ahead of Mothering Sunday.', '2013-03-06')).toEqual([['Mothering Sunday', '2013-03-10']]);
    expect(found('The service was held on Remembrance Sunday.', '2013-03-06')).toEqual([['Remembrance Sunday', '2012-11-11']]);
    expect(found('MPs return after the Easter recess.', '2013-03-06')).toEqual([]);
  });

  it('reads a holiday weekend as the weekend next to the day', () => {
    expect(found('Traffic was heavy over the Memorial Day weekend.', '2013-05-30')).toEqual([['Memorial Day weekend', '2013-W21-WE']]);
    expect(found('Shops opened over the Thanksgiving weekend.', '2013-12-02')).toEqual([['Thanksgiving weekend', '2013-W48-WE']]);
    expect(found('Snow will fall through the Easter weekend.', '2013-03-20')).toEqual([['Easter weekend', '2013-W13-WE']]);
  });
});

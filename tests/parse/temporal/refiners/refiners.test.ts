import * as chrono from 'chrono-node';
import type { ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { found } from '../resolveHelpers.js';
import { createChrono } from '../../../../src/parse/temporal/createChrono.js';
import { ENClockDayRefiner } from '../../../../src/parse/temporal/refiners/ENClockDayRefiner.js';
import { ENDayListRefiner } from '../../../../src/parse/temporal/refiners/ENDayListRefiner.js';
import { ENMergeWeekdayDateRefiner } from '../../../../src/parse/temporal/refiners/ENMergeWeekdayDateRefiner.js';
import { ENMidnightRefiner } from '../../../../src/parse/temporal/refiners/ENMidnightRefiner.js';
import { ENNowAdverbRefiner } from '../../../../src/parse/temporal/refiners/ENNowAdverbRefiner.js';
import { ENTenseRefiner, TENSE_TAG } from '../../../../src/parse/temporal/refiners/ENTenseRefiner.js';
import { ENUnlikelyChronoResultRefiner } from '../../../../src/parse/temporal/refiners/ENUnlikelyChronoResultRefiner.js';
import { ENUnstatedYearRefiner } from '../../../../src/parse/temporal/refiners/ENUnstatedYearRefiner.js';
import { ENAnchoredOnDayRefiner } from '../../../../src/parse/temporal/refiners/ENAnchoredOnDayRefiner.js';
import { SpecPreservingRefiner } from '../../../../src/parse/temporal/refiners/SpecPreservingRefiner.js';
import { specOf } from '../../../../src/parse/temporal/TimexSpec.js';

const ref = { instant: new Date('2024-05-14T11:00:00Z'), timezone: 60 };
const c = createChrono();
const parse = (text: string) => c.parse(text, ref) as ParsingResult[];
const texts = (text: string) => parse(text).map((r) => r.text);

describe('ENUnlikelyChronoResultRefiner', () => {
  it('keeps clock times and explicit dates', () => {
    expect(texts('at 10:30 a.m. on June 3, 2019')).toEqual(['at 10:30 a.m. on June 3, 2019']);
    expect(texts('at 5 p.m.')).toEqual(['at 5 p.m.']);
  });
  it('drops prices, counts and fractions chrono reads as times or dates', () => {
    const plain = chrono.casual.parse('They paid $1.35 a share; 3/4 of voters agreed.', ref).map((r) => r.text);
    expect(plain.length).toBeGreaterThan(0); // chrono alone reads them
    expect(texts('They paid $1.35 a share; 3/4 of voters agreed.')).toEqual([]);
    expect(texts('the 6 1/4% notes')).toEqual([]);
    expect(texts('It fell to 2.46 billion.')).toEqual([]);
    expect(texts('Sales were little changed at 2.46 billion guilders.')).toEqual([]);
  });
  it('keeps "midday" as 12:00 but not as an adjective, and drops "high noon"', () => {
    expect(found('He will appear before a judge at midday.')).toEqual([['midday', '2024-05-14T12:00']]);
    expect(found('They ate a midday meal.')).toEqual([]);
    expect(found('For Poland, high noon comes today.')).toEqual([['today', '2024-05-14']]);
    expect(found('a poster from the film "High Noon"')).toEqual([]);
  });
  it('is a filter on its own', () => {
    const text = 'They paid $1.35 a share at 10:30 a.m.';
    const r = chrono.casual.parse(text, ref) as ParsingResult[];
    expect(r.map((x) => x.text)).toEqual(['1.35 a', 'at 10:30 a.m.']);
    expect(new ENUnlikelyChronoResultRefiner().refine({ text } as never, r).map((x) => x.text)).toEqual(['at 10:30 a.m.']);
  });
});

describe('ENUnlikelyChronoResultRefiner on amounts', () => {
  it('drops rates, prices and ranges of them that chrono reads as clock times or dates', () => {
    expect(found('The bank lowered its main rate to 5% from 5.25%.')).toEqual([]);
    expect(found('The target range is 5.25-5.50%.')).toEqual([]);
    expect(found('Shares traded at 11.45 euros.')).toEqual([]);
    expect(found('The meeting starts at 11.45 on Friday.').map(([t]) => t)).toEqual(['11.45 on Friday']);
  });
  it('drops game clocks and race times', () => {
    for (const t of ['He scored with 4:30 remaining.', 'He scored with 1:48 left.', 'He scored at 12:45 of the second period.', 'He scored 3:12 into overtime.', 'She finished in 2:21:45.']) {
      expect(found(t), t).toEqual([]);
    }
    expect(found('He left at 4:30.')).toEqual([['4:30', '2024-05-14T04:30']]);
  });
  it('drops decimal ranges with an hour "0" or one digit after the dot, and ranges of degrees', () => {
    expect(found('Temperatures are rising at about 0.15 to 0.2 degrees Celsius.')).toEqual([]);
    expect(found('Rates rose 1.15 to 1.35 points.')).toEqual([]);
    expect(found('He will arrive at 9.5.')).toEqual([]);
    expect(found('The train left at 0.30 am.')).toEqual([['0.30 am', '2024-05-14T00:30']]);
    expect(found('The meeting ran from 9.30 to 11.45 on Monday.')).toEqual([['9.30', '2024-05-13T09:30'], ['11.45 on Monday', '2024-05-13T11:45']]);
  });
  it('reads a number with a dot in a market report as a level, keeping the day', () => {
    expect(found('Apple closed Monday at 11.55, down 2%.', '2013-03-26')).toEqual([['Monday', '2013-03-25']]);
    expect(found('The VIX closed on March 14 at 11.30, the lowest level since February 2007.', '2013-03-26')).toEqual([['March 14', '2013-03-14'], ['February 2007', '2007-02']]);
    expect(found('The loonie was at 1.02 on Friday.', '2013-03-26')).toEqual([['Friday', '2013-03-22']]);
    expect(found('The stock closed at 12.50.', '2013-03-26')).toEqual([]);
    // A clock time keeps its dot where the text is no market report, or says so.
    expect(found('The meeting starts at 11.30.', '2013-03-26')).toEqual([['11.30', '2013-03-26T11:30']]);
    expect(found('Police were called at 9.15pm on Friday.', '2013-03-26')).toEqual([['9.15pm on Friday', '2013-03-22T21:15']]);
    expect(found('Shares were suspended at 14.30 GMT on Monday.', '2013-03-26')).toEqual([['14.30 GMT on Monday', '2013-03-25T14:30']]);
  });
});

describe('ENCountAfterDateRefiner', () => {
  it('keeps a count after a date out of it: not its year, not its day', () => {
    expect(found('On March 5, 10 people were killed.', '2013-03-19')).toEqual([['March 5', '2013-03-05']]);
    expect(found('Chavez died March 5, 14 years after he first took office.', '2013-04-15')).toEqual([['March 5', '2013-03-05'], ['14 years', 'P14Y']]);
    expect(found('By March 1, 20 people had been arrested.', '2013-03-19')).toEqual([['March 1', '2013-03-01']]);
    expect(found('In March, 2,000 refugees crossed.', '2013-04-19')).toEqual([['March', '2013-03']]);
    expect(found('He was born on March 5, 1950.')).toEqual([['March 5, 1950', '1950-03-05']]);
  });
});

describe('ENNowAdverbRefiner', () => {
  it('drops "now" inside a noun phrase and keeps it as the present', () => {
    expect(texts('the now-defunct party')).toEqual([]);
    expect(texts('its now two-year-old campaign')).toEqual(['two-year-old']);
    expect(texts('It is now over.')).toEqual(['now']);
    expect(new ENNowAdverbRefiner()).toBeDefined();
  });
});

describe('ENProperNameRefiner', () => {
  it('drops time words inside the names of newspapers, programmes, events, wars and people', () => {
    for (const t of ['The Daily Mail reported it.', 'according to the Weekly Standard', 'told the Mail on Sunday', 'speaking on Fox News Sunday', "told BBC Radio 4's Today programme", 'at the Summer Olympics', 'the Winter Games in Sochi', 'the Good Friday Agreement', 'the Six-Day War', "the Hundred Years' War", 'the Thirty Years War', 'a lawsuit by Summer Zervos']) {
      expect(texts(t), t).toEqual([]);
    }
  });
  it('drops months and seasons that are names of people, "Monday.com" and the Sun on Sunday', () => {
    for (const t of ['Donna Summer sang.', 'Summer Lee won the primary.', 'April Ryan asked a question.', 'June Carter sang.', 'The playwright August Wilson wrote it.', 'The Spring Budget was announced.', 'He told the Sun on Sunday.', 'Monday.com shares rose.']) {
      expect(texts(t), t).toEqual([]);
    }
    expect(texts('In April Trump visited Ohio.')).toEqual(['April']);
  });
  it('drops the time words and years of companies and programmes', () => {
    for (const t of ['Tuesday Morning Corp. slumped 3.1 percent.', 'Shares of 21st Century Fox fell.', 'known internally as Vision 2020', "The kingdom's Vision 2030 plan calls for reform.", 'its 2020 Vision plan']) {
      expect(texts(t), t).toEqual([]);
    }
    expect(found('The company reported on Tuesday morning.')).toEqual([['Tuesday morning', '2024-05-14TMO']]);
    expect(found('Sales fell in the 21st century.')).toEqual([['the 21st century', '20']]);
  });
  it('drops dates that name movements and seasons that name houses', () => {
    for (const t of ['The March 14 coalition said so.', "Lebanon's March 8 alliance won.", 'the April 6 Youth Movement', 'the Black September group', 'He left the papal summer residence at Castel Gandolfo.', "the prime minister's summer house"]) {
      expect(texts(t), t).toEqual([]);
    }
    expect(found('The group met on March 14.', '2013-03-19')).toEqual([['March 14', '2013-03-14']]);
  });
  it('drops a clock time restated in brackets in another zone, as the four-digit form', () => {
    expect(found('The ceremony is due to begin at 09:30 local time (08:30 GMT).').map(([t]) => t)).toEqual(['09:30']);
    expect(found('It began at 10 a.m. (0800 GMT).').map(([t]) => t)).toEqual(['10 a.m.']);
    expect(found('The vote (10:30 a.m.) was delayed.').map(([t]) => t)).toEqual(['10:30 a.m.']);
  });
  it('drops Theresa May, committees and school years', () => {
    for (const t of ["MPs rejected May's deal.", "May's allies rallied.", 'The 1922 Committee met.', 'The Year 10 pupils sat exams.']) {
      expect(texts(t), t).toEqual([]);
    }
    expect(found("May's jobs report was strong.", '2019-03-14')).toEqual([['May', '2018-05']]);
  });
  it('drops the time words of outlets, shows, awards and bands', () => {
    for (const t of ['He told USA TODAY.', 'according to Entertainment Weekly', 'It streams on HBO Now.', 'He appeared on CBS This Morning.', 'He was on The Tonight Show.', 'He watched Monday Night Football.', 'He hosted Saturday Night Live.', 'He was named Player of the Week.', 'She was Teacher of the Year.', 'Midnight Oil played.']) {
      expect(texts(t), t).toEqual([]);
    }
    expect(found('The Rams won on Monday night.')).toEqual([['Monday night', '2024-05-13TNI']]);
    expect(found('Talks end this week.')).toEqual([['this week', '2024-W20']]);
  });
  it('keeps the same words as times', () => {
    expect(texts('Daily trading volume fell.')).toEqual(['Daily']);
    expect(texts('The talks resumed on Good Friday.')).toEqual(['Good Friday']);
    expect(texts('He said Sunday that prices would rise.')).toEqual(['Sunday']);
    expect(texts('Today, the president spoke.')).toEqual(['Today']);
    expect(texts('Storms hit the region this Winter.')).toEqual(['this Winter']);
    expect(texts('The war lasted six days.')).toEqual(['six days']);
  });
});

describe('ENCompoundDurationRefiner', () => {
  it('joins a duration and one in smaller units into one', () => {
    expect(found('It lasted two hours and 10 minutes.')).toEqual([['two hours and 10 minutes', 'PT2H10M']]);
    expect(found('He served three years and four months.')).toEqual([['three years and four months', 'P3Y4M']]);
    expect(found('The race took 1 hour, 20 minutes.')).toEqual([['1 hour, 20 minutes', 'PT1H20M']]);
  });
  it('leaves durations of the same or a larger unit, and vague ones, apart', () => {
    expect(found('for two days and three nights')).toEqual([['two days', 'P2D'], ['three nights', 'P3D']]);
    expect(found('two weeks and a few days')).toEqual([['two weeks', 'P2W'], ['a few days', 'PXD']]);
  });
});

describe('ENDayOfRelativePeriodRefiner', () => {
  it('reads a day of a month followed by "last/next/this year" as that day of that year', () => {
    expect(found('Fighting erupted on April 15 last year.')).toEqual([['April 15 last year', '2023-04-15']]);
    expect(found('The lease expires on March 31 next year.')).toEqual([['March 31 next year', '2025-03-31']]);
    expect(found('Fighting erupted on April 15. Last year was calm.')).toEqual([['April 15', '2024-04-15'], ['Last year', '2023']]);
  });
  it('reads a weekday followed by "next/last/this week" as that week\'s day', () => {
    expect(found('The vote is on Friday next week.')).toEqual([['Friday next week', '2024-05-24']]);
    expect(found('He arrived on Tuesday last week.')).toEqual([['Tuesday last week', '2024-05-07']]);
  });
});

describe('ENUnstatedYearRefiner', () => {
  it('hands chrono dates without a year to the resolver as named days', () => {
    const [r] = parse('the Oct. 23 slaying');
    expect(r && specOf(r.start)).toEqual({ kind: 'named', part: { unit: 'day', month: 10, day: 23 } });
    const [s] = parse('on June 3, 2019');
    expect(s && specOf(s.start)).toBeUndefined();
    expect(new ENUnstatedYearRefiner()).toBeDefined();
  });
});

describe('ENTenseRefiner', () => {
  it('tags the tense of unstated weekdays, months and quarters only', () => {
    const tense = (text: string) => [...(parse(text)[0]?.tags() ?? [])].find((t) => t.startsWith(TENSE_TAG));
    expect(tense('He will arrive on Thursday.')).toBe(`${TENSE_TAG}future`);
    expect(tense('He arrived on Thursday.')).toBe(`${TENSE_TAG}past`);
    expect(tense('Talks on Thursday.')).toBe(`${TENSE_TAG}none`);
    expect(tense('He arrived last Thursday.')).toBeUndefined();
    expect(tense('He arrived in 1998.')).toBeUndefined();
    expect(new ENTenseRefiner()).toBeDefined();
  });
});

describe('ENMergeWeekdayDateRefiner', () => {
  it('joins a weekday with the date right after it', () => {
    expect(texts('on Monday, Oct. 26, 1998')).toEqual(['Monday, Oct. 26, 1998']);
    expect(texts('Friday Oct. 13')).toEqual(['Friday Oct. 13']);
  });
  it('keeps a weekday apart from a date further away', () => {
    expect(texts('on Monday and on Oct. 26')).toEqual(['Monday', 'Oct. 26']);
    expect(new ENMergeWeekdayDateRefiner()).toBeDefined();
  });
});

describe('SpecPreservingRefiner', () => {
  it("lets chrono's filters judge only chrono's results", () => {
    expect(texts('in 1998')).toEqual(['1998']); // chrono's UnlikelyFormatFilter drops bare numbers
    expect(texts('since May')).toEqual(['May']); // chrono only trusts "in May"
    const dropAll = { refine: () => [] };
    const results = parse('in 1998 and on June 3, 2019');
    expect(new SpecPreservingRefiner(dropAll).refine({} as never, results).map((r) => r.text)).toEqual(['1998']);
  });

  it("keeps chrono's zone extractor off geodigest's results: a capitalised word after them is no zone", () => {
    expect(found('Turkey joined in 1952, West Germany in 1955.', '1999-03-12')).toEqual([['1952', '1952'], ['1955', '1955']]);
    expect(found('For the year, pet food volume was flat.', '1989-10-30')).toEqual([['the year', '1989']]);
    // chrono's clock times still take theirs.
    expect(texts('The blast was at 3:15 p.m. GMT on Monday.')).toEqual(['at 3:15 p.m. GMT on Monday']);
  });
});

describe('ENAnchoredOnDayRefiner', () => {
  it('makes "the week of" a day the week that holds it', () => {
    expect(found('The case may be heard the week of March 6.', '2000-02-24')).toEqual([['the week of March 6', '2000-W10']]);
    expect(found('during the week of Oct. 16, 1989')).toEqual([['the week of Oct. 16, 1989', '1989-W42']]);
    expect(found('in the week before March 6', '2000-02-24')).toEqual([['March 6', '2000-03-06']]);
    expect(new ENAnchoredOnDayRefiner()).toBeDefined();
  });
  it('makes "the day before/after" a day the day next to it', () => {
    expect(found("The day before last Tuesday's hearing, he went home.", '2000-02-24')).toEqual([['The day before last Tuesday', '2000-02-21']]);
    expect(found('Shops reopen the day after Christmas.', '1999-12-20')).toEqual([['the day after Christmas', '1999-12-26']]);
    expect(found('on the day before Oct. 12, 1989')).toEqual([['the day before Oct. 12, 1989', '1989-10-11']]);
    expect(found('the day before the election')).toEqual([]);
  });
});

describe('ENDayListRefiner', () => {
  it('reads the second day of a list with the month of the first, and a year after the list with both', () => {
    expect(found('The summit will be held on April 24 and 25.', '1999-02-10')).toEqual([['April 24', '1999-04-24'], ['25', '1999-04-25']]);
    expect(found('They met on Sept. 14 and 18, 2010.')).toEqual([['Sept. 14', '2010-09-14'], ['18, 2010', '2010-09-18']]);
    expect(new ENDayListRefiner()).toBeDefined();
  });
  it('leaves a day with its own month after "and" its own ("27 June and 4 July")', () => {
    expect(found('The strikes took place on 27 June and 4 July.', '2019-07-18')).toEqual([['27 June', '2019-06-27'], ['4 July', '2019-07-04']]);
    expect(found('Strikes are planned between 9 October and 18 December.', '2019-07-18')).toEqual([['9 October', '2019-10-09'], ['18 December', '2019-12-18']]);
  });
  it('leaves counts after a date alone', () => {
    expect(found('On May 3 and 25 others were hurt.', '1999-05-10')).toEqual([['May 3', '1999-05-03']]);
    expect(found('on May 3 and 25% of voters', '1999-05-10')).toEqual([['May 3', '1999-05-03']]);
  });
});

describe('ENClockDayRefiner', () => {
  it('puts a clock time on the weekday after a parenthesis', () => {
    expect(found('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08')).toEqual([['10:35 a.m.', '1998-08-07T10:35'], ['Friday', '1998-08-07']]);
    expect(found('It ended at 10:35 a.m. (0735 GMT).', '1998-08-08')).toEqual([['10:35 a.m.', '1998-08-08T10:35']]);
    expect(new ENClockDayRefiner()).toBeDefined();
  });

  it('puts a clock time on the weekday after "local time" or a zone, and not across other words', () => {
    expect(found('The ceasefire began at 06:00 local time on Sunday.')).toEqual([['06:00', '2024-05-12T06:00'], ['Sunday', '2024-05-12']]);
    expect(found('Shelling stopped at 06:00 EEST (0300 GMT) on Sunday.')).toEqual([['06:00 EEST', '2024-05-12T06:00'], ['Sunday', '2024-05-12']]);
    // ("open" is a present of a schedule: the coming Sunday; the time stays on the publication day.)
    expect(found('The shops open at 06:00 and on Sunday the market.')).toEqual([['06:00', '2024-05-14T06:00'], ['Sunday', '2024-05-19']]);
    expect(found('The meeting is at 3pm Beijing time on Thursday.')).toEqual([['3pm', '2024-05-16T15:00'], ['Thursday', '2024-05-16']]);
    expect(found('Bids are due by 5 p.m. New York time on Friday.')).toEqual([['5 p.m.', '2024-05-17T17:00'], ['Friday', '2024-05-17']]);
    expect(found('The call will begin at 9:30 a.m. Eastern time on Wednesday.')).toEqual([['9:30 a.m.', '2024-05-15T09:30'], ['Wednesday', '2024-05-15']]);
    // chrono reads "ET" and "PT" as zones and the day with them.
    expect(found('It will host a call at 8:30 a.m. ET on Tuesday.', '2016-09-19', 'America/New_York')).toEqual([['8:30 a.m. ET on Tuesday', '2016-09-20T08:30']]);
  });
});

describe('ENMidnightRefiner', () => {
  it('puts a midnight told in the past or present on the publication day, not the night after it', () => {
    expect(found('The attack came shortly after midnight.')).toEqual([['midnight', '2024-05-14T00:00']]);
    expect(found('The law came into force at midnight.')).toEqual([['midnight', '2024-05-14T00:00']]);
    expect(found('The curfew will start at midnight.')).toEqual([['midnight', '2024-05-15T00:00']]);
    expect(new ENMidnightRefiner()).toBeDefined();
  });
  it('ends the day named with it, T24:00 as TimeML writes "midnight Friday"', () => {
    expect(found('Polls closed at midnight on Sunday.').map(([, v]) => v)).toContain('2024-05-12T24:00');
    expect(found('Bars must close by midnight Friday.')).toEqual([['midnight Friday', '2024-05-17T24:00']]);
    expect(found('The result came shortly before midnight Sunday.')).toEqual([['midnight Sunday', '2024-05-12T24:00']]);
    expect(found('The curfew starts at midnight tonight.')).toEqual([['midnight tonight', '2024-05-14T24:00']]);
  });
});

describe('ENUnlikelyChronoResultRefiner on marches', () => {
  it('keeps only the year before the name of a march', () => {
    expect(found('the 1963 March on Washington')).toEqual([['1963', '1963']]);
    expect(found('the 2013 March for Life drew crowds')).toEqual([['2013', '2013']]);
  });
});

describe('ENAnniversaryRefiner', () => {
  it('reads "two years ago this month" as one time, that month two years back', () => {
    expect(found('The uprising began two years ago this month.', '2013-03-06')).toEqual([['two years ago this month', '2011-03']]);
    expect(found('Ten years ago this week, the war began.', '2013-03-06')).toEqual([['Ten years ago this week', '2003-W10']]);
    expect(found('It happened a year ago today.', '2013-03-06')).toEqual([['a year ago today', '2012-03-06']]);
    expect(found('He left two years ago. This month he returned.', '2013-03-06')).toEqual([['two years ago', '2011'], ['This month', '2013-03']]);
  });
});

describe('ENUnlikelyChronoResultRefiner on live pages and names', () => {
  it('keeps an article after a clock time out of it, and programmes\' names untagged', () => {
    expect(found('09:15 A quick reminder of the backdrop.', '2013-03-20')).toEqual([['09:15', '2013-03-20T09:15']]);
    expect(found('By 11:00 a crowd had gathered.', '2013-03-20')).toEqual([['11:00', '2013-03-20T11:00']]);
    expect(found("BBC One's Sunday Politics programme", '2013-03-20')).toEqual([]);
    expect(found('World News Tonight reported it.', '2013-03-20')).toEqual([]);
    expect(found('the Saturday Guardian review', '2013-03-20')).toEqual([]);
    expect(found('The match is on Saturday night.', '2013-03-20')).toEqual([['Saturday night', '2013-03-23TNI']]);
  });
});

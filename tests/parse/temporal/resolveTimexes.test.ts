import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveTimexes } from '../../../src/parse/temporal/resolveTimexes.js';
import { ROOT, SEED_FILE, seedArticle } from '../../helpers.js';
import { found } from './resolveHelpers.js';

const published = new Date('2024-05-14T11:00:00Z'); // Tue 14 May 2024, noon in London
const resolve = (text: string) => resolveTimexes({ text, published, timeZone: 'Europe/London' });
const one = (text: string) => {
  const r = resolve(text);
  expect(r, JSON.stringify(r)).toHaveLength(1);
  return r[0]!;
};

describe('resolveTimexes on the seed', () => {
  const a = seedArticle();
  const timexes = resolveTimexes({ text: a.text, published: a.published.instant, timeZone: a.timeZone });
  const value = (t: string) => timexes.filter((x) => x.text === t).map((x) => x.value);

  it('resolves every expression of the seed', () => {
    expect(value('this week')).toEqual(['2024-W20', '2024-W20']); // title and first sentence
    expect(value('Thursday')).toEqual(['2024-05-16']);
    expect(value('Monday')).toEqual(['2024-05-20']);
    expect(value('last week')).toEqual(['2024-W19']);
    expect(value('two-day')).toEqual(['P2D']);
    expect(value('five-day')).toEqual(['P5D']);
    expect(value('two-year-old')).toEqual(['P2Y']);
    expect(value('five years')).toEqual(['P5Y']);
  });

  it('offsets index the text as given', () => {
    for (const t of timexes) expect(a.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('refuses "now" inside "now two-year-old" and the future reading of "in five years"', () => {
    expect(timexes.find((t) => t.text === 'now')).toBeUndefined();
    expect(timexes.find((t) => t.value.startsWith('2029'))).toBeUndefined();
  });

  it('gives intervals: weeks Monday to Sunday, the war about 2022', () => {
    expect(timexes.find((t) => t.text === 'this week')?.interval).toMatchObject({ start: '2024-05-13', end: '2024-05-19', precision: 'week' });
    expect(timexes.find((t) => t.text === 'last week')?.interval).toMatchObject({ start: '2024-05-06', end: '2024-05-12', precision: 'week' });
    expect(timexes.find((t) => t.text === 'two-year-old')?.interval).toMatchObject({ start: '2022-01-01', precision: 'year', approximate: true });
  });
});

describe('weekdays by tense', () => {
  it('future, past and cue words decide, not the closest day', () => {
    expect(one('Mr Putin will meet Mr Xi on Thursday.').value).toBe('2024-05-16');
    expect(one('Mr Putin met Mr Xi on Thursday.').value).toBe('2024-05-09');
    expect(one('The talks come ahead of Monday’s inauguration.').value).toBe('2024-05-20');
    expect(one('The ministry said on Monday that talks were over.').value).toBe('2024-05-13');
    expect(one('The vote is scheduled for Friday.').value).toBe('2024-05-17');
  });
});

describe('relative periods and durations', () => {
  it('resolves periods', () => {
    expect(one('It grew next month.').value).toBe('2024-06');
    expect(one('It happened last year.').value).toBe('2023');
    expect(one('Talks resume next week.').value).toBe('2024-W21');
  });
  it('keeps part of one day exact ("early on Friday"), and the part of a longer period fuzzy ("early May")', () => {
    const iv = (text: string) => resolve(text).map((t) => [t.text, t.mod, t.interval?.start, t.interval?.end, t.interval?.approximate]);
    expect(iv('Leaders agreed early on Friday on a pact.')).toEqual([['early on Friday', 'START', '2024-05-10', '2024-05-10', false]]);
    expect(iv('He left late Monday.')).toEqual([['late Monday', 'END', '2024-05-13', '2024-05-13', false]]);
    expect(iv('It rained in early May.')).toEqual([['early May', 'START', '2024-05-01', '2024-05-31', true]]);
  });

  it('resolves durations', () => {
    expect(one('a fortnight of talks').value).toBe('P2W');
    expect(one('within 48 hours of the vote').value).toBe('PT48H');
    expect(one('for a few weeks').value).toBe('PXW');
    expect(one('in recent months').value).toBe('PXM');
    expect(one('over the past three months').value).toBe('P3M');
  });
  it('does not take the verb "may" or a percentage for a date', () => {
    expect(resolve('Prices may rise by 12.53% this time.')).toEqual([]);
  });
});

describe('chains of anaphoric times', () => {
  it('anchors each on the one before ("March 12 … The next day … That night")', () => {
    const v = resolve('The fighting began on May 2. The next day, rebels took the town. That night, they fled.').map((t) => [t.text, t.value]);
    expect(v).toEqual([['May 2', '2024-05-02'], ['The next day', '2024-05-03'], ['That night', '2024-05-03TNI']]);
  });

  it('finds a time told in the past from the last time gone by, not from a plan told in between', () => {
    const v = resolve('He was arrested on May 2. His trial is scheduled to begin on June 6. That afternoon, he appeared before a judge.').map((t) => [t.text, t.value]);
    expect(v).toEqual([['May 2', '2024-05-02'], ['June 6', '2024-06-06'], ['That afternoon', '2024-05-02TAF']]);
    expect(resolve('The summit opens on June 6. The next day, leaders will sign a treaty.').map((t) => t.value)).toEqual(['2024-06-06', '2024-06-07']);
  });
});

describe('days and months without a year in a story of another year', () => {
  it('take the year stated just before, when near it; a year from the tense carries nothing', () => {
    const v = (text: string, at = '2016-01-10') => resolveTimexes({ text, published: new Date(`${at}T12:00:00Z`), timeZone: 'America/New_York' }).map((t) => [t.text, t.value]);
    expect(v('The bodies were discovered the morning of Aug. 17, 2013. Police said the couple had been shot the night of Aug. 16.')).toEqual([['Aug. 17, 2013', '2013-08-17'], ['Aug. 16', '2013-08-16']]);
    expect(v('He was arrested in September 2013 and charged in October.')).toEqual([['September 2013', '2013-09'], ['October', '2013-10']]);
    // A month and year naming a noun does not carry its year to a day; nor does a month placed by the tense.
    expect(v('It followed the August 1988 cease-fire. Iran condemned the invasion on Aug. 2.', '1990-08-15')).toEqual([['August 1988', '1988-08'], ['Aug. 2', '1990-08-02']]);
    // A timeline: a later day of the same year after a stated one.
    expect(v('Jan. 11, 2020: The first death is reported. May 28: Deaths pass 100,000.', '2021-04-04')).toEqual([['Jan. 11, 2020', '2020-01-11'], ['May 28', '2020-05-28']]);
    // A year that opens the sentence is the year of its days, months and holidays.
    expect(v('In 2014, the polls were held between April 7 and May 12.', '2018-10-30')).toEqual([['2014', '2014'], ['April 7', '2014-04-07'], ['May 12', '2014-05-12']]);
    expect(v('Last year, Eid al-Fitr was celebrated on May 2.', '2018-10-30')).toEqual([['Last year', '2017'], ['Eid al-Fitr', '2017-06-25'], ['May 2', '2017-05-02']]);
    expect(v('In the end, he left on May 2.', '2018-10-30')).toEqual([['May 2', '2018-05-02']]);
    expect(v('Traders, who priced in a cut in September, now expect one in December.', '2024-05-15')).toEqual([['September', '2023-09'], ['now', 'PRESENT_REF'], ['December', '2024-12']]);
  });
});

describe('seasons told from the time before', () => {
  it('reads "That summer", "the following spring", "the previous winter" from the season or month told last', () => {
    const v = (text: string) => resolveTimexes({ text, published: new Date('2019-04-04T12:00:00Z'), timeZone: 'UTC' }).map((t) => [t.text, t.value]);
    expect(v('In the spring of 1968, King went to Memphis. That summer, riots broke out.')).toEqual([['the spring of 1968', '1968-SP'], ['That summer', '1968-SU']]);
    expect(v('The war began in the fall of 1968. The following spring, talks began.')).toEqual([['the fall of 1968', '1968-FA'], ['The following spring', '1969-SP']]);
    expect(v('It snowed in March 1999. The previous winter had been mild.')).toEqual([['March 1999', '1999-03'], ['The previous winter', '1998-WI']]);
  });
});

describe('ranges of clock times over midnight', () => {
  it('end the next day, or start the day before when the end names its day', () => {
    const v = (text: string) => resolve(text).map((t) => [t.text, t.value]);
    expect(v('The curfew runs from 10 p.m. to 5 a.m.')).toEqual([['10 p.m.', '2024-05-14T22:00'], ['5 a.m.', '2024-05-15T05:00']]);
    expect(v('The curfew lasts from 10 p.m. until 6 a.m. on Sunday.')).toEqual([['10 p.m.', '2024-05-18T22:00'], ['6 a.m. on Sunday', '2024-05-19T06:00']]);
    expect(v('The shop is open from 9 a.m. to 5 p.m.')).toEqual([['9 a.m.', '2024-05-14T09:00'], ['5 p.m.', '2024-05-14T17:00']]);
  });
  it('keep each end on the day and hour its own words name (chrono puts the earlier clock time first)', () => {
    const v = (text: string) => resolve(text).map((t) => [t.text, t.value]);
    expect(v('A flood watch is in effect from 7 p.m. Friday until 7 a.m. Monday.')).toEqual([['7 p.m. Friday', '2024-05-17T19:00'], ['7 a.m. Monday', '2024-05-20T07:00']]);
    expect(v('The road was closed from 2 p.m. Monday until 4 a.m. Tuesday.')).toEqual([['2 p.m. Monday', '2024-05-13T14:00'], ['4 a.m. Tuesday', '2024-05-14T04:00']]);
    expect(v('A curfew ran from 10 p.m. Saturday to 5 a.m.')).toEqual([['10 p.m. Saturday', '2024-05-11T22:00'], ['5 a.m.', '2024-05-12T05:00']]);
  });
});

describe('clock times without a day', () => {
  it('are on the day the story tells in that sentence or, told in the past, up to three before, else on the publication day', () => {
    const v = (text: string) => resolve(text).map((t) => [t.text, t.value]);
    expect(v('Polls closed on Sunday at 8 p.m. Results were announced at 11 p.m.')).toEqual([['Sunday at 8 p.m.', '2024-05-12T20:00'], ['11 p.m.', '2024-05-12T23:00']]);
    // Told in the past, the story's day holds over a sentence or two without a time (it was one sentence before stop 17).
    expect(v('Polls closed on Sunday. Turnout was high. Results were announced at 11 p.m.')).toEqual([['Sunday', '2024-05-12'], ['11 p.m.', '2024-05-12T23:00']]);
    expect(v('Polls closed on Sunday. Turnout was high. Many voted early. Observers praised it. Results were announced at 11 p.m.').at(-1)).toEqual(['11 p.m.', '2024-05-14T23:00']);
    expect(v('The minister will speak at 3 p.m.')).toEqual([['3 p.m.', '2024-05-14T15:00']]);
    // A day ahead is a plan told beside the story, not its day.
    expect(v('Lai will take office on May 20. Polls opened at 8 a.m.')).toEqual([['May 20', '2024-05-20'], ['8 a.m.', '2024-05-14T08:00']]);
    // A live page's entry stamp is the publication's; a time told ahead does not take a day gone by.
    expect(v('Hamas attacked Israel on 7 October.\n11:30 - Aid trucks entered Gaza.')).toEqual([['7 October', '2023-10-07'], ['11:30', '2024-05-14T11:30']]);
    expect(v('The president spoke late Monday. Davis will brief reporters at 2 p.m.')).toEqual([['late Monday', '2024-05-13'], ['2 p.m.', '2024-05-14T14:00']]);
    // "10 o'clock tonight" is p.m.
    expect(v("It starts at 10 o'clock tonight.")).toEqual([["10 o'clock tonight", '2024-05-14T22:00']]);
    // A clock time told ahead takes the day ahead told just before.
    expect(v('Francis will be inaugurated on Thursday. The ceremony is due to begin at 09:30 local time.')).toEqual([['Thursday', '2024-05-16'], ['09:30', '2024-05-16T09:30']]);
    expect(v('The congress closes on Sunday, when Li will hold a news conference at about 10:30 a.m.')).toEqual([['Sunday', '2024-05-19'], ['10:30 a.m.', '2024-05-19T10:30']]);
  });
});

describe('the sentence gate', () => {
  // Sentences with no time word at a word's start and no number of a time's form skip chrono;
  // these hold only a time word inside another word or a number alone, and must still be read.
  it('lets through time words inside words, the "-ly" adverbs and numbers of a time\'s form', () => {
    const v = (text: string) => resolve(text).map((t) => [t.text, t.value]);
    expect(v('The sites were struck overnight.')).toEqual([['overnight', '2024-05-14TNI']]);
    expect(v('The rally began at midday.')).toEqual([['midday', '2024-05-14T12:00']]);
    expect(v('The board meets biweekly.')).toEqual([['biweekly', 'P2W']]);
    expect(v('Dues are paid annually.')).toEqual([['annually', 'P1Y']]);
    expect(v('He left on 5-12-98.')).toEqual([['5-12-98', '1998-05-12']]);
    expect(v('The talks resumed on the 12th.')).toEqual([['the 12th', '2024-05-12']]);
    expect(v('The bus leaves at 7.30pm.')).toEqual([['7.30pm', '2024-05-14T19:30']]);
    expect(v('The plane landed at 6.30.')).toEqual([['6.30', '2024-05-14T06:30']]);
    expect(v('Talks resumed Thurs.')).toEqual([['Thurs.', '2024-05-09']]);
    expect(v('Shares rose 3% in Q1.').map(([, value]) => value)).toEqual(['2024-Q1']);
    expect(v('The nineties were calm.')).toEqual([['The nineties', '199']]);
    expect(v("The '90s were calm.")).toEqual([["The '90s", '199']]);
  });
  it('finds nothing in a number alone or in words that only begin like a time word', () => {
    expect(resolve('In Africa, 217 people know the market.')).toEqual([]);
    expect(resolve('Sunni parties decided to monitor 3.25 million votes.')).toEqual([]);
  });
});

describe('time zones', () => {
  it('uses the article zone for the reference day', () => {
    // 23:30 UTC on Tuesday is already Wednesday in Shanghai: "tomorrow" is Thursday there.
    const late = new Date('2024-05-14T23:30:00Z');
    expect(resolveTimexes({ text: 'It ends tomorrow.', published: late, timeZone: 'Asia/Shanghai' })[0]?.value).toBe('2024-05-16');
    expect(resolveTimexes({ text: 'It ends tomorrow.', published: late, timeZone: 'America/New_York' })[0]?.value).toBe('2024-05-15');
  });

  it('does not depend on the machine TZ', () => {
    const run = (tz: string) =>
      execFileSync(process.execPath, ['dist/cli.js', 'timex', SEED_FILE, '--reference-date', '2024-05-14T23:30', '--timezone', 'Asia/Shanghai'], { cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    const utc = run('UTC');
    expect(run('Asia/Shanghai')).toBe(utc);
    expect(run('America/Los_Angeles')).toBe(utc);
    expect(JSON.parse(utc).timexes.length).toBeGreaterThan(5);
  });
});

describe('anchored durations and ranges', () => {
  it('gives a duration the span a day in the same sentence starts ("a two-day visit starting on Thursday")', () => {
    const r = resolve('Mr Putin will make a two-day state visit to China, starting on Thursday.');
    expect(r.map((t) => [t.text, t.value])).toEqual([['two-day', 'P2D'], ['Thursday', '2024-05-16']]);
    expect(r[0]).toMatchObject({ intervalRole: 'span', interval: { start: '2024-05-16', end: '2024-05-17', precision: 'day' } });
    expect(resolve('a two-week tour beginning Monday')[0]?.interval).toMatchObject({ start: '2024-05-20', end: '2024-06-02' });
  });

  it('leaves a duration unanchored when the day does not start it', () => {
    expect(resolve('After a two-day visit, he left on Thursday.')[0]?.interval).toBeUndefined();
  });

  it('splits a range into its two ends, each carrying the whole span', () => {
    const r = resolve('The summit runs 16-17 May.');
    expect(r.map((t) => [t.text, t.value])).toEqual([['16', '2024-05-16'], ['17 May', '2024-05-17']]);
    for (const t of r) expect(t).toMatchObject({ intervalRole: 'span', interval: { start: '2024-05-16', end: '2024-05-17' } });
    expect(resolve('from 1991 to 1997').map((t) => t.value)).toEqual(['1991', '1997']);
  });

  it('ends a weekday range on the first such weekday after its start, in the tense of the clause', () => {
    // Published Tuesday 14 May 2024: alone, "Wednesday" in the future is the 15th.
    const span = (text: string) => resolve(text).map((t) => [t.text, t.value, t.interval?.start, t.interval?.end, t.intervalRole]);
    expect(span('The exercises will run from Monday to Wednesday.')).toEqual([
      ['Monday', '2024-05-20', '2024-05-20', '2024-05-22', 'span'],
      ['Wednesday', '2024-05-22', '2024-05-20', '2024-05-22', 'span'],
    ]);
    expect(span('The talks ran from Monday until Wednesday.')).toEqual([
      ['Monday', '2024-05-06', '2024-05-06', '2024-05-08', 'span'],
      ['Wednesday', '2024-05-08', '2024-05-06', '2024-05-08', 'span'],
    ]);
    expect(span('Talks are expected between Thursday and Saturday.').map((t) => t[1])).toEqual(['2024-05-16', '2024-05-18']);
    expect(span('The exhibition runs Monday-Friday.').map((t) => [t[0], t[2], t[3]])).toEqual([['Monday', '2024-05-13', '2024-05-17'], ['Friday', '2024-05-13', '2024-05-17']]);
    // "runs" is the present of a schedule: the days of the publication's week, under way or next.
    expect(span('The summit runs Thursday to Friday.').map((t) => [t[0], t[2], t[3]])).toEqual([['Thursday', '2024-05-16', '2024-05-17'], ['Friday', '2024-05-16', '2024-05-17']]);
    expect(span('The summit ran Thursday to Friday.').map((t) => [t[0], t[2], t[3]])).toEqual([['Thursday', '2024-05-09', '2024-05-10'], ['Friday', '2024-05-09', '2024-05-10']]);
  });

  it('makes two weekdays in a row joined by "and" one span, and two apart two days', () => {
    const span = (text: string) => resolve(text).map((t) => [t.text, t.value, t.interval?.start, t.interval?.end]);
    expect(span('Putin will visit China on Thursday and Friday.')).toEqual([
      ['Thursday', '2024-05-16', '2024-05-16', '2024-05-17'],
      ['Friday', '2024-05-17', '2024-05-16', '2024-05-17'],
    ]);
    expect(span('Ministers will meet on Thursday and Saturday.')).toEqual([
      ['Thursday', '2024-05-16', '2024-05-16', '2024-05-16'],
      ['Saturday', '2024-05-18', '2024-05-18', '2024-05-18'],
    ]);
  });

  it('leaves two weekdays that are no range each to its tense', () => {
    expect(resolve('He met them on Monday and again on Wednesday.').map((t) => [t.value, t.intervalRole])).toEqual([['2024-05-13', undefined], ['2024-05-08', undefined]]);
    expect(resolve('A pre-Monday deal and the Monday-night game.')).toEqual([]);
  });
});

describe('dates without a year, by tense', () => {
  it('puts a date told in the past more than four weeks ahead a year back, a plan told in the past still ahead', () => {
    expect(found('On May 10, the bank disclosed a $2 billion loss.', '2013-03-14')).toEqual([['May 10', '2012-05-10']]);
    expect(found('The bank disclosed the loss on June 10.', '2013-03-14')).toEqual([['June 10', '2012-06-10']]);
    expect(found('He was born on May 3.', '2014-02-10')).toEqual([['May 3', '2013-05-03']]);
    expect(found('He was subpoenaed to testify on April 10.', '2013-03-14')).toEqual([['April 10', '2013-04-10']]);
    expect(found('He was subpoenaed to testify on Feb. 10.', '2000-01-20')).toEqual([['Feb. 10', '2000-02-10']]);
    expect(found('On May 10, the bank disclosed that it had received a subpoena.', '2013-03-21')).toEqual([['May 10', '2012-05-10']]);
    // A dividend declared is payable ahead, as is a record date.
    expect(found('The company declared a dividend, payable Dec. 15 to stock of record Nov. 17.', '1989-10-30')).toEqual([['Dec. 15', '1989-12-15'], ['Nov. 17', '1989-11-17']]);
  });
});

describe('the nearest day, and the day told last', () => {
  it('takes the nearer weekday or weekend when the clause says only that it is near', () => {
    // Thursday 28 March 2013: Saturday 30 is nearer than Saturday 23, Tuesday 26 than Tuesday 2 April.
    expect(found("Kenyans prepared on Friday for Monday's election.", '2013-03-01').at(-1)).toEqual(['Monday', '2013-03-04']);
    expect(found("Militants attacked a rally on Wednesday, two days before Saturday's election.", '2013-03-28').at(-1)).toEqual(['Saturday', '2013-03-30']);
    expect(found('Lawmakers headed home for the weekend.', '2013-03-01')).toEqual([['the weekend', '2013-W09-WE']]);
    expect(found('Banks were due to reopen on Tuesday, but the closure was extended.', '2013-03-28')).toEqual([['Tuesday', '2013-03-26']]);
  });

  it('reads "later in the day" as the day told last, and as the publication\'s when told ahead of a day gone', () => {
    expect(found('He was arrested on Saturday and charged later in the day.', '2013-03-06')).toEqual([['Saturday', '2013-03-02'], ['later in the day', '2013-03-02']]);
    expect(found('Rebels attacked the base on Tuesday. Earlier in the day, jets bombed the town.', '2013-03-06').at(-1)).toEqual(['Earlier in the day', '2013-03-05']);
    expect(found('Yesterday, the talks collapsed. The prime minister will speak later in the day.', '2013-03-06').at(-1)).toEqual(['later in the day', '2013-03-06']);
    expect(found('Sales rose in March. Later in the day, shares fell.', '2013-03-06').at(-1)).toEqual(['Later in the day', '2013-03-06']);
  });

  it('marks a clock time after "around" or "about" as an estimate', () => {
    const t = resolveTimexes({ text: 'The bomb went off around 7 p.m.', published: new Date('2013-03-06T12:00:00Z'), timeZone: 'UTC' });
    expect(t.map((x) => [x.text, x.value, x.mod])).toEqual([['7 p.m.', '2013-03-06T19:00', 'APPROX']]);
    const u = resolveTimexes({ text: 'He left at 4 p.m.', published: new Date('2013-03-06T12:00:00Z'), timeZone: 'UTC' });
    expect(u[0]?.mod).toBeUndefined();
  });
});

describe('the day a story tells', () => {
  it('stays the day of its clock times and "that night" across a coarser time told in its sentence', () => {
    const story = 'The assault happened on the night of Aug. 11, 2012, at a party to mark the end of summer. She was stumbling by about 11:30 p.m. She woke up the next morning.';
    expect(found(story, '2013-03-17').slice(2)).toEqual([['11:30 p.m.', '2012-08-11T23:30'], ['the next morning', '2012-08-12TMO']]);
    expect(found('On Monday, Mr. Obama traveled to Hartford, where lawmakers last week passed a bill. He flew back that night.', '2013-04-09').at(-1)).toEqual(['that night', '2013-04-08TNI']);
    // A coarser time in a later sentence is a new focus: the publication's morning.
    expect(found('Futures rose, up from 56 percent on Thursday. The yield hit the highest since April 2010, as of 9:45 a.m.', '2013-03-17').at(-1)).toEqual(['9:45 a.m.', '2013-03-17T09:45']);
  });

  it('gives a day after "the spring of 2003" the year of that spring, and "the following spring" the next one', () => {
    expect(found('In the spring of 2003, troops advanced. Baghdad fell on April 9.', '2013-04-09').at(-1)).toEqual(['April 9', '2003-04-09']);
    expect(found('He joined the firm in 1975. The following spring, he was made a partner.', '2013-04-09').at(-1)).toEqual(['The following spring', '1976-SP']);
    // A year alone does not ("a program approved in 1987 … through Sept. 29" is of the publication's year).
    expect(found('Under a program approved in 1987, Nashua had purchased 481,000 shares through Sept. 29.', '1989-10-30').at(-1)).toEqual(['Sept. 29', '1989-09-29']);
  });
});

describe('reports, schedules and clock times of a story', () => {
  it('numbers a fiscal quarter in the year of the report, and compares a year earlier with it', () => {
    expect(found('FedEx said profit fell 31% in its fiscal third quarter. Revenue rose 2% from a year earlier.', '2013-03-20')).toEqual([['fiscal third quarter', '2013-Q3'], ['a year earlier', '2012-Q3']]);
    expect(found('For the fiscal fourth quarter, the company forecast earnings of $2. Profit in the latest quarter fell.', '2013-03-20')).toEqual([['the fiscal fourth quarter', '2013-Q4'], ['the latest quarter', '2012-Q4']]);
  });

  it('finds a year or month told ahead from the publication, a day told ahead from the day reported', () => {
    expect(found('The crisis began in 2008. Over the next year, the Fed will taper.', '2013-11-20').at(-1)).toEqual(['the next year', '2014']);
    expect(found('He was elected in 2008. The next year, he resigned.', '2013-11-20').at(-1)).toEqual(['The next year', '2009']);
    expect(found('A spokesman said on Sunday that the bill would be presented the next day.', '2013-03-20').at(-1)).toEqual(['the next day', '2013-03-18']);
  });

  it('puts "in the morning" on the day told last or the publication\'s, "that same evening" in the month told last', () => {
    expect(found('Minutes released last month showed worry. Stocks had been lower in the morning.', '2013-03-20').at(-1)).toEqual(['the morning', '2013-03-20TMO']);
    expect(found('Police came in March 2020. That same evening, he left.', '2013-03-20').at(-1)).toEqual(['That same evening', '2020-03-XX']);
  });

  it('ends the story\'s day at its midnight, and gives a clock time the date after "local time"', () => {
    expect(found('On Tuesday, the gunman waited outside until shortly before midnight.', '2013-03-20')).toEqual([['Tuesday', '2013-03-19'], ['midnight', '2013-03-19T24:00']]);
    expect(found('The attack came shortly after midnight.', '2013-03-20')).toEqual([['midnight', '2013-03-20T00:00']]);
    expect(found('His resignation took effect at 20:00 local time on 28 February.', '2013-03-13')).toEqual([['20:00', '2013-02-28T20:00'], ['28 February', '2013-02-28']]);
    expect(found('The pope will speak at noon (11:00 GMT) on Sunday.', '2013-03-13')).toEqual([['noon', '2013-03-17T12:00'], ['Sunday', '2013-03-17']]);
    expect(found('Jurors resume Thursday morning at 9.', '2013-03-13')).toEqual([['Thursday morning at 9', '2013-03-14T09:00']]);
    expect(found('He will arrive Monday night at 10.', '2013-03-13')).toEqual([['Monday night at 10', '2013-03-18T22:00']]);
  });
});

describe('schedules, nights and weeks around the publication', () => {
  it('reads market closures and present schedules as ahead, and a noun before a day as no verb', () => {
    expect(found('U.S. markets are closed Monday for Martin Luther King Jr. Day.', '2014-01-15')).toEqual([['Monday', '2014-01-20'], ['Martin Luther King Jr. Day', '2014-01-20']]);
    expect(found('The jobs report comes out Friday.', '2014-01-15')).toEqual([['Friday', '2014-01-17']]);
    expect(found('Voting concludes Thursday.', '2014-01-15')).toEqual([['Thursday', '2014-01-16']]);
    expect(found('US markets will close early on Thursday and remain shut on Friday.', '2014-01-15').at(-1)).toEqual(['Friday', '2014-01-17']);
    expect(found('Germany reached the final by routing host Brazil 7-1 on Tuesday.', '2014-01-15')).toEqual([['Tuesday', '2014-01-14']]);
  });

  it('puts the small hours after a night on the next day, and a midnight after which something happened at a day\'s start', () => {
    expect(found('Revellers packed the waterfront last night. Police made 16 arrests by 3am.', '2014-01-01').at(-1)).toEqual(['3am', '2014-01-01T03:00']);
    expect(found('The House voted early Tuesday, shortly after midnight.', '2013-10-01').at(-1)).toEqual(['midnight', '2013-10-01T00:00']);
  });

  it('reads "this week" told ahead on a Sunday as the week that starts the next day', () => {
    expect(found('The Diet will debate the budget this week.', '2014-02-09')).toEqual([['this week', '2014-W07']]);
    expect(found('Earlier this week, snow fell.', '2014-02-09')).toEqual([['Earlier this week', '2014-W06']]);
  });

  it('reads the end of the year told in the past in January as the year gone by', () => {
    expect(found('Sales picked up toward the end of the year.', '2014-01-02')).toEqual([['the end of the year', '2013']]);
    expect(found('Stocks rallied late in the year.', '2014-01-02')).toEqual([['late in the year', '2013']]);
    expect(found('Sales will pick up toward the end of the year.', '2014-01-02')).toEqual([['the end of the year', '2014']]);
  });

  it('reads Black Friday and Cyber Monday, not "Green Monday" nor "The Weekend Australian"', () => {
    expect(found('Black Friday sales rose.', '2013-12-02')).toEqual([['Black Friday', '2013-11-29']]);
    expect(found('Cyber Monday sales jumped.', '2013-12-02')).toEqual([['Cyber Monday', '2013-12-02']]);
    expect(found('Retailers will push Green Monday.', '2013-12-02')).toEqual([]);
    expect(found('He told The Weekend Australian.', '2013-12-02')).toEqual([]);
  });
});

describe('audits of the session\'s own rules', () => {
  it('keeps a relative or coordinated clause\'s tense to itself', () => {
    expect(found('The cuts that took effect on March 1 are beginning to bite.', '2013-03-29')).toEqual([['March 1', '2013-03-01']]);
    expect(found('Obama vowed to make gun control a priority, and on Jan. 16 he unveiled a plan.', '2013-04-09')).toEqual([['Jan. 16', '2013-01-16']]);
    expect(found('The plan that will take effect March 1 was approved.', '2013-01-09')).toEqual([['March 1', '2013-03-01']]);
  });

  it('reads more schedules ahead and more pasts as gone', () => {
    expect(found('The conference is held on Saturday.', '2013-03-19')).toEqual([['Saturday', '2013-03-23']]);
    expect(found('Petrol rises by 2p a litre on Monday, the AA says.', '2013-04-17')).toEqual([['Monday', '2013-04-22']]);
    expect(found("Investors are looking ahead to Friday's durable goods report.", '2013-03-20')).toEqual([['Friday', '2013-03-22']]);
    expect(found('The suspect will be arraigned after his arrest on Sunday.', '2013-03-19')).toEqual([['Sunday', '2013-03-17']]);
    expect(found('The men planned the attack in February.', '2013-03-20')).toEqual([['February', '2013-02']]);
    expect(found('The visit was planned for Friday.', '2013-03-20')).toEqual([['Friday', '2013-03-22']]);
  });

  it('orders months of a list across a new year, and keeps "last month" out of a list', () => {
    expect(found('Sales fell in December and January.', '2013-03-20')).toEqual([['December', '2012-12'], ['January', '2013-01']]);
    expect(found('Prices rose in November, and last month they fell.', '2013-03-20')).toEqual([['November', '2012-11'], ['last month', '2013-02']]);
  });

  it('reads "more than 35 years later" as a duration of more than that, and a clock time after an afternoon one as p.m.', () => {
    const later = resolveTimexes({ text: 'More than 35 years later, he returned.', published: new Date('2013-03-20T12:00:00Z'), timeZone: 'UTC' });
    expect(later.map((t) => [t.value, t.mod])).toEqual([['P35Y', 'MORE_THAN']]);
    expect(found('The first call came at 2:40 p.m. The second came at 2:56.', '2013-03-20')).toEqual([['2:40 p.m.', '2013-03-20T14:40'], ['2:56', '2013-03-20T14:56']]);
    const around = resolveTimexes({ text: 'The plant will open around 2025.', published: new Date('2013-03-20T12:00:00Z'), timeZone: 'UTC' });
    expect(around.map((t) => [t.value, t.mod])).toEqual([['2025', 'APPROX']]);
  });

  it('numbers a third or fourth fiscal quarter reported in January in the year before', () => {
    expect(found('a smaller-than-expected rise in fiscal fourth-quarter sales', '2013-01-09')).toEqual([['fiscal fourth-quarter', '2012-Q4']]);
    expect(found("Apple's fiscal first quarter", '2013-01-24')).toEqual([['fiscal first quarter', '2013-Q1']]);
  });

  it('reads "That fall" after a year, and no time in "said that summer school" or "the early-morning hours"', () => {
    expect(found('Reyes left the Army in the summer of 2009. That fall he enrolled, and the following spring he transferred.', '2013-03-20').slice(1)).toEqual([['That fall', '2009-FA'], ['the following spring', '2010-SP']]);
    expect(found('She said that summer school would close.', '2013-03-20')).toEqual([]);
    expect(found('He said that night that he would resign.', '2013-03-20')).toEqual([['that night', '2013-03-20TNI']]);
    expect(found('The bus crashed in the early-morning hours of Friday.', '2013-03-20')).toEqual([['Friday', '2013-03-15']]);
  });

  it('leaves idioms, scores, levels and names untagged, and tags a year before "assault weapons"', () => {
    expect(found('The club will live to fight another day.')).toEqual([]);
    expect(found('The talks could last another day or two.')).toEqual([['another day', 'P1D']]);
    expect(found('It was still in the 90s when fans left.')).toEqual([]);
    expect(found('He shot rounds in the 70s.')).toEqual([]);
    expect(found('He spoke to the Sun.')).toEqual([]);
    expect(found('She taught Sunday school.')).toEqual([]);
    expect(found('the 1994 assault weapons ban', '2013-03-20')).toEqual([['1994', '1994']]);
    expect(found('about once a century')).toEqual([['once a century', 'P100Y']]);
    expect(found('The FTSE 100 was at 6,432.1 at 10.15.', '2013-03-20')).toEqual([['10.15', '2013-03-20T10:15']]);
  });
});

describe('clock times of a story told over several sentences and of a timeline', () => {
  it('keeps the story\'s day over a sentence or two without a time', () => {
    expect(found('The call was placed at 7:16 p.m. on Feb. 26, 2012. A single gunshot can be heard near the end. Martin was pronounced dead at 7:30 p.m.', '2013-06-26').at(-1)).toEqual(['7:30 p.m.', '2012-02-26T19:30']);
    expect(found('Polls closed on Sunday. Turnout was high. Results were announced at 11 p.m.', '2013-03-20').at(-1)).toEqual(['11 p.m.', '2013-03-17T23:00']);
  });

  it('puts a timeline\'s entries on the day of the heading above them, a live page\'s on the publication day', () => {
    const timeline = 'MONDAY, APRIL 15\n9 a.m. — Runners gather in Hopkinton.\n2:49 p.m. — Two bombs explode near the finish line.\nFRIDAY, APRIL 19\n12:45 a.m. — Police chase the suspects.';
    expect(found(timeline, '2013-04-20')).toEqual([
      ['MONDAY, APRIL 15', '2013-04-15'], ['9 a.m.', '2013-04-15T09:00'], ['2:49 p.m.', '2013-04-15T14:49'],
      ['FRIDAY, APRIL 19', '2013-04-19'], ['12:45 a.m.', '2013-04-19T00:45'],
    ]);
    expect(found('09:15 - The Chancellor rises.\n09:40 - Markets wait for Friday.', '2013-03-20').slice(0, 2)).toEqual([['09:15', '2013-03-20T09:15'], ['09:40', '2013-03-20T09:40']]);
  });
});

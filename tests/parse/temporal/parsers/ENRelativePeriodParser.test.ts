import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENRelativePeriodParser', () => {
  it('names weeks Monday to Sunday, months and years around the publication', () => {
    expect(only('It happened this week.')).toMatchObject({ value: '2024-W20', interval: { start: '2024-05-13', end: '2024-05-19', precision: 'week' } });
    expect(only('It happened last week.')).toMatchObject({ value: '2024-W19', interval: { start: '2024-05-06', end: '2024-05-12' } });
    expect(found('Talks resume next week.')).toEqual([['next week', '2024-W21']]);
    expect(found('It grew this month.')).toEqual([['this month', '2024-05']]);
    expect(found('It grew next month.')).toEqual([['next month', '2024-06']]);
    expect(found('It fell last year.')).toEqual([['last year', '2023']]);
    expect(found('It fell last quarter.')).toEqual([['last quarter', '2024-Q1']]);
    expect(found('in the current fiscal year')).toEqual([['the current fiscal year', '2024']]);
  });

  it('counts two away for "the week before last" and "the month after next"', () => {
    expect(found('The week before last, he resigned.')).toEqual([['The week before last', '2024-W18']]);
    expect(found('It happened the month before last.')).toEqual([['the month before last', '2024-03']]);
    expect(found('They meet the week after next.')).toEqual([['the week after next', '2024-W22']]);
    expect(found('The year before last was hard.')).toEqual([['The year before last', '2022']]);
    // "the week before the vote" is anchored on a happening: not this.
    expect(found('The week before the vote was tense.')).toEqual([]);
  });

  it('keeps part words as mod and in the extent', () => {
    expect(only('He left earlier this week.')).toMatchObject({ text: 'earlier this week', value: '2024-W20', mod: 'START' });
    expect(only('He leaves later this week.')).toMatchObject({ value: '2024-W20', mod: 'END' });
    expect(only('late last week')).toMatchObject({ value: '2024-W19', mod: 'END' });
    expect(only('early next year')).toMatchObject({ value: '2025', mod: 'START' });
    expect(only('by the end of the month')).toMatchObject({ text: 'the end of the month', value: '2024-05', mod: 'END' });
    expect(only('earlier in the year')).toMatchObject({ value: '2024', mod: 'START' });
  });

  it('names months and seasons with this/last/next', () => {
    expect(found('last November')).toEqual([['last November', '2023-11']]);
    expect(found('this September')).toEqual([['this September', '2024-09']]);
    expect(found('next spring')).toEqual([['next spring', '2025-SP']]);
    expect(found('last summer')).toEqual([['last summer', '2023-SU']]);
  });
  it('takes "last winter" in January as the one before the winter under way', () => {
    expect(found('Last winter, the unit treated 27 patients.', '2019-01-29')).toEqual([['Last winter', '2017-WI']]);
    expect(found('This winter has been mild.', '2019-01-29')).toEqual([['This winter', '2018-WI']]);
    expect(found('Last winter was cold.', '2019-12-15')).toEqual([['Last winter', '2018-WI']]);
  });

  it('reads "the weekend" by tense and "this weekend" as the publication week\'s', () => {
    expect(only('Talks were held over the weekend.')).toMatchObject({ value: '2024-W19-WE', interval: { start: '2024-05-11', end: '2024-05-12' } });
    expect(only('Talks will be held over the weekend.').value).toBe('2024-W20-WE');
    expect(only('this weekend').value).toBe('2024-W20-WE');
  });

  it('anchors "that year", "the following week", "the next morning" on the time mentioned before', () => {
    expect(found('He fled in June 1998 and returned later that year.')).toEqual([['June 1998', '1998-06'], ['later that year', '1998']]);
    expect(found('The blast was on March 3, 2001. The following week, talks began.')).toEqual([['March 3, 2001', '2001-03-03'], ['The following week', '2001-W10']]);
    expect(found('He was arrested on Feb. 22, 2000 and appeared in court the next morning.')).toEqual([['Feb. 22, 2000', '2000-02-22'], ['the next morning', '2000-02-23TMO']]);
  });

  it('reads "the day before" and "the day after" closing a clause from the day mentioned before, not before a happening', () => {
    expect(found('He was arrested on Feb. 22, 2000. The day before, he had resigned.')).toEqual([['Feb. 22, 2000', '2000-02-22'], ['The day before', '2000-02-21']]);
    expect(found('The talks ended on March 3, 2001; the day after, fighting resumed.')).toEqual([['March 3, 2001', '2001-03-03'], ['the day after', '2001-03-04']]);
    expect(found('The day before the vote, he resigned.')).toEqual([]);
    expect(found('On the day after he left, it rained.')).toEqual([]);
  });

  it('reads "the year ended June 30" as a duration', () => {
    expect(found('For the year ended June 30, it earned more.')[0]).toEqual(['the year', 'P1Y']);
    expect(found('Prices rose 3 percent in the year to March.')[0]).toEqual(['the year', 'P1Y']);
    expect(found('Jobless claims fell in the week ended May 4.')[0]).toEqual(['the week', 'P1W']);
    expect(found('The week was busy.')).toEqual([['The week', '2024-W20']]);
    expect(found('In the year to December 2023, sales fell.')[0]).toEqual(['the year', 'P1Y']);
  });

  it('refuses months in lower case, "the month" alone and titles', () => {
    expect(found('this march will go on')).toEqual([]);
    expect(found('during the month of fasting')).toEqual([]);
    expect(found('Baker said on ABC\'s "This Week" that it would.')).toEqual([]);
  });

  it('reads "last year" after a compared figure in a report as the same period a year before', () => {
    expect(found('Third-quarter profit was $24 million, compared with a loss of $3 million last year.', '1989-11-02')).toEqual([['Third-quarter', '1989-Q3'], ['last year', '1988-Q3']]);
    expect(found('Third-quarter sales rose 13% from last year\'s $1.55 billion.', '1989-11-02')).toEqual([['Third-quarter', '1989-Q3'], ['last year', '1988-Q3']]);
    expect(found('Third-quarter sales rose. The company was founded last year.', '1989-11-02')).toEqual([['Third-quarter', '1989-Q3'], ['last year', '1988']]);
    expect(found('Sales were $3 million, compared with $2 million last year.', '1989-11-02')).toEqual([['last year', '1988']]);
  });

  it('reads "that same day" after a month as a day of that month', () => {
    expect(found('He was killed last October. His name was crossed out that same day.', '1999-02-06')).toEqual([['last October', '1998-10'], ['that same day', '1998-10-XX']]);
  });

  it('reads "the year" before a price as the publication\'s year, not before "of" a thing', () => {
    expect(found('The stock rose to a high for the year of $42.875 in June.', '1989-10-30')[0]).toEqual(['the year', '1989']);
    expect(found('in the year of his birth')).toEqual([]);
  });

  it('reads "last August" in February as the August before, whatever the tense', () => {
    expect(found('the invasion last August', '2024-02-14')).toEqual([['last August', '2023-08']]);
    expect(found('Officials will investigate the invasion last August.', '2024-02-14')).toEqual([['last August', '2023-08']]);
    expect(found('He began his diplomacy after the invasion last August.', '1991-02-25')).toEqual([['last August', '1990-08']]);
  });

  it('reads "the turn of" a period as the start of the one next to the boundary the publication is nearest to', () => {
    expect(only('At the turn of the century, the city had two million people.')).toMatchObject({ text: 'the turn of the century', value: '20', mod: 'START' });
    expect(found('by the turn of the century', '1998-06-01')).toEqual([['the turn of the century', '20']]);
    expect(found('at the turn of the century', '1955-06-01')).toEqual([['the turn of the century', '19']]);
    expect(only('Prices fell at the turn of the year.')).toMatchObject({ value: '2024', mod: 'START' });
    expect(found('Prices will fall at the turn of the year.', '2024-11-20')).toEqual([['the turn of the year', '2025']]);
    expect(only('Prices will fall at the end of the year.', '2024-11-20')).toMatchObject({ value: '2024', mod: 'END' });
  });
  it('keeps "the" of "the next decade" and "the coming year"', () => {
    expect(found('The plan will cost $1 trillion over the next decade.')).toEqual([['the next decade', '203']]);
    expect(found('Prices will rise in the coming year.')).toEqual([['the coming year', '2025']]);
  });
  it('reads "the night/week before" and a leading "The year before," from the time mentioned last', () => {
    expect(found('On May 5, the protest began. The night before, police massed.')).toEqual([['May 5', '2024-05-05'], ['The night before', '2024-05-04TNI']]);
    expect(found('On May 5, the protest began. The week before, police massed.')).toEqual([['May 5', '2024-05-05'], ['The week before', '2024-W17']]);
    expect(found('In 2012 the protests began. The year before, police massed.')).toEqual([['2012', '2012'], ['The year before', '2011']]);
    // A comparison's "the year before" is left untagged, as TempEval-3 leaves it.
    expect(found('Sales fell to $300 million in 2012, down from $450 million the year before.')).toEqual([['2012', '2012']]);
  });
  it('reads a report\'s "the (full) year" as the year of the quarter it is about', () => {
    expect(found('The bank posted a fourth-quarter loss. For the full year, net profit fell 85 percent.', '2013-01-31')).toEqual([['fourth-quarter', '2012-Q4'], ['the full year', '2012']]);
    expect(found('For the full year, net profit fell 85 percent.', '2013-01-31')).toEqual([['the full year', '2013']]);
  });

  it('reads "by the end of the day", not the idiom "at the end of the day"', () => {
    expect(found('Pay by the end of the day.', '2013-03-20')).toEqual([['the end of the day', '2013-03-20']]);
    expect(found('At the end of the day, it is about jobs.', '2013-03-20')).toEqual([]);
  });
});

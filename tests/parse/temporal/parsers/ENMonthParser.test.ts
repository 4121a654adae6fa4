import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENMonthParser', () => {
  it('reads months with and without a year, picking the year by tense', () => {
    expect(found('It was signed in November 1998.')).toEqual([['November 1998', '1998-11']]);
    expect(found('in January nineteen ninety-seven')).toEqual([['January nineteen ninety-seven', '1997-01']]);
    expect(found('In June last year, the leaders fell out.')).toEqual([['June last year', '2023-06']]);
    expect(found('The talks collapsed in November.')).toEqual([['November', '2023-11']]);
    expect(found('The talks will resume in November.')).toEqual([['November', '2024-11']]);
    expect(found('It happened in March.')).toEqual([['March', '2024-03']]);
  });

  it('keeps part words as mod', () => {
    expect(only('in late November')).toMatchObject({ text: 'late November', mod: 'END' });
    expect(only('by mid-June')).toMatchObject({ text: 'mid-June', mod: 'MID' });
    expect(only('in early May')).toMatchObject({ text: 'early May', value: '2024-05', mod: 'START' });
  });

  it('refuses the verbs "may" and "march" and the noun "the March"', () => {
    expect(found('Prices may rise.')).toEqual([]);
    expect(found('May I ask?')).toEqual([]);
    expect(found('Thousands march on the capital.')).toEqual([]);
    expect(found('They March on.')).toEqual([]);
    expect(found('the annual March for Life')).toEqual([]);
    expect(found('The Jan report')).toEqual([]);
  });

  it('reads a past-tense month as the one before, even when the next one is nearer', () => {
    expect(found('In January, the company brought in a new chief executive.', '1989-11-02')).toEqual([['January', '1989-01']]);
    expect(found('In February, it posted a loss.', '1989-11-02')).toEqual([['February', '1989-02']]);
    expect(found('Officials will be named for a mission in December.', '1998-03-04')).toEqual([['December', '1998-12']]);
    // The month after next, in a past clause, is last year's: it has not begun.
    expect(found('The company announced in May that it would close the plant.', '2013-03-22')).toEqual([['May', '2012-05']]);
    expect(found('Sales in March rose 5 percent.', '2024-01-26')).toEqual([['March', '2023-03']]);
    expect(found('The mission will launch in May.', '2013-03-22')).toEqual([['May', '2013-05']]);
  });

  it('reads a bare "May" in a list of months, as a possessive, a superlative or a subject', () => {
    expect(found('Sales rose in February, March and April.', '2024-05-14')).toEqual([['February', '2024-02'], ['March', '2024-03'], ['April', '2024-04']]);
    expect(found('Sales rose in March, May and June.', '2024-07-14').map(([t]) => t)).toEqual(['March', 'May', 'June']);
    expect(found('May was the wettest month on record.', '2024-07-14')).toEqual([['May', '2024-05']]);
    expect(found("May's figures were weak.", '2024-07-14')).toEqual([['May', '2024-05']]);
    expect(found('It was the warmest May since 1850.', '2024-07-14')).toEqual([['May', '2024-05'], ['1850', '1850']]);
    expect(found("Theresa May's government fell.")).toEqual([]);
    // Months listed together are of one year, the one most of them take; the month "May" is no modal.
    expect(found('Sales rose in April, May and June.', '2013-03-22')).toEqual([['April', '2012-04'], ['May', '2012-05'], ['June', '2012-06']]);
    expect(found('Prices rose in June, July and August.', '2024-05-15')).toEqual([['June', '2023-06'], ['July', '2023-07'], ['August', '2023-08']]);
    expect(found('May God bless you.')).toEqual([]);
  });

  it('reads "the March accession" as the month and the names of marches as none', () => {
    expect(found('The March accession will enable them to join.', '1999-02-10')).toEqual([['March', '1999-03']]);
    expect(found('Thousands took part in March for Life events.')).toEqual([]);
    expect(found('They joined the March on Washington.')).toEqual([]);
    expect(found('the May elections', '1999-02-10')).toEqual([['May', '1999-05']]);
  });

  it('reads "March" and "May" after a possessive and before a month\'s figures as the month, not a name', () => {
    expect(found("The Fed's March meeting is next week.", '2013-03-14')).toEqual([['March', '2013-03'], ['next week', '2013-W12']]);
    expect(found("The government's preliminary May report will show gains.", '2013-03-14')).toEqual([['May', '2013-05']]);
    expect(found('Economists expect March payrolls to rise.', '2013-03-14')).toEqual([['March', '2013-03']]);
    expect(found("Theresa May's speech", '2017-03-14')).toEqual([]);
    expect(found("Labour's May said so.", '2017-03-14')).toEqual([]);
    expect(found('Prices may rise.', '2013-03-14')).toEqual([]);
  });

  it('keeps the month of publication out of the year of a month just named ("below their April 2007 peak")', () => {
    expect(found('Sales were 16% below their April 2007 peak. Builder confidence slipped in March.', '2013-03-26')).toEqual([['April 2007', '2007-04'], ['March', '2013-03']]);
    // A month told ahead is not in a year gone by.
    expect(found('Pay fell in the 12 months through March 2012. Hiring will pick up in January.', '2013-03-07').at(-1)).toEqual(['January', '2014-01']);
    // A story of another year still carries its year ("Aug. 17, 2013 … Aug. 16").
    expect(found('The couple were found on Aug. 17, 2013. They had been shot on Aug. 16.', '2016-03-01').map((t) => t[1])).toEqual(['2013-08-17', '2013-08-16']);
  });

  it('reads British days with a year phrase, and months of the year told before', () => {
    expect(found('The deal was signed on 12 February last year.', '2013-03-06')).toEqual([['12 February last year', '2012-02-12']]);
    expect(found('The vote will be held on 7 May next year.', '2013-03-06')).toEqual([['7 May next year', '2014-05-07']]);
    expect(found('She was elected in 1959. In May that year she married.', '2013-03-06')).toEqual([['1959', '1959'], ['May that year', '1959-05']]);
    expect(found('She became prime minister in May 1979. On 4 May that year she spoke.', '2013-03-06').at(-1)).toEqual(['4 May that year', '1979-05-04']);
    expect(found('He was ordained in December 1969. In March the following year he taught.', '2013-03-06').at(-1)).toEqual(['March the following year', '1970-03']);
    expect(found('The deal ended a standoff in 2011, in August of that year.', '2013-03-06').at(-1)).toEqual(['August of that year', '2011-08']);
    expect(found('Chavez was elected in 1998. The following February he took office.', '2013-03-06').at(-1)).toEqual(['The following February', '1999-02']);
    expect(found('He joined in 2011. That June he left.', '2013-03-06').at(-1)).toEqual(['That June', '2011-06']);
    expect(found('I hope that May wins.', '2017-03-06')).toEqual([]);
    expect(found('on 12 February', '2013-03-06')).toEqual([['12 February', '2013-02-12']]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectTense } from '../../../src/parse/temporal/detectTense.js';

const at = (sentence: string, expression: string) => {
  const i = sentence.indexOf(expression);
  return detectTense(sentence, i, i + expression.length);
};

describe('detectTense', () => {
  it('reads a day after "is" and present verbs of a release or a date as ahead', () => {
    expect(at('The funeral is Saturday.', 'Saturday')).toBe('future');
    expect(at('The deadline is Monday.', 'Monday')).toBe('future');
    expect(at('Tickets go on sale Friday.', 'Friday')).toBe('future');
    expect(at('The movie hits theaters Friday.', 'Friday')).toBe('future');
    expect(at('The anniversary falls on Wednesday.', 'Wednesday')).toBe('future');
    expect(at('The banks open on Thursday.', 'Thursday')).toBe('future');
    expect(at('The film premieres in December.', 'December')).toBe('future');
    expect(at('What happens on Friday', 'Friday')).toBe('future');
    expect(at('Britain becomes a third country on Saturday.', 'Saturday')).toBe('future');
    // Not "today is", and not a past copula or a noun.
    expect(at('Today is Wednesday.', 'Wednesday')).toBeUndefined();
    expect(at('The best day was Monday.', 'Monday')).toBe('past');
    expect(at('The shops opened on Monday.', 'Monday')).toBe('past');
    // Only a day or date after "is" or "are": a verb after "are" keeps its clause's tense.
    expect(at('Some left here when Castro came to power and are returning to Havana.', 'returning')).not.toBe('future');
  });

  it('reads "until" after a state that lasted, told in the past, as gone ("stayed closed until Thursday")', () => {
    expect(at('The banks stayed closed until Thursday.', 'Thursday')).toBe('past');
    expect(at('The count was not completed until Saturday.', 'Saturday')).toBe('past');
    expect(at('Police held him until Friday.', 'Friday')).toBe('past');
    expect(at('The banks will stay closed until Thursday.', 'Thursday')).toBe('future');
    expect(at('They extended the deadline until Tuesday.', 'Tuesday')).toBe('future');
  });

  it('does not take the noun after a possessive day for a verb ("February\'s starts were revised")', () => {
    expect(at("February's starts were revised up.", 'February')).toBe('past');
    expect(at("Monday's talks will focus on trade.", 'Monday')).toBe('future');
  });

  it('reads a participle joined by "and" to a passive told ahead as ahead ("will be announced on Sunday and published on Monday")', () => {
    expect(at('The list will be announced on Sunday and published on Monday.', 'Monday')).toBe('future');
    expect(at('He was arrested on Sunday and charged on Monday.', 'Monday')).toBe('past');
  });

  it('reads a dateline\'s date as gone by ("NICOSIA, March 22 (Reuters) -")', () => {
    expect(at('NICOSIA, March 22 (Reuters) - Lawmakers were set to vote on Friday.', 'March 22')).toBe('past');
    expect(at('Lawmakers were set to vote on March 22.', 'March 22')).toBe('future');
  });

  it('reads a plan told in the past perfect as gone ("had originally been scheduled for Sunday")', () => {
    expect(at('The vote had originally been scheduled for Sunday but was postponed twice.', 'Sunday')).toBe('past');
    expect(at('The meeting had been planned for Thursday.', 'Thursday')).toBe('past');
    expect(at('The vote is scheduled for Sunday.', 'Sunday')).toBe('future');
  });

  it('does not take the colon of a clock time for a clause boundary', () => {
    expect(at('The company will host a call at 8:30 a.m. Eastern time on Tuesday.', 'Tuesday')).toBe('future');
    expect(at('The ceasefire is due to begin at 12:15 p.m. (1015 GMT) on Sunday.', 'Sunday')).toBe('future');
    // A colon that ends a clause still does.
    expect(at('He will go: the talks ended on Friday.', 'Friday')).toBe('past');
  });

  it('reads the figure a change is measured from as known ("up from 56 percent on Thursday")', () => {
    expect(at('Futures showed the Fed will raise rates in December, up from 56 percent on Thursday.', 'Thursday')).toBe('past');
    expect(at('Sales will rise 5 percent, compared with 4 percent on Friday.', 'Friday')).toBe('past');
    expect(at('Sales will rise 5 percent on Friday.', 'Friday')).toBe('future');
  });

  it('reads the nearest tense marker, preferring the verb before', () => {
    expect(at('Mr Putin will meet Mr Xi on Thursday.', 'Thursday')).toBe('future');
    expect(at('Mr Putin met Mr Xi on Thursday.', 'Thursday')).toBe('past');
    expect(at('The State Department on Sunday issued a warning.', 'Sunday')).toBe('past');
    expect(at('Talks will be held over the weekend.', 'the weekend')).toBe('future');
    expect(at('The vote is scheduled for Friday.', 'Friday')).toBe('future');
    expect(at('He is travelling to Paris on Friday.', 'Friday')).toBe('future');
    expect(at('The team planned to leave on Thursday.', 'Thursday')).toBe('future');
    expect(at('The storm is forecast to make landfall late Thursday.', 'late Thursday')).toBe('future');
    expect(at('Growth is projected to slow in the fourth quarter.', 'the fourth quarter')).toBe('future');
  });

  it('lets cue words right before decide', () => {
    expect(at('The visit comes just days ahead of Monday’s inauguration.', 'Monday')).toBe('future');
    expect(at('Nothing has changed since Monday.', 'Monday')).toBe('past');
    expect(at('The deal takes effect effective Feb. 1.', 'Feb. 1')).toBe('future');
    expect(at('They extended the deadline until Tuesday.', 'Tuesday')).toBe('future');
    expect(at('Until Thursday, they had not called him a suspect.', 'Thursday')).toBe('past');
    expect(at('A two-day state visit starting on Thursday.', 'Thursday')).toBe('future');
    expect(at('Talks beginning on Monday were put off.', 'Monday')).toBe('future');
    expect(at('A row over Thursday’s vote.', 'Thursday')).toBe(undefined);
  });

  it('ignores a trailing reporting clause and reads possessives from what follows', () => {
    expect(at('The summit opens on Friday, officials said.', 'Friday')).toBe('future');
    expect(at('He meets Mr Xi on Thursday.', 'Thursday')).toBe('future');
    expect(at('They would look for ways around Wednesday’s ruling.', 'Wednesday')).toBe(undefined);
  });

  it('reads "runs" and "lasts" as the present of a schedule (until a time: ahead), and their past as gone', () => {
    expect(at('The exhibition runs until Sunday.', 'Sunday')).toBe('future');
    expect(at('The summit runs Thursday to Friday.', 'Thursday')).toBe('present');
    expect(at('The festival lasts from Monday.', 'Monday')).toBe('present');
    expect(at('The festival lasts until Sunday.', 'Sunday')).toBe('future');
    expect(at('Supplies run out on Friday.', 'Friday')).not.toBe('present');
    expect(at('The summit ran Thursday to Friday.', 'Thursday')).toBe('past');
    expect(at('The festival lasted through Sunday.', 'Sunday')).toBe('past');
  });

  it('reads "after" as gone unless its own clause is told ahead', () => {
    expect(at('They met after Christmas.', 'Christmas')).toBe('past');
    expect(at('They will meet after Christmas.', 'Christmas')).toBe('future');
    expect(at('Since the war ended after Christmas, they will meet.', 'Christmas')).toBe('past');
  });

  it('reads a law or rule coming into force as ahead, unless told in the past or negated', () => {
    expect(at('The new rules come into force in January.', 'January')).toBe('future');
    expect(at('The law takes effect in January.', 'January')).toBe('future');
    expect(at('The treaty enters into force in March.', 'March')).toBe('future');
    expect(at('The tariffs go into effect on Monday.', 'Monday')).toBe('future');
    expect(at('The new rules came into force in January.', 'January')).toBe('past');
    expect(at('The law took effect in January.', 'January')).toBe('past');
    expect(at('The rules did not come into force in January.', 'January')).toBe('past');
  });

  it('reads an expression inside a relative clause by that clause', () => {
    expect(at('The minister, who resigned on Monday, will testify on Thursday.', 'Monday')).toBe('past');
    expect(at('The minister, who resigned on Monday, will testify on Thursday.', 'Thursday')).toBe('future');
    expect(at('The envoy, who will arrive on Friday, met the king.', 'Friday')).toBe('future');
  });

  it('does not take the tense of the next clause’s subject', () => {
    expect(at('The president told reporters on Friday he would visit on Sunday.', 'Friday')).toBe('past');
    expect(at('The president told reporters on Friday he would visit on Sunday.', 'Sunday')).toBe('future');
    expect(at('Officials announced on Friday that the border would reopen.', 'Friday')).toBe('past');
    // With no verb on its left, the expression still reads the verb after it.
    expect(at('On Friday he will fly to Rome.', 'Friday')).toBe('future');
  });

  it('reads schedule verbs that are also nouns as verbs only without a determiner', () => {
    expect(at('The court rules on Friday, lawyers said.', 'Friday')).toBe('future');
    expect(at('Parliament votes on the bill on Wednesday.', 'Wednesday')).toBe('future');
    expect(at('The new rules on Friday were published.', 'Friday')).toBe('past');
    expect(at('Their votes on Monday were counted.', 'Monday')).toBe('past');
  });

  it('reads a present copula of a plan ("is at", "is on") as the future', () => {
    expect(at('The vote is on Thursday.', 'Thursday')).toBe('future');
    expect(at('The meeting is at noon on Friday.', 'Friday')).toBe('future');
    expect(at('He is in hospital after he was shot on Friday.', 'Friday')).toBe('past');
  });

  it('reads a fronted "By …," before a past clause as the past', () => {
    expect(at('By Wednesday morning, the fires were out.', 'Wednesday')).toBe('past');
    expect(at('By Friday, the troops had left.', 'Friday')).toBe('past');
    expect(at('By Friday, the troops will have left.', 'Friday')).toBe('future');
    expect(at('They must leave by Friday.', 'Friday')).toBe('future');
  });

  it('lets a deadline word before a possessive or a noun govern the noun, leaving the weekday to the clause', () => {
    expect(at('Sony completed its offer, with 99% tendered by the Tuesday deadline.', 'Tuesday')).toBe('past');
    expect(at('Sony will complete its offer by the Tuesday deadline.', 'Tuesday')).toBe('future');
    expect(at('Its share before Friday’s purchases is far below its rivals’.', 'Friday')).toBe(undefined);
    expect(at('Its share before Friday’s purchases was 7%.', 'Friday')).toBe('past');
    // Without a noun after it the deadline still lies ahead.
    expect(at('Sony completed talks and must decide by Tuesday.', 'Tuesday')).toBe('future');
    expect(at('They must sign before Friday, it said.', 'Friday')).toBe('future');
  });

  it('reads "before" and "by" in a clause told in the past as the past, "until" as ahead', () => {
    expect(at('Officials said the attack happened shortly before 3 p.m. on Saturday.', '3 p.m. on Saturday')).toBe('past');
    expect(at('The troops left before Friday.', 'Friday')).toBe('past');
    expect(at('Sales rose 5 percent by Friday.', 'Friday')).toBe('past');
    expect(at('They extended the deadline until Tuesday.', 'Tuesday')).toBe('future');
    // The past of an aside is not the clause's: the deadline still lies ahead.
    expect(at('The sale, which had been expected, is part of a plan to pay down the loan by February.', 'February')).toBe('future');
  });

  it('says nothing when nothing tells', () => {
    expect(at('Talks on Friday.', 'Friday')).toBe(undefined);
  });

  it('does not read a past-perfect plan, a participle adjective or an infinitive as the future', () => {
    expect(at('The bid was extended to Nov. 16. It had been due to expire Friday evening.', 'Friday evening')).toBe('past');
    expect(at('The offer previously had been scheduled to expire at midnight Friday.', 'midnight Friday')).toBe('past');
    expect(at('Bush let the offensive begin as previously planned Saturday night.', 'Saturday night')).not.toBe('future');
    expect(at('On Friday, when Albright set aside vacation plans for the hastily planned trip, the department lifted a warning.', 'Friday')).toBe('past');
    expect(at('The split would be paid on a still unspecified date in January.', 'January')).toBe('future');
    expect(at('The talks failed to meet their goal on Friday.', 'Friday')).not.toBe('future');
  });

  it('reads bare schedule verbs of a plural subject as the future', () => {
    expect(at('He and Arafat meet separately Monday with Albright.', 'Monday')).toBe('future');
    expect(at('Voters head to the polls on Sunday.', 'Sunday')).toBe('future');
    expect(at('Voters go to the polls on Sunday.', 'Sunday')).toBe('future');
    expect(at('Talks resume on Monday.', 'Monday')).toBe('future');
    expect(at('Talks begin on Monday in Geneva.', 'Monday')).toBe('future');
    expect(at('Negotiators return to Geneva on Wednesday.', 'Wednesday')).toBe('future');
    expect(at('Lawmakers vote on the budget on Thursday.', 'Thursday')).toBe('future');
  });

  it('does not read those verbs as the future where they are nouns or infinitives', () => {
    expect(at('Their return on Monday was delayed.', 'Monday')).not.toBe('future');
    expect(at('The vote on Thursday was close.', 'Thursday')).not.toBe('future');
    expect(at('The head of the agency said on Monday that costs rose.', 'Monday')).not.toBe('future');
    expect(at('He did not return on Monday.', 'Monday')).not.toBe('future');
    expect(at('The talks that began on Monday ended.', 'Monday')).not.toBe('future');
    expect(at('The company reported a rise in profit on Thursday, its best start to a year since 2008.', 'Thursday')).toBe('past');
    expect(at('The party won on Sunday, a strong return for its leader.', 'Sunday')).toBe('past');
  });

  it('reads a possessive naming a scheduled happening in a clause told ahead as ahead', () => {
    expect(at('He is expected to win Sunday\'s presidential election.', 'Sunday')).toBe('future');
    expect(at('Officials were preparing for Saturday\'s summit.', 'Saturday')).toBe('future');
    expect(at('Voters will go to the polls in Sunday\'s election.', 'Sunday')).toBe('future');
    // What is over stays to the default (the past), whatever the clause.
    expect(at('The company will appeal Wednesday\'s ruling.', 'Wednesday')).toBeUndefined();
    expect(at('Turnout in Sunday\'s election was low.', 'Sunday')).not.toBe('future');
    expect(at('He won Sunday\'s election.', 'Sunday')).not.toBe('future');
  });

  it('reads "marks", "tips off" and "until after" by what they say, and "Meet the Press" as a name', () => {
    expect(at('Wednesday marks the 12th anniversary of the attacks.', 'Wednesday')).toBe('present');
    expect(at('The NBA season tips off in October.', 'October')).toBe('future');
    expect(at('The vote was postponed until after the Easter recess.', 'Easter')).toBe('future');
    expect(at("He appeared on NBC's Meet the Press on Sunday.", 'Sunday')).toBe('past');
  });

  it('does not take the tense of a clause joined by "and" with a verb of its own', () => {
    expect(at('The minister visited Kyiv on Tuesday and will travel to Warsaw on Thursday.', 'Tuesday')).toBe('past');
    expect(at('The minister visited Kyiv on Tuesday and will travel to Warsaw on Thursday.', 'Thursday')).toBe('future');
    expect(at('The court did not rule on Friday, and is expected to decide next week.', 'Friday')).toBe('past');
  });

  it('reads "may", "might", "could" and an infinitive of intent as ahead; "could not" and "could have" as not', () => {
    expect(at('Police warned protests could turn violent on Saturday.', 'Saturday')).toBe('future');
    expect(at('The army may withdraw on Sunday.', 'Sunday')).toBe('future');
    expect(at('They hoped to reach a deal by Friday.', 'Friday')).toBe('future');
    expect(at('The court ordered the government to respond by Friday.', 'Friday')).toBe('future');
    expect(at('Biden has not yet decided whether to attend the summit on Friday.', 'Friday')).toBe('future');
    expect(at('A commitment could not stop the bullet that tore into his back Friday night.', 'Friday')).not.toBe('future');
    expect(at('He could have left on Sunday.', 'Sunday')).not.toBe('future');
    expect(at('They extended their offers to acquire the company Friday.', 'Friday')).not.toBe('future');
    expect(at("Israel's military ordered thousands more people to leave parts of Rafah on Saturday.", 'Saturday')).toBe('past');
    // The intent's own day is when it was voiced.
    expect(at('The union vowed on Friday to strike again.', 'Friday')).toBe('past');
    expect(at('Sunak faced growing calls on Friday to set a date for the election.', 'Friday')).toBe('past');
  });

  it('reads a headline\'s "X to <verb>" as a plan', () => {
    expect(at('Biden to visit Poland on Tuesday', 'Tuesday')).toBe('future');
    expect(at('Biden went to Poland on Tuesday', 'Tuesday')).toBe('past');
  });

  it('reads present verbs of a schedule and of rescheduling as ahead', () => {
    expect(at('The company reports earnings on Thursday.', 'Thursday')).toBe('future');
    expect(at('Biden turns 82 on Wednesday.', 'Wednesday')).toBe('future');
    expect(at('The bill faces a key vote on Thursday.', 'Thursday')).toBe('future');
    expect(at('The central bank holds its meeting on Thursday.', 'Thursday')).toBe('future');
    expect(at('The hearing has been moved to Friday.', 'Friday')).toBe('future');
    expect(at('The court set a hearing for Friday.', 'Friday')).toBe('future');
    expect(at('Banks will remain shut until at least Tuesday.', 'Tuesday')).toBe('future');
    // Nouns and states are not schedules.
    expect(at('Two of the members had filed compliance reports by Wednesday.', 'Wednesday')).not.toBe('future');
    expect(at('It began raising its stake in July, and holds 14.6%.', 'July')).not.toBe('future');
  });

  it('leaves a date naming a scheduled happening after "before" to the nearest, whatever the clause', () => {
    expect(at('Trump was convicted before the Nov. 5 election.', 'Nov. 5')).toBeUndefined();
    expect(at('He campaigned in the run-up to the Nov. 5 election.', 'Nov. 5')).toBeUndefined();
    expect(at('Turnout in the Nov. 5 election was high.', 'Nov. 5')).toBe('past');
  });

  it('reads the present of a fixture as ahead, and the same words as nouns as not', () => {
    expect(at('They play the Chicago Bulls on Sunday.', 'Sunday')).toBe('future');
    expect(at('The Heat host the Knicks on Sunday.', 'Sunday')).toBe('future');
    expect(at('Manchester United take on Chelsea on Sunday.', 'Sunday')).toBe('future');
    expect(at('Nadal plays Federer in the semifinals on Saturday.', 'Saturday')).toBe('future');
    expect(at('The play on Sunday was bad.', 'Sunday')).not.toBe('future');
    expect(at('A visit on Sunday was cancelled.', 'Sunday')).not.toBe('future');
  });

  it('reads a deadline after a vote to do something, and a strike called for a day, as ahead', () => {
    expect(at('The Senate approved a bill to extend the borrowing authority through May 19.', 'May 19')).toBe('future');
    expect(at('Unions have called a general strike for Wednesday.', 'Wednesday')).toBe('future');
    expect(at('The strike lasted through Friday.', 'Friday')).toBe('past');
    expect(at('Parliament voted to approve the budget on Tuesday.', 'Tuesday')).toBe('past');
  });

  it('reads a day a declaration makes something as of the publication\'s week', () => {
    expect(at('Putin declared Sunday a national day of mourning.', 'Sunday')).toBe('present');
    expect(at('The agency had ruled and set Friday as the deadline for his return.', 'Friday')).toBe('present');
    expect(at('Putin declared Sunday that the war would go on.', 'Sunday')).toBe('past');
  });

  it('reads a present expectation as pointing ahead', () => {
    expect(at('The company expects a loss on Friday.', 'Friday')).toBe('future');
    // ", followed by" is no past tense.
    expect(at('Economists expect the first cut in September, followed by another in December.', 'December')).toBe('future');
    expect(at('Analysts forecast a rise on Friday.', 'Friday')).not.toBe('past');
  });

  it('does not read a present passive as a past tense', () => {
    expect(at('The appeal is heard in May.', 'May')).not.toBe('past');
    expect(at('The appeal was heard in May.', 'May')).toBe('past');
  });

  it('keeps a deadline ahead when "had" is only in an aside', () => {
    expect(at('The sale, which had been expected, is part of a plan to pay down the loan by February.', 'February')).toBe('future');
  });

  it('reads a present progressive of a plan as the future, not one of what goes on', () => {
    expect(at('He is flying to Paris on Friday.', 'Friday')).toBe('future');
    expect(at('The bank said it is continuing to try to sell itself, under a June agreement.', 'June')).not.toBe('future');
  });

  it('still reads a plain plan adjective as the future', () => {
    expect(at('Officials discussed the planned visit on Friday.', 'Friday')).toBe('future');
  });

  it('reads an awaited release after a possessive day as ahead, a digested one as gone', () => {
    expect(at("Investors are waiting for Friday's jobs report.", 'Friday')).toBe('future');
    expect(at("Investors await Friday's jobs report.", 'Friday')).toBe('future');
    expect(at("Fed officials will be watching Friday's report closely.", 'Friday')).toBe('future');
    expect(at("Investors digested Friday's jobs report.", 'Friday')).not.toBe('future');
    expect(at("The bank will appeal Friday's ruling.", 'Friday')).not.toBe('future');
  });

  it('reads a change measured from a time ("rise 0.2% from January") as from one gone by', () => {
    expect(at('Earnings are forecast to rise 0.2% from January.', 'January')).toBe('past');
  });

  it('reads a present passive or a present change of a rate with a day as a schedule ahead', () => {
    expect(at('The report is published on Thursday.', 'Thursday')).toBe('future');
    expect(at('The 50p rate is abolished on Saturday.', 'Saturday')).toBe('future');
    expect(at('Fuel duty rises on Monday.', 'Monday')).toBe('future');
    expect(at('England face France at Twickenham on Saturday.', 'Saturday')).toBe('future');
    expect(at('He is accused of killing a man on Monday.', 'Monday')).not.toBe('future');
  });

  it('reads a plan told in the simple past, and what is prepared for, as the nearest day', () => {
    expect(at('Banks were due to reopen on Tuesday, but the government extended the closure.', 'Tuesday')).toBe('nearest');
    expect(at('He said the vote was due to take place on Sunday.', 'Sunday')).toBe('future');
    expect(at("Kenyans prepared on Friday for Monday's election.", 'Monday')).toBe('future');
    expect(at('Lawmakers were set to vote on March 22.', 'March 22')).toBe('future');
    expect(at("Militants attacked a rally two days before Saturday's election.", 'Saturday')).toBe('nearest');
    expect(at('The remarks came ahead of the summit in July.', 'July')).toBe('nearest');
    expect(at('Lawmakers headed home for the weekend.', 'the weekend')).toBe('nearest');
  });

  it('reads a deadline with "through", a postponement to a day and a plan for a day as ahead', () => {
    expect(at('The Weather Service issued a flood watch through Saturday morning.', 'Saturday morning')).toBe('future');
    expect(at('The talks ran through Friday.', 'Friday')).toBe('past');
    expect(at('The court postponed the hearing to Sunday.', 'Sunday')).toBe('future');
    expect(at('Activists said they had planned a march for Saturday.', 'Saturday')).toBe('future');
    expect(at('A Senate vote Tuesday on the budget failed.', 'Tuesday')).toBe('past');
  });

  it('reads a bare verb of a schedule after a contracted negation as no plan', () => {
    expect(at("Officials said the thrift shouldn't face problems.", 'said')).toBeUndefined();
    expect(at("The teams don't meet on Sunday.", 'Sunday')).toBeUndefined();
  });
});

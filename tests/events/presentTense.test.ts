import { describe, expect, it } from 'vitest';
import { presentTense } from '../../src/events/presentTense.js';

describe('presentTense', () => {
  it('puts regular and irregular past verbs in the present, agreeing with the subject', () => {
    expect(presentTense('Mr Xi returned from a five-day visit to Europe')).toBe('Mr Xi returns from a five-day visit to Europe');
    expect(presentTense('Putin carried a message')).toBe('Putin carries a message');
    expect(presentTense('Police stopped the car')).toBe('Police stop the car');
    expect(presentTense('the army arrived in Kyiv')).toBe('the army arrives in Kyiv');
    expect(presentTense('Xi announced talks')).toBe('Xi announces talks');
    expect(presentTense('the government issued a statement')).toBe('the government issues a statement');
    expect(presentTense('Biden vetoed the bill')).toBe('Biden vetoes the bill');
    expect(presentTense('Jordanian monarch met with Saddam')).toBe('Jordanian monarch meets with Saddam');
    expect(presentTense('Kuchma of Ukraine and Yeltsin of Russia signed an economic cooperation plan')).toBe('Kuchma of Ukraine and Yeltsin of Russia sign an economic cooperation plan');
    expect(presentTense('it acquired United Republic Reinsurance Co.')).toBe('it acquires United Republic Reinsurance Co.');
    expect(presentTense('they failed to sell these stocks')).toBe('they fail to sell these stocks');
    expect(presentTense('stepped down as chairman')).toBe('steps down as chairman');
  });

  it('takes one "l" off a doubled one after two syllables, British or not, and keeps verbs ending in "ll"', () => {
    expect(presentTense('Sarris travelled to Moscow')).toBe('Sarris travels to Moscow');
    expect(presentTense('the airline cancelled flights')).toBe('the airline cancels flights');
    expect(presentTense('rebels controlled the town')).toBe('rebels control the town');
    expect(presentTense('the court compelled him to testify')).toBe('the court compels him to testify');
    expect(presentTense('the tanker refuelled at sea')).toBe('the tanker refuels at sea');
    expect(presentTense('Russia shelled the city')).toBe('Russia shells the city');
    expect(presentTense('the company installed new systems')).toBe('the company installs new systems');
    expect(presentTense('the embassy recalled its staff')).toBe('the embassy recalls its staff');
    expect(presentTense('a gunman killed three people')).toBe('a gunman kills three people');
    expect(presentTense('gunmen killed three people')).toBe('gunmen kill three people');
    expect(presentTense('policewomen detained two men')).toBe('policewomen detain two men');
    expect(presentTense('Yemen attacked a ship')).toBe('Yemen attacks a ship');
    // The head noun before a phrase that names a place.
    expect(presentTense('Voters in North Macedonia elected a president')).toBe('Voters in North Macedonia elect a president');
    expect(presentTense('The president of France visited China')).toBe('The president of France visits China');
  });

  it('puts a past verb joined by "and" in the present too, in its own clause only', () => {
    expect(presentTense('Spain recalled its ambassador and demanded a public apology')).toBe('Spain recalls its ambassador and demands a public apology');
    expect(presentTense('Troops killed two and wounded five')).toBe('Troops kill two and wound five');
    expect(presentTense('Rebels seized the town and held it for a week')).toBe('Rebels seize the town and hold it for a week');
    expect(presentTense('South Africa deplored blasts which killed scores and injured more')).toBe('South Africa deplores blasts which killed scores and injured more');
    expect(presentTense('Police arrested a man, and officials said more arrests were likely')).toBe('Police arrest a man, and officials said more arrests were likely');
    // A perfect's joined participle shares its "has": "had fled … and returned" → "has fled … and returned".
    expect(presentTense('Munero had fled to Florida and returned to Cuba')).toBe('Munero has fled to Florida and returned to Cuba');
  });

  it('reads auxiliaries: perfect, progressive, "was", "did"', () => {
    expect(presentTense('Iraq has continued to increase its forces')).toBe('Iraq continues to increase its forces');
    expect(presentTense('it had sent an envoy')).toBe('it has sent an envoy');
    expect(presentTense('King Hussein was reportedly carrying a message')).toBe('King Hussein is reportedly carrying a message');
    expect(presentTense('Afghan women have been victims of violations')).toBe('Afghan women are victims of violations');
    expect(presentTense('he did not say')).toBe('he does not say');
  });

  it('changes only the main verb, and leaves modal or present clauses alone', () => {
    expect(presentTense('a strand of hair discovered behind his home came from Kopp')).toBe('a strand of hair discovered behind his home comes from Kopp');
    expect(presentTense('Elian\'s father said in a letter published Tuesday that he wants diplomats')).toBe('Elian\'s father says in a letter published Tuesday that he wants diplomats');
    expect(presentTense('in Athens the Americans and other stranded foreigners could leave')).toBe('in Athens the Americans and other stranded foreigners could leave');
    expect(presentTense('it will not lift the sweeping sanctions imposed on Iraq')).toBe('it will not lift the sweeping sanctions imposed on Iraq');
    expect(presentTense('the latest stock offering won\'t cover the cost')).toBe('the latest stock offering won\'t cover the cost');
    expect(presentTense('This appears to have been a plan')).toBe('This appears to have been a plan');
    expect(presentTense('plans for a 3-for-1 stock split')).toBe('plans for a 3-for-1 stock split');
    expect(presentTense('according to the Interfax news agency.')).toBe('according to the Interfax news agency.');
  });
});

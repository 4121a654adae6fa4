import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../src/events/triggers.js';

const first = (s: string) => findTriggers(s).map((t) => `${t.kind}:${t.text}`);

describe('findTriggers', () => {
  it('finds every form of the lexicon, whatever its case (the needed-word filter skips none)', () => {
    const cases: [string, string][] = [
      ['He was sworn in.', 'swearing-in:sworn in'], ['She TOOK THE OATH of office.', 'swearing-in:TOOK THE OATH of office'], ['The swearing-in was held.', 'swearing-in:swearing-in'],
      ['He was inaugurated.', 'inauguration:inaugurated'], ['Two inaugurations.', 'inauguration:inaugurations'],
      ['He will arrive in Paris.', 'visit:will arrive in'], ['He arrives in Paris.', 'visit:arrives in'], ['Xi visits France.', 'visit:visits'],
      ['They travelled to Rome.', 'visit:travelled to'], ['He flew to Kyiv.', 'visit:flew to'], ['A state visit.', 'visit:state visit'], ['A foreign trip.', 'visit:foreign trip'],
      ['He returned.', 'return:returned'], ['A SUMMIT.', 'summit:SUMMIT'], ['They negotiated.', 'talks:negotiated'], ['Talks began.', 'talks:Talks'],
      ['They met.', 'meeting:met'], ['He was re-elected.', 'election:re-elected'], ['They will vote.', 'election:will vote'],
      ['A run-off.', 'election:run-off'], ['The polls.', 'election:polls'], ['The court ruled.', 'ruling:ruled'], ['It will rule on it.', 'ruling:will rule'],
      ['He was indicted.', 'ruling:indicted'], ['A verdict.', 'ruling:verdict'], ['It sanctioned them.', 'sanctions:sanctioned'], ['Joint military drills.', 'drills:Joint military drills'],
      ['War games.', 'drills:War games'], ['A cease-fire.', 'ceasefire:cease-fire'], ['A truce.', 'ceasefire:truce'], ['They signed.', 'agreement:signed'], ['Treaties.', 'agreement:Treaties'],
      ['An airstrike.', 'attack:airstrike'], ['Missile strikes.', 'attack:Missile strikes'], ['It was shelled.', 'attack:shelled'], ['They invaded.', 'attack:invaded'],
      ['The invasion.', 'attack:invasion'], ['The war.', 'war:war'], ['A campaign of conquest.', 'war:campaign of conquest'], ['They rallied.', 'protest:rallied'],
      ['Rallies.', 'protest:Rallies'], ['He stepped down.', 'resignation:stepped down'], ['He was detained.', 'arrest:detained'], ['He died.', 'death:died'],
      ['She said so.', 'statement:said'], ['It CONFIRMS it.', 'statement:CONFIRMS'], ['A statement.', 'statement:statement'],
      ['The helicopter made a hard landing.', 'disaster:made a hard landing'], ['The plane crashed.', 'disaster:crashed'], ['A helicopter crash.', 'disaster:helicopter crash'],
      ['She spoke by phone with him.', 'talks:spoke by phone'], ['A phone call.', 'talks:phone call'], ['It expelled two diplomats.', 'sanctions:expelled'], ['France recalled its ambassador.', 'sanctions:recalled'],
            ['He won the first round of the election.', 'election:won'], ['She wins a second term.', 'election:wins'], ['In the second round on May 26.', 'election:second round'],
            ['The earthquake struck.', 'disaster:earthquake'], ['Floods hit the south.', 'disaster:Floods'], ['Hurricane Hugo.', 'disaster:Hurricane'], ['A wildfire.', 'disaster:wildfire'],
    ];
    for (const [sentence, trigger] of cases) expect(first(sentence), sentence).toContain(trigger);
  });

  it('reads a shooting by its verbs, and an assassination by its determiner, not a target or a shot at a title', () => {
    expect(first('Fico was shot several times.')).toEqual(['attack:was shot']);
    expect(first('Troops shot dead two men.')).toEqual(['attack:shot dead']);
    expect(first('The army shot down 20 drones.')).toEqual(['attack:shot down']);
    expect(first('Police opened fire on the crowd.')).toEqual(['attack:opened fire']);
    expect(first('He survived an assassination attempt.')).toEqual(['attack:assassination attempt']);
    expect(first("Rabin's assassination shocked Israel.")).toEqual(['attack:assassination']);
    expect(first('the assassination of Rabin')).toEqual(['attack:assassination']);
    expect(first('He took his best shot at the title.')).toEqual([]);
    expect(first('He was targeted for assassination.')).toEqual([]);
  });

  it('reads launched missiles and a strike on a place as attacks, not a strike of workers', () => {
    expect(first('Tehran launched hundreds of drones and missiles at Israel.')).toEqual(['attack:launched']);
    expect(first('Israel responded with a limited strike near Isfahan.')).toEqual(['attack:strike']);
    expect(first('A strike on its embassy compound killed seven.')).toEqual(['attack:strike', 'death:killed']);
    expect(first('A general strike paralysed the country.')).toEqual([]);
    expect(first('The company launched a new phone.')).toEqual([]);
  });

  it('takes polls that are voting, not opinion polls or what polls show', () => {
    expect(first('Voters went to the polls on Sunday.')).toEqual(['election:polls']);
    expect(first('Labour leads in opinion polls.')).toEqual([]);
    expect(first('Polls show a tight race.')).toEqual([]);
  });

  it('reads taking office as a swearing-in', () => {
    expect(first('Pellegrini takes office on June 15.')).toEqual(['swearing-in:takes office']);
    expect(first('She took office in January.')).toEqual(['swearing-in:took office']);
    expect(first('The party has no office in town.')).toEqual([]);
  });

  it('takes no market crash, no accident and no eruption of hostilities for a disaster', () => {
    for (const s of ['He was expelled from school.', 'He recalled the day.']) expect(first(s).filter((t) => t.startsWith('sanctions:')), s).toEqual([]);
    for (const s of ['They won the match.', 'It wins support.']) expect(first(s).filter((t) => t.startsWith('election:')), s).toEqual([]);
    for (const s of ['After the crash, stocks recovered.', 'It was an accident.', 'Before hostilities erupted in Kuwait.', 'A flood of orders came in.']) {
      expect(first(s).filter((t) => t.startsWith('disaster:')), s).toEqual([]);
    }
  });

  it('reads the long s and the Kelvin sign as the Unicode-aware patterns do', () => {
    expect(first('Xi viſited France.')).toEqual(['visit:viſited']);
  });

  it('reads a legislature’s acts on a bill as a vote, and not every passing or approval', () => {
    expect(first('Parliament passed the bill in its third reading.')).toEqual(['vote:passed']);
    expect(first('The president vetoed a law on foreign agents.')).toEqual(['vote:vetoed']);
    expect(first('Parliament will vote to override the veto.')).toEqual(['vote:vote to override']);
    expect(first('The Senate voted against the budget bill.')).toEqual(['vote:voted against']);
    expect(first('The government lost a no-confidence vote.')).toEqual(['vote:no-confidence vote']);
    for (const s of ['Time passed slowly.', 'He passed away on Monday.', 'The convoy passed through the town.', 'The board approved a $10 million loan.']) expect(first(s), s).toEqual([]);
  });

  it('takes what an earthquake or storm struck for the disaster, not an attack, and a tsunami advisory for no tsunami', () => {
    expect(first('An earthquake of magnitude 6.4 struck off Hokkaido.')).toEqual(['disaster:earthquake']);
    expect(first('Missiles struck the port.')).toEqual(['attack:struck']);
    expect(first('The agency lifted a tsunami advisory.')).toEqual([]);
    // A place or people named by a disaster is no disaster of its own.
    expect(first('Erdogan said he would visit the quake zone.').filter((k) => k.startsWith('disaster'))).toEqual([]);
    expect(first('Aid reached flood victims.')).toEqual([]);
    expect(first('A tsunami hit the coast.')).toEqual(['disaster:tsunami']);
  });

  it('reads one state recognising another, and funerals, and not every recognition or funeral home', () => {
    expect(first('Spain will formally recognise a Palestinian state.')).toEqual(['recognition:recognise']);
    expect(first('The recognition of Kosovo’s independence angered Serbia.')).toEqual(['recognition:recognition']);
    expect(first('He was recognised for his bravery.')).toEqual([]);
    expect(first('His funeral will be held in Tabriz.')).toEqual(['funeral:funeral']);
    expect(first('A memorial service was held on Sunday.')).toEqual(['funeral:memorial service']);
    expect(first('The funeral home was closed.')).toEqual([]);
  });

  it('reads trials, sentencing and election debates, and not clinical trials or every debate', () => {
    expect(first('The trial began on April 15.')).toEqual(['ruling:trial']);
    expect(first('The judge set sentencing for July 11.')).toEqual(['ruling:sentencing']);
    expect(first('Trump will face Biden in a debate on June 27.')).toEqual(['election:debate']);
    expect(first('The presidential debate drew 50 million viewers.')).toEqual(['election:presidential debate']);
    for (const s of ['A clinical trial of the drug failed.', 'It was a trial run.', 'The debate over immigration goes on.']) expect(first(s), s).toEqual([]);
  });

  it('reads a missile fired as an attack and a reform package approved as a vote, not a worker fired', () => {
    expect(first('North Korea fired a ballistic missile into the sea.')).toEqual(['attack:fired']);
    expect(first('Russia launched a missile at Kharkiv.')).toEqual(['attack:launched']);
    expect(first('The Senate approved Milei’s reform package.')).toEqual(['vote:approved']);
    for (const s of ['He was fired on Monday.', 'The company fired 200 workers.']) expect(first(s), s).toEqual([]);
  });

  it('reads a win of an election named by its country', () => {
    expect(first("Claudia Sheinbaum won Mexico's presidential election.")).toEqual(['election:won', 'election:election']);
  });
});


import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/events/Event.js';
import { extractEvents } from '../../src/events/extractEvents.js';
import { articleOf, seedArticle } from '../helpers.js';
import { fixture } from './fixture.js';

const find = (events: Event[], re: RegExp) => events.filter((e) => re.test(e.title));
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('extractEvents on the seed (the issue’s table)', () => {
  const { events, diagnostics } = extractEvents(seedArticle());

  it('gives exactly the six events of the table', () => {
    expect(events.map((e) => e.kind).sort()).toEqual(['inauguration', 'statement', 'swearing-in', 'visit', 'visit', 'war']);
  });

  it('dates the state visit Thursday 16 – Friday 17 May, scheduled, as one event with the meeting', () => {
    const visit = events.filter((e) => e.kind === 'visit' && /state visit/.test(e.title));
    expect(visit).toHaveLength(1);
    expect(visit[0]).toMatchObject({ title: 'Putin to make two-day state visit to China', start: '2024-05-16', end: '2024-05-17', precision: 'day', status: 'scheduled', dateBasis: 'coreference', region: 'East Asia' });
    expect(names(visit[0]!.actors)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
    expect(names(visit[0]!.places)).toEqual(['China']);
    expect(events.filter((e) => e.kind === 'meeting' || e.kind === 'talks')).toEqual([]);
    // The meeting and Mr Xi's invitation are quoted as sources of the visit.
    expect(visit[0]!.sources.map((s) => s.quote)).toEqual(expect.arrayContaining([expect.stringMatching(/^Mr Putin will meet Chinese leader Xi Jinping/)]));
  });

  it('dates the inauguration Monday 20 May, scheduled, with Lai as Taiwan’s president', () => {
    const [lai] = find(events, /inaugurat/i);
    expect(lai).toMatchObject({ title: 'William Lai Ching-te to be inaugurated as next president of Taiwan', start: '2024-05-20', end: '2024-05-20', precision: 'day', status: 'scheduled' });
    expect(lai?.actors).toEqual([expect.objectContaining({ name: 'William Lai Ching-te', kind: 'person', role: 'president', country: 'TW' })]);
    expect(names(lai!.places)).toContain('Taiwan');
  });

  it('puts Xi’s return from Europe in 2024-W19, week-precise and past, with its stops', () => {
    const [xi] = find(events, /^Xi returns from/);
    expect(xi).toMatchObject({ title: 'Xi returns from five-day visit to Europe', start: '2024-05-06', end: '2024-05-12', precision: 'week', status: 'past' });
    expect(names(xi!.places)).toEqual(expect.arrayContaining(['Europe', 'Hungary', 'Serbia']));
    // "countries viewed as close to Russia" describes Hungary and Serbia; Russia is not where Xi went.
    expect(names(xi!.places)).not.toContain('Russia');
  });

  it('dates the announcement and confirmation on the publication day, as one event', () => {
    const statements = events.filter((e) => e.kind === 'statement');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      title: 'Chinese Foreign Ministry says Putin to make two-day state visit to China; Kremlin confirms trip',
      start: '2024-05-14', end: '2024-05-14', precision: 'day', status: 'past', dateBasis: 'publication',
    });
    expect(statements[0]!.actors).toEqual([
      expect.objectContaining({ name: 'Chinese Foreign Ministry', kind: 'organisation', country: 'CN' }),
      expect.objectContaining({ name: 'Kremlin', kind: 'organisation', country: 'RU' }),
    ]);
  });

  it('dates the war about 2022 and keeps it ongoing', () => {
    const [war] = events.filter((e) => e.kind === 'war');
    expect(war).toMatchObject({ title: 'Russia’s campaign of conquest against Ukraine', start: '2022-01-01', precision: 'year', approximate: true, status: 'ongoing' });
  });

  it('does not invent a date for the swearing-in, but relates it to the visit', () => {
    const sworn = events.filter((e) => /sworn/.test(e.title));
    expect(sworn).toHaveLength(1);
    expect(sworn[0]).toMatchObject({ title: 'Putin sworn in as president', start: null, end: null, precision: 'unknown', status: 'past', dateBasis: 'none' });
    const visit = events.find((e) => e.kind === 'visit' && /state visit/.test(e.title));
    expect(sworn[0]?.relations).toEqual([expect.objectContaining({ type: 'before', event: visit?.id, cue: 'since he was' })]);
  });

  it('cites the sentence and its offset in the article', () => {
    const a = seedArticle();
    for (const e of events) for (const s of e.sources) expect(a.text.slice(s.offset, s.offset + s.quote.length)).toBe(s.quote);
  });

  it('warns about the dropped page debris, saying what and where', () => {
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'page-debris', severity: 'info', line: 34 })]);
    expect(diagnostics[0]?.message).toMatch(/2 line\(s\).*line 34, 35.*“?– Advertisement –/);
  });
});

describe('extractEvents on news of the same week', () => {
  it('reads another outlet’s report (Asia/Shanghai, a day later): the visit, the Kremlin’s Tuesday statement, Xi’s tour', () => {
    const { events, diagnostics } = extractEvents(fixture('2024-05-15-putin-beijing-shanghai-desk.txt'));
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'page-debris', severity: 'info' })]);
    const visit = events.find((e) => e.kind === 'visit' && /Beijing/.test(e.title));
    // "on Thursday" + "a two-day state visit" → 16–17 May; the Harbin leg on Friday is part of it.
    expect(visit).toMatchObject({ title: 'Putin to arrive in Beijing for two-day state visit', start: '2024-05-16', end: '2024-05-17', status: 'scheduled' });
    expect(names(visit!.places)).toEqual(expect.arrayContaining(['Beijing', 'China', 'Harbin']));
    expect(visit!.places.find((p) => p.name === 'Beijing')).toMatchObject({ kind: 'place', country: 'CN' });
    expect(events.filter((e) => /Harbin/.test(e.title))).toEqual([]);
    const kremlin = events.find((e) => e.kind === 'statement' && e.actors.some((a) => a.name === 'Kremlin'));
    expect(kremlin).toMatchObject({ start: '2024-05-14', dateBasis: 'stated', title: 'Kremlin says Putin to arrive in Beijing for two-day state visit' });
    // "said on Wednesday" in an article of Wednesday 15 May is that day, not a week before.
    const wang = events.find((e) => e.actors.some((a) => a.name === 'Wang Wenbin'));
    expect(wang).toMatchObject({ start: '2024-05-15', title: 'Wang Wenbin says two leaders to exchange views on bilateral relations' });
    expect(wang!.actors.find((a) => a.name === 'Wang Wenbin')).toMatchObject({ role: 'spokesman', country: 'CN' });
    const tour = events.find((e) => /tour/.test(e.title));
    expect(tour).toMatchObject({ start: '2024-05-06', end: '2024-05-12', precision: 'week', status: 'past' });
    expect(names(tour!.places)).toEqual(['France', 'Serbia', 'Hungary']);
  });

  it('reads a past-tense wrap-up: the meeting on Thursday and the visit ended on Friday are one event, 16–17 May, past', () => {
    const { events } = extractEvents(fixture('2024-05-18-putin-xi-wrap-up.txt'));
    const visit = events.filter((e) => e.kind === 'visit');
    expect(visit).toHaveLength(1);
    expect(visit[0]).toMatchObject({ title: 'Putin and Xi meet in Beijing', start: '2024-05-16', end: '2024-05-17', status: 'past' });
    // "Putin and Xi" in the first sentence already link to the full names given later.
    expect(names(visit[0]!.actors)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
    const inauguration = events.find((e) => e.kind === 'inauguration');
    expect(inauguration).toMatchObject({ start: '2024-05-07', precision: 'day', status: 'past' });
    expect(inauguration!.relations).toEqual([expect.objectContaining({ type: 'before', event: visit[0]!.id })]);
  });

  it('reads a week-ahead diary: each line dated by its label, in order after publication', () => {
    const { events } = extractEvents(fixture('2024-05-19-week-ahead.txt'));
    const row = (e: Event) => `${e.start}..${e.end} ${e.status} ${e.title}`;
    expect(events.map(row)).toEqual([
      '2024-05-20..2024-05-20 scheduled William Lai Ching-te to be sworn in as president of Taiwan in Taipei',
      '2024-05-21..2024-05-22 scheduled South Korea and Britain co-host two-day AI summit in Seoul',
      '2024-05-23..2024-05-25 scheduled G7 finance ministers meet in Stresa',
      '2024-05-24..2024-05-24 scheduled International Court of Justice to rule on South Africa\'s request for order halting Israel\'s offensive…',
      '2024-05-26..2024-05-26 scheduled Lithuanians vote in presidential runoff between Gitanas Nauseda and Ingrida Simonyte',
      '2024-05-27..2024-05-27 scheduled EU foreign ministers meet in Brussels to discuss Middle East and Ukraine',
    ]);
    // The country votes; the two candidates named in the line take part too.
    expect(events.find((e) => e.kind === 'election')?.actors).toEqual([
      expect.objectContaining({ name: 'Lithuania', kind: 'country' }),
      expect.objectContaining({ name: 'Gitanas Nauseda', kind: 'person' }),
      expect.objectContaining({ name: 'Ingrida Simonyte', kind: 'person' }),
    ]);
    expect(events.find((e) => /G7/.test(e.title))?.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Stresa', 'Italy']));
  });
});

describe('extractEvents beyond the seed', () => {
  it('reads a past-tense meeting with the day it happened', () => {
    const { events } = extractEvents(articleOf('Putin and Xi met in Beijing\n\nRussian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Thursday, state media reported.', '2024-05-18'));
    const meeting = events.find((e) => e.kind === 'meeting');
    expect(meeting).toMatchObject({ start: '2024-05-16', status: 'past', title: 'Putin meets Xi in Beijing' });
  });

  it('gives a verb joined to the one before its subject: "…, but returned empty-handed"', () => {
    const { events } = extractEvents(articleOf('Sarris in Moscow\n\nFinance Minister Michael Sarris travelled to Moscow on Wednesday for talks, but returned empty-handed on Friday.', '2013-03-22'));
    expect(events.find((e) => e.kind === 'return')).toMatchObject({ start: '2013-03-22', title: expect.stringMatching(/^(?:Michael )?Sarris returns empty-handed$/), actors: [expect.objectContaining({ name: 'Michael Sarris' })] });
    expect(events.find((e) => e.kind === 'visit')).toMatchObject({ start: '2013-03-20', title: expect.stringMatching(/^(?:Michael )?Sarris travels to Moscow for talks$/) });
  });

  it('reads a diplomatic wrap-up: a report before "as …", talks that ended without agreement, a war begun in October', () => {
    const { events } = extractEvents(articleOf([
      'Blinken to visit Middle East',
      '',
      'WASHINGTON (AP) — Secretary of State Antony Blinken will travel to Egypt and Israel next week, the State Department said on Wednesday, as talks on a ceasefire in Gaza stalled.',
      '',
      'Blinken last visited the region in March, his sixth trip since the war began in October.',
      '',
      'Egyptian and Qatari mediators met Hamas officials in Cairo on Monday, but the talks ended without agreement on Tuesday.',
    ].join('\n'), '2024-05-15', 'America/New_York'));
    const statement = events.find((e) => e.kind === 'statement');
    expect(statement?.title).toBe('State Department says Secretary of State Antony Blinken to travel to Egypt and Israel');
    // "without agreement": no agreement happened; the talks did, and end.
    expect(events.filter((e) => e.kind === 'agreement')).toEqual([]);
    expect(events.find((e) => e.kind === 'talks')).toMatchObject({ start: '2024-05-14', title: 'Talks end without agreement' });
    // The war is not Blinken's: his is the trip.
    const war = events.find((e) => e.kind === 'war');
    expect(war).toMatchObject({ start: '2023-10-01', title: 'War begins' });
    expect(war?.actors.map((a) => a.name)).not.toContain('Antony Blinken');
  });

  it('cuts a range of dates whole from a headline, and takes a past-tense happening of the publication day as past', () => {
    const { events } = extractEvents(articleOf([
      'Ukraine update',
      '',
      'NATO defence ministers will meet in Brussels on June 13-14 to discuss further military aid.',
      '',
      'Russian missiles struck an energy facility in the Poltava region overnight, the regional governor said.',
    ].join('\n'), '2024-05-18', 'Europe/Kyiv'));
    expect(events.find((e) => e.kind === 'meeting')).toMatchObject({ start: '2024-06-13', end: '2024-06-14', title: 'NATO defence ministers to meet in Brussels to discuss further military aid' });
    expect(events.find((e) => e.kind === 'attack')).toMatchObject({ start: '2024-05-18', status: 'past' });
  });

  it('names "his office" by the person "his" stands for', () => {
    const { events } = extractEvents(articleOf('Zelensky cancels trips\n\nPresident Volodymyr Zelensky cancelled all foreign trips scheduled for the coming days, his office said on Wednesday.', '2024-05-15', 'Europe/Kyiv'));
    const statement = events.find((e) => e.kind === 'statement');
    expect(statement?.title).toMatch(/^Zelensky’s office says /);
    expect(statement?.actors.map((a) => a.name)).toEqual(['Zelensky’s office']);
  });

  it('reads a report whose speaker opens the sentence with an owner’s possessive and a verb before "and said"', () => {
    const { events } = extractEvents(articleOf('Orban defiant\n\nHungary\'s Prime Minister Viktor Orban opposed the pact and said he would not implement it.', '2024-05-17'));
    expect(events.find((e) => e.kind === 'statement')).toMatchObject({ title: 'Orban says he would not implement it' });
    // Not the speaker: someone named after the clause's own subject.
    const lawyers = extractEvents(articleOf('Appeal\n\nLawyers for the family sent letters to Attorney General Janet Reno and said they were prepared to appeal.', '2024-05-17')).events;
    expect(lawyers.filter((e) => e.kind === 'statement' && e.actors.some((a) => a.name === 'Janet Reno'))).toEqual([]);
  });

  it('folds the headline into the lede, what a happening is about into it, and talks "after" which a deal came into the deal', () => {
    const { events } = extractEvents(articleOf([
      'EU leaders agree on migration pact after marathon talks',
      '',
      'BRUSSELS, May 17 (Example Wire) - European Union leaders agreed early on Friday on a new migration pact after talks that lasted through the night.',
      '',
      'Protests against the pact were held in several cities on Thursday evening.',
    ].join('\n'), '2024-05-17', 'Europe/Brussels'));
    expect(events.map((e) => [e.kind, e.start])).toEqual([['agreement', '2024-05-17'], ['protest', '2024-05-16']]);
    expect(events.find((e) => e.kind === 'protest')?.title).toBe('Protests against pact held in several cities');
  });

  it('takes no actor from a wire dateline', () => {
    const { events } = extractEvents(articleOf('Sanctions\n\nWASHINGTON, May 16 (Example Wire) - The United States on Thursday imposed sanctions on 20 Chinese companies.', '2024-05-16', 'America/New_York'));
    expect(events.find((e) => e.kind === 'sanctions')).toMatchObject({ start: '2024-05-16', title: 'United States imposes sanctions on 20 Chinese companies', actors: [expect.objectContaining({ name: 'United States' })] });
  });

  it('reads disasters: a hard landing with its day and who was aboard, an earthquake by its name', () => {
    const { events } = extractEvents(articleOf([
      'Helicopter missing',
      '',
      'DUBAI, May 19 (Example Wire) - A helicopter carrying Iranian President Ebrahim Raisi made a hard landing in fog-shrouded mountains on Sunday, state media reported.',
      '',
      'Insurers began processing claims from the Northern California earthquake nearly two weeks ago.',
    ].join('\n'), '2024-05-19', 'Asia/Tehran'));
    const disasters = events.filter((e) => e.kind === 'disaster');
    expect(disasters[0]).toMatchObject({ start: '2024-05-19', status: 'past', actors: [expect.objectContaining({ name: 'Ebrahim Raisi' })] });
    expect(disasters[0]?.title).toMatch(/hard landing in fog-shrouded mountains$/);
    expect(disasters[1]).toMatchObject({ title: 'Northern California earthquake', start: '2024-04-29', end: '2024-05-05' });
  });

  it('dates a dash aside by its own words, and an event by the date nearest to it in its clause', () => {
    const { events } = extractEvents(articleOf('Ad\n\nOn Tuesday, the league plans to hold a news conference to screen an advertisement _ made last week, before Slepian died _ featuring a nurse who was badly wounded earlier this year in the bombing of a clinic.', '1998-10-26', 'America/New_York'));
    // Neither the death nor the bombing is Tuesday's news conference.
    expect(events.filter((e) => e.start === '1998-10-27')).toEqual([]);
    expect(events.find((e) => e.kind === 'attack')).toMatchObject({ start: '1998-01-01', end: '1998-12-31', status: 'past' });
  });

  it('reads an election: a first-round win up to its "but", a second round by its clause, a resignation by the name a "who" hangs on', () => {
    const { events } = extractEvents(articleOf([
      'Runoff ahead',
      '',
      'Lithuanian President Gitanas Nauseda won the first round of the presidential election on Sunday but fell short of the 50 percent needed to avoid a runoff.',
      '',
      'Nauseda will face Prime Minister Ingrida Simonyte in the second round on May 26.',
      '',
      'The chairman, John Taylor, who stepped down as chairman on Friday, will stay on the board.',
    ].join('\n'), '2024-05-13', 'Europe/Vilnius'));
    expect(events.find((e) => e.start === '2024-05-12')).toMatchObject({ kind: 'election', title: 'Nauseda wins first round of presidential election', status: 'past' });
    expect(events.find((e) => e.start === '2024-05-26')).toMatchObject({ kind: 'election', title: 'Nauseda to face Prime Minister Ingrida Simonyte in second round', status: 'scheduled' });
    expect(events.find((e) => e.kind === 'resignation')?.title).toBe('John Taylor steps down as chairman');
    const earlier = extractEvents(articleOf('Runoff\n\nPrime Minister Ingrida Simonyte, who lost to Nauseda in the 2019 runoff, said she would campaign on defence.', '2024-05-13', 'Europe/Vilnius')).events;
    expect(earlier.find((e) => e.kind === 'election')).toMatchObject({ start: '2019-01-01', title: 'Ingrida Simonyte loses to Nauseda in runoff' });
  });

  it('reads diplomacy: talks and a deal signed "and" the same day, a phone call, expelled diplomats, a recalled ambassador', () => {
    const { events } = extractEvents(articleOf([
      'Modi and Albanese hold talks',
      '',
      'Indian Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony Albanese in New Delhi on Tuesday, and the two leaders signed a defence cooperation agreement.',
      '',
      'On Monday, Albanese spoke by phone with Japanese Prime Minister Fumio Kishida.',
      '',
      'Poland expelled two Russian diplomats on Sunday, accusing them of spying.',
      '',
      'He arrived on Monday, and he insisted his son wants to return to Cuba.',
    ].join('\n'), '2024-05-14', 'Asia/Kolkata'));
    const on = (kind: string) => events.filter((e) => e.kind === kind).map((e) => [e.start, e.title]);
    // "the two leaders" are the two just named.
    expect(on('agreement')).toEqual([['2024-05-14', 'Modi and Albanese sign defence cooperation agreement']]);
    expect(names(events.find((e) => e.kind === 'agreement')!.actors)).toEqual(['Narendra Modi', 'Anthony Albanese']);
    expect(on('talks')).toEqual(expect.arrayContaining([['2024-05-13', 'Albanese speaks by phone with Japanese Prime Minister Fumio Kishida']]));
    expect(on('sanctions')).toEqual([['2024-05-12', 'Poland expels two Russian diplomats']]);
    // A wish is not that day's happening.
    expect(events.filter((e) => e.kind === 'return' && e.start === '2024-05-13')).toEqual([]);
  });

  it('writes what was said in lower case where only the sentence gave it a capital, and keeps names', () => {
    const said = (text: string) => extractEvents(articleOf(`Report\n\n${text}`, '2024-05-13')).events.find((e) => e.kind === 'statement')?.title;
    expect(said('Turnout was 59 percent, the electoral commission said.')).toBe('Electoral commission says turnout is 59 percent');
    expect(said('Cyprus has until Monday to raise 5.8 billion euros, the central bank said.')).toMatch(/^Central bank says Cyprus /);
    expect(said('North Korea fired two missiles, the defence ministry said.')).toMatch(/^Defence Ministry says North Korea /);
  });

  it('leaves a wire dateline out of what was said, also with its date and any outlet', () => {
    const { events } = extractEvents(articleOf('Cyprus deadline\n\nNICOSIA, March 22 (Example Wire) - Cyprus has until Monday to raise 5.8 billion euros, the European Central Bank said on Thursday.', '2013-03-22'));
    const statement = events.find((e) => e.kind === 'statement');
    expect(statement?.title).toMatch(/^European Central Bank says Cyprus has/);
    expect(statement?.title).not.toMatch(/NICOSIA|Wire/);
  });

  it('folds a report into the happening its sentence dates on the same day, and keeps a report of a happening it only names', () => {
    const text = [
      'US and EU move against Russia',
      'WASHINGTON, May 16 (Example Wire) - The United States on Thursday imposed sanctions on more than 20 Chinese companies, the Treasury Department said.',
      'Ukraine\'s military said Russian forces pressed their offensive in the Kharkiv region on Thursday.',
      'EU leaders agreed on a new migration pact on Thursday. Hungary\'s Prime Minister Viktor Orban said he would not implement the pact.',
    ].join('\n\n');
    const { events } = extractEvents(articleOf(text, '2024-05-16'));
    const sanctions = events.filter((e) => e.kind === 'sanctions');
    expect(sanctions).toHaveLength(1);
    expect(names(sanctions[0]!.actors)).toEqual(['United States']);
    expect(events.filter((e) => /Treasury/.test(e.title) || e.actors.some((a) => /Treasury/.test(a.name)))).toEqual([]);
    const offensive = events.filter((e) => /offensive/.test(e.title));
    expect(offensive).toHaveLength(1);
    expect(offensive[0]!.kind).toBe('war');
    // Orban's word on the pact is news of its own, not a source of the pact.
    expect(find(events, /Orban says/)).toHaveLength(1);
    // Said without a day of its own, of what is already over: the happening's source too.
    const shot = extractEvents(articleOf('Fico shot\n\nSlovak Prime Minister Robert Fico was shot several times on Wednesday afternoon in the town of Handlova, officials said.', '2024-05-16')).events;
    expect(shot.map((e) => [e.kind, e.start])).toEqual([['attack', '2024-05-15']]);
    // Each report on its own: the minister's judgement the same day stays news of its own.
    const judged = extractEvents(articleOf('Fico shot\n\nSlovak Prime Minister Robert Fico was shot several times on Wednesday afternoon in the town of Handlova, officials said. Interior Minister Matus Sutaj Estok said on Thursday that the attack was politically motivated.', '2024-05-16')).events;
    expect(judged.map((e) => [e.kind, e.title])).toEqual([['attack', 'Fico shot several times in town of Handlova'], ['statement', 'Matus Sutaj Estok says attack politically motivated']]);
    // The Foreign Ministry's word on a visit two days later stays an announcement (the seed).
    expect(extractEvents(seedArticle()).events.filter((e) => e.kind === 'statement')).toHaveLength(1);
  });

  it('leaves "the two leaders" as written when the text has not just named two people', () => {
    const { events } = extractEvents(articleOf('Deal signed\n\nThe two leaders signed a defence cooperation agreement on Tuesday.'));
    expect(events.find((e) => e.kind === 'agreement')).toMatchObject({ title: 'Two leaders sign defence cooperation agreement', actors: [] });
  });

  it('gives a bare "the talks" the people and place of the happening its sentence told', () => {
    const { events } = extractEvents(articleOf('Talks in Cairo\n\nEgyptian mediators met Hamas officials in Cairo on Monday, but the talks ended without agreement on Tuesday.'));
    const ended = events.find((e) => e.kind === 'talks' && e.start === '2024-05-14');
    expect(names(ended!.actors)).toEqual(['Egypt', 'Hamas']);
    expect(names(ended!.places)).toContain('Cairo');
    // Talks of their own keep their own (none here): no borrowing across sentences.
    const alone = extractEvents(articleOf('Talks\n\nEgyptian mediators met Hamas officials in Cairo on Monday.\n\nThe talks ended without agreement on Tuesday.')).events;
    expect(alone.find((e) => e.kind === 'talks' && e.start === '2024-05-14')?.actors ?? []).toEqual([]);
  });

  it('keeps a noun that another verb takes as object apart from the meeting before it: "meet … to prepare the summit"', () => {
    const { events } = extractEvents(articleOf('Ministers meet\n\nThe ministers will meet again in Prague on May 30 and 31 to prepare the alliance\'s summit in Washington in July.'));
    expect(events.find((e) => e.kind === 'meeting')).toMatchObject({ start: '2024-05-30', end: '2024-05-31', status: 'scheduled' });
    expect(events.find((e) => e.kind === 'summit')).toMatchObject({ start: '2024-07-01', end: '2024-07-31', precision: 'month' });
  });

  it('titles a past "assassination of X" with X in the passive', () => {
    const { events } = extractEvents(articleOf('Rabin\n\nPrime Minister Yitzhak Rabin led Israel. The assassination of Rabin in Tel Aviv in 1995 ended the peace process.'));
    expect(events.find((e) => e.kind === 'attack')).toMatchObject({ title: 'Rabin assassinated in Tel Aviv', start: '1995-01-01' });
    // The crime a verdict is about is part of the verdict.
    const verdict = extractEvents(articleOf('Amir\n\nPrime Minister Yitzhak Rabin led Israel. Amir was convicted of the assassination of Rabin in 1996.')).events;
    expect(verdict.map((e) => [e.kind, e.title])).toEqual([['ruling', 'Amir convicted of assassination of Rabin']]);
  });

  it('reads "said the attack was …" as what was said, and "confirmed the trip" as its object', () => {
    const { events } = extractEvents(articleOf('Fico\n\nInterior Minister Matus Sutaj Estok said the attack was politically motivated. The Kremlin confirmed the trip on Tuesday.', '2024-05-16'));
    expect(events.map((e) => e.title)).toEqual(['Matus Sutaj Estok says attack politically motivated', 'Kremlin confirms trip']);
  });

  it('keeps the country in a name that is about it ("Taiwan Affairs Office"), and drops it as an owner ("US Justice Department")', () => {
    const office = extractEvents(articleOf('Taiwan\n\nChina\'s Taiwan Affairs Office said on Wednesday that Lai was a separatist.', '2024-05-17')).events;
    expect(office.map((e) => [e.title, names(e.actors)])).toEqual([['Taiwan Affairs Office says Lai is separatist', ['China', 'Taiwan Affairs Office']]]);
    const justice = extractEvents(articleOf('US\n\nThe US Justice Department said on Wednesday that the case was closed.', '2024-05-17')).events;
    expect(justice[0]?.title).toMatch(/^Justice Department says/);
  });

  it('keeps two elections of one sentence apart when each has its own date, and titles the second by its own clause', () => {
    const { events } = extractEvents(articleOf('Sunak\n\nPrime Minister Rishi Sunak faced growing calls on Friday to set a date for the general election after his Conservative Party lost nearly 500 seats in local elections earlier this month.', '2024-05-17'));
    expect(events.filter((e) => e.kind === 'election').map((e) => [e.start, e.title])).toEqual([
      ['2024-05-17', 'Prime Minister Rishi Sunak faces growing calls to set date for general election'],
      ['2024-05-01', 'Conservative Party loses nearly 500 seats in local elections'],
    ]);
  });

  it('dates a clause joined by ", as" by the clause before, not by a date in an appositive after it', () => {
    const { events } = extractEvents(articleOf('Gaza\n\nIsrael\'s military ordered thousands more people to leave parts of Rafah on Saturday, as troops returned to Jabalia in northern Gaza, an area the army had said it cleared in January.', '2024-05-13'));
    expect(events.map((e) => [e.kind, e.start, e.dateBasis])).toEqual([['return', '2024-05-11', 'stated']]);
  });

  it('reads the main clause after a relative one with its own subject, and the relative clause by its own date', () => {
    const { events } = extractEvents(articleOf('Milei\n\nArgentine President Javier Milei will travel to Madrid on Friday. Milei, who took office in December, has visited the United States three times since January.', '2024-05-16'));
    expect(events.map((e) => [e.kind, e.title, e.start])).toEqual([
      ['visit', 'Milei to travel to Madrid', '2024-05-17'],
      ['swearing-in', 'Milei takes office', '2023-12-01'],
      ['visit', 'Milei visits United States three times', '2024-01-01'],
    ]);
  });

  it('keeps a happening\'s own date when a report of it made on the day folds in, and takes no "first since" date for it', () => {
    const { events } = extractEvents(articleOf([
      'Iran says talks were constructive',
      '',
      "Iranian and US officials held indirect talks in Oman last week on how to avoid escalating regional attacks, Iran's mission to the United Nations said on Wednesday.",
      '',
      'The talks, the first since January, were mediated by Omani officials.',
      '',
      'Tehran launched hundreds of drones and missiles at Israel on April 13.',
    ].join('\n'), '2024-05-15'));
    expect(events.map((e) => [e.kind, e.start, e.precision])).toEqual([
      ['talks', '2024-05-06', 'week'],
      ['attack', '2024-04-13', 'day'],
    ]);
    expect(names(events[1]!.actors)).toEqual(['Iran']);
  });

  it('titles a happening named only as the time of another ("five months before the Nov. 5 election") by its noun', () => {
    const { events } = extractEvents(articleOf('Trump\n\nThe verdict came five months before the Nov. 5 election.', '2024-05-30'));
    expect(events.find((e) => e.kind === 'election')).toMatchObject({ title: 'Election', start: '2024-11-05', status: 'scheduled' });
  });

  it('cuts "on the last day of 1999" from a title whole', () => {
    const { events } = extractEvents(articleOf('Yeltsin\n\nBoris Yeltsin resigned on the last day of 1999.', '2024-03-18'));
    expect(events.map((e) => e.title)).toEqual(['Yeltsin resigns']);
  });

  it('takes no date from "the strongest earthquake to hit Turkey since 1939"', () => {
    const { events } = extractEvents(articleOf('Quake\n\nIt was the strongest earthquake to hit Turkey since 1939.', '2023-02-07'));
    expect(events.filter((e) => e.start?.startsWith('1939'))).toEqual([]);
  });

  it('takes no opinion poll for an election', () => {
    const { events } = extractEvents(articleOf('Starmer\n\nStarmer, whose party leads by 20 points in opinion polls, said the country could not wait until the autumn.', '2024-05-17'));
    expect(events.filter((e) => e.kind === 'election')).toEqual([]);
  });

  it('reads what was said past an aside of a participle: "the attackers, led by Christian Malanga, had been neutralised"', () => {
    const { events } = extractEvents(articleOf('Congo\n\nArmy spokesman Sylvain Ekenge said the attackers, led by Christian Malanga, had been neutralised.', '2024-05-18'));
    expect(events.map((e) => e.title)).toEqual(['Sylvain Ekenge says attackers neutralised']);
  });

  it('leaves the day and its part out of what was said: "said on Thursday morning that …"', () => {
    const { events } = extractEvents(articleOf('Fico\n\nDeputy Prime Minister Tomas Taraba said on Thursday morning that the operation had gone well.', '2024-05-16'));
    expect(events.map((e) => [e.start, e.title])).toEqual([['2024-05-16', 'Tomas Taraba says operation has gone well']]);
  });

  it('dates a noun by the relative clause that hangs on it, and does not fold it into a clause across a comma', () => {
    const { events } = extractEvents(articleOf('Slovakia\n\nPresident-elect Peter Pellegrini, who takes office on June 15, urged politicians to suspend campaigning for the European Parliament elections, which will be held on June 8.', '2024-05-16'));
    expect(events.map((e) => [e.kind, e.title, e.start, e.status])).toEqual([
      ['swearing-in', 'Peter Pellegrini takes office', '2024-06-15', 'scheduled'],
      ['election', 'European Parliament elections', '2024-06-08', 'scheduled'],
    ]);
  });

  it('keeps the city where a country acts: "Egyptian … mediators met … in Cairo" is in Cairo', () => {
    const { events } = extractEvents(articleOf('Talks in Cairo\n\nEgyptian and Qatari mediators met Hamas officials in Cairo on Monday.'));
    const meeting = events.find((e) => e.kind === 'meeting');
    expect(names(meeting!.actors)).toContain('Egypt');
    expect(names(meeting!.places)).toContain('Cairo');
  });

  it('does not make a person the speaker of what a relative or lawyer of theirs said', () => {
    const speakers = (text: string) => extractEvents(articleOf(text)).events.filter((e) => e.kind === 'statement').map((e) => e.actors.map((a) => a.name));
    expect(speakers('Elian\n\nThe grandmother of Elian Gonzalez said on Monday that the boy must return.')).toEqual([]);
    expect(speakers("Elian\n\nElian Gonzalez's lawyer said on Monday that the boy would stay.")).toEqual([]);
    expect(speakers('Elian\n\nJuan Miguel Gonzalez, the father of Elian Gonzalez, said on Monday that the boy must return.').flat()).not.toContain('Elian Gonzalez');
    expect(speakers('Talks\n\nRussian President Vladimir Putin said on Monday that talks would go on.')).toEqual([['Vladimir Putin']]);
  });

  it('does not date a happening by a century that describes a thing', () => {
    const { events } = extractEvents(articleOf('Mines\n\nThe team was clearing mines near Angkor Wat, the 11th century temple, when it was attacked on Tuesday.', '1998-02-19'));
    const attack = events.find((e) => e.kind === 'attack');
    expect(attack).toMatchObject({ start: '1998-02-17' });
    const { events: none } = extractEvents(articleOf('Mines\n\nThe team was clearing mines near Angkor Wat, the 11th century temple, when it was attacked.', '1998-02-19'));
    expect(none.filter((e) => e.start?.startsWith('10'))).toEqual([]);
  });

  it('leaves out happenings with no date and no relation rather than inventing one', () => {
    const { events } = extractEvents(articleOf('Drills\n\nThe two navies have held joint military drills.'));
    expect(events).toEqual([]);
  });

  it('takes "will", "is expected to" and dates after publication as scheduled', () => {
    const { events } = extractEvents(articleOf('Talks\n\nGerman Chancellor Olaf Scholz is expected to visit Kyiv next week, officials said.', '2024-05-14'));
    const visit = events.find((e) => e.kind === 'visit');
    expect(visit).toMatchObject({ start: '2024-05-20', end: '2024-05-26', precision: 'week', status: 'scheduled', title: 'Olaf Scholz to visit Kyiv' });
    expect(visit!.places).toEqual([expect.objectContaining({ name: 'Kyiv', kind: 'place', country: 'UA' }), expect.objectContaining({ name: 'Ukraine', kind: 'country' })]);
  });

  it('links "he" to the person just named, and "Mr" forms to full names', () => {
    const { events } = extractEvents(articleOf('Visit\n\nFrench President Emmanuel Macron arrived in Beijing on Monday. Mr Macron said he would meet Xi Jinping on Tuesday.', '2024-05-07'));
    const arrival = events.find((e) => e.kind === 'visit');
    expect(arrival).toMatchObject({ start: '2024-05-06', title: 'Macron arrives in Beijing' });
    expect(arrival!.actors[0]).toMatchObject({ name: 'Emmanuel Macron', role: 'President', country: 'FR', short: 'Macron' });
  });

  it('dates a happening "two days after" by counting back from the day told before it, and merges it with its other mention', () => {
    const { events } = extractEvents(articleOf([
      'Fico out of danger',
      '',
      'Slovak Prime Minister Robert Fico is no longer in immediate danger after undergoing a second operation on Friday, two days after he was shot five times in an assassination attempt, his deputy said.',
      '',
      'Fico, 59, was shot on Wednesday as he greeted supporters in the town of Handlova.',
    ].join('\n'), '2024-05-17'));
    const shootings = events.filter((e) => e.kind === 'attack');
    expect(shootings.map((e) => e.start)).toEqual(['2024-05-15']);
    expect(shootings[0]!.sources).toHaveLength(2);
  });

  it('dates a happening after "after" by its own date, not by the one told before "after"', () => {
    const { events } = extractEvents(articleOf('Quake\n\nJapan lifted a tsunami advisory early on Wednesday after a magnitude 6.4 earthquake struck off the coast of Hokkaido late on Tuesday.', '2024-05-15', 'Asia/Tokyo'));
    expect(events.find((e) => e.kind === 'disaster')).toMatchObject({ start: '2024-05-14', title: 'Magnitude 6.4 earthquake strikes off coast of Hokkaido' });
  });

  it('titles a bill passed and a vote to come', () => {
    const { events } = extractEvents(articleOf('Georgia\n\nParliament passed the bill in its third and final reading on Tuesday.\n\nThe house will vote to override the veto next week.', '2024-05-16'));
    expect(events.map((e) => [e.kind, e.title, e.start, e.status])).toEqual([
      ['vote', 'Parliament passes bill in third and final reading', '2024-05-14', 'past'],
      ['vote', 'House to vote to override veto', '2024-05-20', 'scheduled'],
    ]);
  });

  it('titles a vote someone said parliament would hold by what was said, not by who said it', () => {
    const { events } = extractEvents(articleOf('Georgia\n\nGeorgian Dream leader Irakli Kobakhidze, the prime minister, said parliament would vote to override the veto next week.', '2024-05-16'));
    expect(events.find((e) => e.kind === 'vote')).toMatchObject({ title: 'Parliament to vote to override veto', start: '2024-05-20', status: 'scheduled' });
  });

  it('gives an event that names no place the region of the dateline the story was filed from', () => {
    const { events } = extractEvents(articleOf('Protests\n\nTBILISI, May 16 (Example Wire) - Thousands of protesters rallied outside parliament on Tuesday evening.\n\nMeanwhile, Russia launched drones at Kharkiv on Wednesday.', '2024-05-16', 'Asia/Tbilisi'));
    expect(events.map((e) => [e.title, e.region])).toEqual([
      ['Thousands of protesters rally outside parliament', 'Europe'],
      ['Russia launches drones at Kharkiv', 'Europe'],
    ]);
    const unknown = extractEvents(articleOf('Protests\n\nSPRINGFIELD, May 16 (Example Wire) - Thousands of protesters rallied outside parliament on Tuesday.', '2024-05-16'));
    expect(unknown.events[0]!.region).toBeUndefined();
  });

  it('reads a happening going on "since" a day as lasting from that day to publication', () => {
    const { events } = extractEvents(articleOf('Vovchansk\n\nUkrainian forces have been fighting Russian troops in Vovchansk since Friday.\n\nProtesters have rallied every night since May 1.\n\nThe talks were held on Monday.', '2024-05-16'));
    expect(events.map((e) => [e.kind, e.start, e.end, e.status])).toEqual([
      ['war', '2024-05-10', '2024-05-16', 'ongoing'],
      ['protest', '2024-05-01', '2024-05-16', 'ongoing'],
      ['talks', '2024-05-13', '2024-05-13', 'past'],
    ]);
  });

  it('gives talks on two days in a row both days', () => {
    const { events } = extractEvents(articleOf('Putin\n\nPutin will visit China on Thursday and Friday.'));
    expect(events[0]).toMatchObject({ kind: 'visit', start: '2024-05-16', end: '2024-05-17', status: 'scheduled' });
  });

  it('keeps the date of a relative clause to it when the main verb is an irregular past ("…, who arrived on Tuesday, met …")', () => {
    const { events } = extractEvents(articleOf('Blinken in Kyiv\n\nU.S. Secretary of State Antony Blinken, who arrived in Kyiv on Tuesday, met Zelensky on Wednesday.', '2024-05-16'));
    expect(events.map((e) => [e.kind, e.title, e.start])).toEqual([
      ['visit', 'Blinken arrives in Kyiv', '2024-05-14'],
      ['meeting', 'Blinken meets Zelensky', '2024-05-15'],
    ]);
  });

  it('spans a happening from the day it opened to the day told after an end verb', () => {
    const at = (text: string) => extractEvents(articleOf(`Summit\n\n${text}`, '2024-05-15')).events.map((e) => [e.kind, e.start, e.end, e.status]);
    expect(at('The summit, which opened on Monday, ends on Friday.')).toEqual([['summit', '2024-05-13', '2024-05-17', 'ongoing']]);
    expect(at('Talks began on Monday and will continue until Friday.')).toEqual([['talks', '2024-05-13', '2024-05-17', 'ongoing']]);
    expect(at('The talks began on Monday and ended on Wednesday.')).toEqual([['talks', '2024-05-13', '2024-05-15', 'past']]);
    // Another happening between: its own day.
    expect(at('The visit began on Monday, and Xi met Putin on Tuesday.')).toEqual([['visit', '2024-05-13', '2024-05-13', 'past'], ['meeting', '2024-05-14', '2024-05-14', 'past']]);
  });

  it('keeps a list of subjects whole: one event for "Britain, France and Germany imposed …", and "they" for the list', () => {
    const at = (text: string) => extractEvents(articleOf(`News\n\n${text}`, '2024-05-22')).events.map((e) => [e.kind, e.title, e.actors.map((a) => a.name)]);
    expect(at('Britain, France and Germany imposed sanctions on Iran on Monday.')).toEqual([['sanctions', 'Britain, France and Germany impose sanctions on Iran', ['United Kingdom', 'France', 'Germany']]]);
    expect(at('Spain, Ireland and Norway said on Wednesday they would formally recognise a Palestinian state on May 28.')).toEqual([
      ['recognition', 'Spain, Ireland and Norway to formally recognise Palestinian state', ['Norway', 'Spain', 'Ireland']],
      ['statement', 'Spain, Ireland and Norway say they will formally recognise Palestinian state', ['Spain', 'Ireland', 'Norway']],
    ]);
  });

  it('titles a funeral by whose it is, and a past participle before the verb of its clause stays one', () => {
    const at = (text: string) => extractEvents(articleOf(`News\n\n${text}`, '2024-05-20')).events.map((e) => [e.kind, e.title, e.start]);
    expect(at('Iranian President Ebrahim Raisi was elected in 2021. His funeral will be held in Tabriz on Tuesday.')).toContainEqual(['funeral', 'Ebrahim Raisi’s funeral', '2024-05-21']);
    expect(at('A memorial service planned at the university for Saturday was canceled on Friday.').map((e) => e[1])).not.toContain('Memorial service plans at university');
  });

  it('reads "cast his ballot" as the voter voting', () => {
    const { events } = extractEvents(articleOf('Vote\n\nPresident Cyril Ramaphosa cast his ballot in Soweto on Wednesday morning.', '2024-05-30'));
    expect(events[0]).toMatchObject({ kind: 'election', title: 'Cyril Ramaphosa casts ballot in Soweto', start: '2024-05-29' });
  });

  it('titles "Wednesday’s election" by the country its sentence names', () => {
    const { events } = extractEvents(articleOf("ANC\n\nSouth Africa's African National Congress was on course to lose its majority, partial results from Wednesday's election showed on Thursday.", '2024-05-30'));
    expect(events.find((e) => e.kind === 'election')).toMatchObject({ title: 'Election in South Africa', start: '2024-05-29' });
  });

  it('dates an undated reaction ("immediately recalled") by the last happening told before it that is over', () => {
    const { events } = extractEvents(articleOf([
      'Recognition',
      '',
      'Spain, Ireland and Norway said on Wednesday they would formally recognise a Palestinian state on May 28.',
      '',
      'Israel immediately recalled its ambassadors to the three countries for consultations.',
      '',
      'Israel recalled its ambassador to Chile.',
    ].join('\n'), '2024-05-22'));
    expect(events.filter((e) => e.kind === 'sanctions').map((e) => [e.title, e.start])).toEqual([['Israel immediately recalls ambassadors to three countries for consultations', '2024-05-22']]);
  });

  it('reads "wrapped up two days of war games on Friday" as ending that day, and the military as its country', () => {
    const at = (text: string, published: string) => extractEvents(articleOf(`Drills\n\n${text}`, published)).events.map((e) => [e.kind, e.title, e.start, e.end, e.status, e.actors.map((a) => a.name)]);
    expect(at("China's military wrapped up two days of war games around Taiwan on Friday.", '2024-05-24')).toEqual([
      ['drills', "China's military wraps up two days of war games around Taiwan", '2024-05-23', '2024-05-24', 'past', ['China']],
    ]);
    // Begun on the day of publication and lasting into the next: going on.
    expect(at('China began two days of large-scale military drills around Taiwan on Thursday. The drills are due to end on Friday.', '2024-05-23')).toEqual([
      ['drills', 'China begins two days of large-scale military drills around Taiwan', '2024-05-23', '2024-05-24', 'ongoing', ['China']],
    ]);
  });

  it('leaves out a happening its own verb calls off', () => {
    const at = (text: string) => extractEvents(articleOf(`News\n\n${text}`, '2024-05-20')).events.map((e) => e.kind);
    expect(at('A memorial service planned at the university for Saturday was canceled after security plans were leaked.')).toEqual([]);
    expect(at('The summit, planned for June 3, has been postponed.')).toEqual([]);
    expect(at('The summit will be held on June 3.')).toEqual(['summit']);
  });

  it('titles the verb of a relative clause by the noun it hangs on', () => {
    const { events } = extractEvents(articleOf('Quake\n\nThe quake was the strongest to hit the region since a magnitude 6.7 tremor in September 2018 that killed 43 people.', '2024-05-15'));
    expect(events.map((e) => [e.kind, e.title, e.start, e.end])).toEqual([['death', 'Magnitude 6.7 tremor kills 43 people', '2018-09-01', '2018-09-30']]);
  });

  it('leaves an age and what someone was out of a title, names inside them too', () => {
    const { events } = extractEvents(articleOf('Sheinbaum\n\nSheinbaum, 61, a former Mexico City mayor and protegee of outgoing President Andres Manuel Lopez Obrador, will take office on Oct. 1 for a six-year term.', '2024-06-03'));
    expect(events[0]).toMatchObject({ kind: 'swearing-in', title: 'Sheinbaum to take office for six-year term', start: '2024-10-01' });
    expect(events[0]!.actors.map((a) => a.name)).not.toContain('Andres Manuel Lopez Obrador');
  });

  it('counts forward from a day to what comes "two days before", titles it by its noun, and gives two happenings of one kind in one sentence ids of their own', () => {
    const rally = extractEvents(articleOf('Rally\n\nThe opposition held a rally on Sunday, two days before the election.', '2024-05-20')).events;
    expect(rally.map((e) => [e.kind, e.title, e.start])).toEqual([['protest', 'Opposition holds rally', '2024-05-19'], ['election', 'Election', '2024-05-21']]);
    const arrests = extractEvents(articleOf('Arrests\n\nPolice arrested a second suspect late on Wednesday, a week after the first arrest.', '2024-05-16')).events;
    expect(arrests.map((e) => [e.title, e.start])).toEqual([['Police arrest second suspect', '2024-05-15'], ['First arrest', '2024-05-08']]);
    expect(new Set(arrests.map((e) => e.id)).size).toBe(2);
  });

  it('cuts a date from a title with its "for" ("net income for the third quarter fell")', () => {
    const { events } = extractEvents(articleOf('Norton\n\nNorton Co. said net income for the third quarter fell 6% to $20.6 million from $21.9 million a year earlier.', '1989-10-26', 'America/New_York'));
    expect(events[0]!.title).toBe('Norton Co says net income falls 6% to $20.6 million from $21.9 million');
  });

  it('titles a list of subjects from its first name, and cuts a date with "over" or "during"', () => {
    const at = (text: string) => extractEvents(articleOf(`News\n\n${text}`, '2024-06-12')).events.map((e) => e.title);
    expect(at('Israel and Hamas held indirect talks in Doha earlier this month.')).toEqual(['Israel and Hamas hold indirect talks in Doha']);
    expect(at('Russian drones attacked Kyiv over the weekend, officials said on Monday.')[0]).toBe('Russian drones attack Kyiv');
  });
});


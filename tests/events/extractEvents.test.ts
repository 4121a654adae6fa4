import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/events/Event.js';
import { extractEvents } from '../../src/events/extractEvents.js';
import { articleOf, seedArticle } from '../helpers.js';

const find = (events: Event[], re: RegExp) => events.filter((e) => re.test(e.title));

describe('extractEvents on the seed', () => {
  const { events, diagnostics } = extractEvents(seedArticle());

  it('dates the state visit Thursday 16 – Friday 17 May, scheduled, as one event with the meeting', () => {
    const visit = find(events, /state visit/i).filter((e) => e.kind === 'visit');
    expect(visit).toHaveLength(1);
    expect(visit[0]).toMatchObject({ start: '2024-05-16', end: '2024-05-17', precision: 'day', status: 'scheduled' });
    expect(visit[0]?.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
    expect(events.filter((e) => e.kind === 'meeting')).toEqual([]);
  });

  it('dates the inauguration Monday 20 May, scheduled', () => {
    const [lai] = find(events, /inaugurat/i);
    expect(lai).toMatchObject({ start: '2024-05-20', end: '2024-05-20', precision: 'day', status: 'scheduled' });
    expect(lai?.actors.map((a) => a.name)).toContain('William Lai Ching-te');
    expect(lai?.places.map((a) => a.name)).toContain('Taiwan');
  });

  it('puts Xi’s return from Europe in 2024-W19, week-precise and past', () => {
    const [xi] = find(events, /Xi Jinping returned/);
    expect(xi).toMatchObject({ start: '2024-05-06', end: '2024-05-12', precision: 'week', status: 'past' });
    expect(xi?.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Europe', 'Hungary', 'Serbia']));
  });

  it('dates the announcement and confirmation on the publication day', () => {
    const statements = events.filter((e) => e.kind === 'statement');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ start: '2024-05-14', end: '2024-05-14', precision: 'day', dateBasis: 'publication' });
    expect(statements[0]?.title).toMatch(/Foreign Ministry.*Kremlin confirms/);
  });

  it('dates the war about 2022 and keeps it ongoing', () => {
    const [war] = events.filter((e) => e.kind === 'war');
    expect(war).toMatchObject({ start: '2022-01-01', precision: 'year', approximate: true, status: 'ongoing' });
    expect(war?.title).toMatch(/Russia.*Ukraine/);
  });

  it('does not invent a date for the swearing-in, but relates it to the visit', () => {
    const sworn = events.filter((e) => /sworn/.test(e.title));
    expect(sworn).toHaveLength(1);
    expect(sworn[0]).toMatchObject({ start: null, end: null, precision: 'unknown', status: 'past' });
    const visit = events.find((e) => e.kind === 'visit');
    expect(sworn[0]?.relations).toEqual([expect.objectContaining({ type: 'before', event: visit?.id })]);
  });

  it('cites the sentence and its offset in the article', () => {
    const a = seedArticle();
    for (const e of events) for (const s of e.sources) expect(a.text.slice(s.offset, s.offset + s.quote.length)).toBe(s.quote);
  });

  it('reports the dropped page debris', () => {
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'page-debris', severity: 'info', line: 34 })]);
  });
});

describe('extractEvents beyond the seed', () => {
  it('reads a past-tense wrap-up', () => {
    const { events } = extractEvents(articleOf('Putin and Xi met in Beijing\n\nRussian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Thursday, state media reported.', '2024-05-18'));
    const meeting = events.find((e) => e.kind === 'meeting');
    expect(meeting).toMatchObject({ start: '2024-05-16', status: 'past' });
  });

  it('leaves out happenings with no date and no relation rather than inventing one', () => {
    const { events } = extractEvents(articleOf('Drills\n\nThe two navies have held joint military drills.'));
    expect(events).toEqual([]);
  });
});

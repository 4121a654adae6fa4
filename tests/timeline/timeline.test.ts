import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/events/Event.js';
import { extractEvents } from '../../src/events/extractEvents.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { orderEvents } from '../../src/timeline/orderEvents.js';
import { sectionOf } from '../../src/timeline/sectionOf.js';
import { fixture } from '../events/fixture.js';
import { articleOf, seedArticle } from '../helpers.js';

const ev = (over: Partial<Event>): Event => ({
  id: 'x', kind: 'other', title: 't', start: null, end: null, precision: 'unknown', approximate: false, status: 'past',
  actors: [], places: [], sources: [{ article: 'a', quote: 'q', offset: 0 }], relations: [], dateBasis: 'none', ...over,
});

describe('orderEvents', () => {
  it('orders by start, a day before its week, undated before what they precede', () => {
    const week = ev({ id: 'w', start: '2024-05-13', end: '2024-05-19', precision: 'week' });
    const day = ev({ id: 'd', start: '2024-05-13', end: '2024-05-13', precision: 'day' });
    const later = ev({ id: 'l', start: '2024-05-20', end: '2024-05-20', precision: 'day' });
    const undated = ev({ id: 'u', relations: [{ type: 'before', event: 'l', cue: 'since' }] });
    const loose = ev({ id: 'z' });
    expect(orderEvents([later, loose, week, undated, day]).map((e) => e.id)).toEqual(['d', 'w', 'u', 'l', 'z']);
  });
});

describe('sectionOf', () => {
  const w20 = parseIsoWeek('2024-W20')!;
  it('puts events in this week, ahead or earlier', () => {
    expect(sectionOf(ev({ start: '2024-05-16', end: '2024-05-17' }), w20)).toBe('this-week');
    expect(sectionOf(ev({ start: '2024-05-20', end: '2024-05-20' }), w20)).toBe('ahead');
    expect(sectionOf(ev({ start: '2024-05-06', end: '2024-05-12' }), w20)).toBe('earlier');
    expect(sectionOf(ev({ start: '2024-05-10', end: '2024-05-14' }), w20)).toBe('this-week');
    expect(sectionOf(ev({ status: 'scheduled' }), w20)).toBe('ahead');
    expect(sectionOf(ev({}), w20)).toBe('earlier');
  });
  it('puts an event dated only by a month or year that holds the week by its status', () => {
    const year = { start: '2024-01-01', end: '2024-12-31', precision: 'year' } as const;
    const may = { start: '2024-05-01', end: '2024-05-31', precision: 'month' } as const;
    expect(sectionOf(ev({ ...year, status: 'scheduled' }), w20)).toBe('ahead');
    expect(sectionOf(ev({ ...may, status: 'scheduled' }), w20)).toBe('ahead');
    expect(sectionOf(ev({ ...may, status: 'past' }), w20)).toBe('earlier');
    expect(sectionOf(ev({ ...year, status: 'ongoing' }), w20)).toBe('this-week');
    // Days and weeks that reach past the week still begin or end in it.
    expect(sectionOf(ev({ start: '2024-05-18', end: '2024-05-21', precision: 'day', status: 'scheduled' }), w20)).toBe('this-week');
    expect(sectionOf(ev({ start: '2024-05-13', end: '2024-05-19', precision: 'week', status: 'past' }), w20)).toBe('this-week');
  });
});

describe('buildTimeline across the week’s articles', () => {
  const seed = extractEvents(seedArticle()).events;
  const shanghai = extractEvents(fixture('2024-05-15-putin-beijing-shanghai-desk.txt')).events;
  const wrapUp = extractEvents(fixture('2024-05-18-putin-xi-wrap-up.txt')).events;
  const diary = extractEvents(fixture('2024-05-19-week-ahead.txt')).events;
  const articlesOf = (e: Event) => [...new Set(e.sources.map((s) => s.article))].sort();

  it('merges the other outlet’s report of the visit (another zone, a day later) into the seed’s, keeping both sources and the seed’s dates', () => {
    const timeline = buildTimeline([seed, shanghai]);
    const visits = timeline.filter((e) => e.kind === 'visit' && e.start === '2024-05-16');
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ end: '2024-05-17', precision: 'day', status: 'scheduled', title: 'Putin to make two-day state visit to China' });
    expect(articlesOf(visits[0]!)).toEqual(['000_b74a46fdc8785d42', '2024-05-15-putin-beijing-shanghai-desk']);
    // Both quotes are kept.
    expect(visits[0]!.sources.map((s) => s.quote)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Russian President Vladimir Putin will make a two-day state visit/),
      expect.stringMatching(/^Russian President Vladimir Putin will arrive in Beijing on Thursday/),
    ]));
    // The Kremlin's statement "on Tuesday" is the seed's announcement of 14 May.
    const announcements = timeline.filter((e) => e.kind === 'statement' && e.start === '2024-05-14');
    expect(announcements).toHaveLength(1);
    expect(articlesOf(announcements[0]!)).toHaveLength(2);
    // Xi's "five-day tour of France, Serbia and Hungary last week" is the seed's return from Europe.
    const xi = timeline.filter((e) => e.start === '2024-05-06' && e.actors.some((a) => a.name === 'Xi Jinping'));
    expect(xi).toHaveLength(1);
    expect(xi[0]!.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Europe', 'Hungary', 'Serbia', 'France']));
  });

  it('merges the wrap-up: the visit becomes past, and the undated swearing-in gets its day from “his inauguration on May 7”', () => {
    const timeline = buildTimeline([seed, shanghai, wrapUp]);
    const visits = timeline.filter((e) => e.kind === 'visit' && e.start === '2024-05-16');
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ end: '2024-05-17', status: 'past', title: 'Putin and Xi meet in Beijing' });
    expect(articlesOf(visits[0]!)).toHaveLength(3);
    expect(timeline.filter((e) => e.start === '2024-05-16' && e.end === '2024-05-16' && /meet/.test(e.title))).toEqual([]);
    const sworn = timeline.filter((e) => e.kind === 'swearing-in' || e.kind === 'inauguration').filter((e) => e.actors.some((a) => a.name === 'Vladimir Putin'));
    expect(sworn).toHaveLength(1);
    expect(sworn[0]).toMatchObject({ title: 'Putin sworn in as president', start: '2024-05-07', end: '2024-05-07', precision: 'day', status: 'past' });
    expect(articlesOf(sworn[0]!)).toEqual(['000_b74a46fdc8785d42', '2024-05-18-putin-xi-wrap-up']);
  });

  it('does not give an undated event a date that contradicts its relations', () => {
    const later = extractEvents(articleOf('Putin\n\nRussian President Vladimir Putin was sworn in on May 20, officials said.', '2024-05-21', 'Europe/Moscow', 'later.txt')).events;
    const timeline = buildTimeline([seed, later]);
    // The seed's swearing-in came before the visit of 16 May: 20 May cannot be it.
    expect(timeline.filter((e) => e.kind === 'swearing-in')).toHaveLength(2);
  });

  it('merges the diary’s swearing-in of Lai with the seed’s inauguration, and orders the whole week', () => {
    const timeline = buildTimeline([seed, shanghai, wrapUp, diary]);
    const lai = timeline.filter((e) => e.actors.some((a) => /Lai Ching-te/.test(a.name)));
    expect(lai).toHaveLength(1);
    expect(lai[0]).toMatchObject({ start: '2024-05-20', precision: 'day', status: 'scheduled' });
    expect(articlesOf(lai[0]!)).toEqual(['000_b74a46fdc8785d42', '2024-05-19-week-ahead']);
    const starts = timeline.filter((e) => e.start).map((e) => e.start!);
    expect(starts).toEqual([...starts].sort());
    const w20 = parseIsoWeek('2024-W20')!;
    const section = (re: RegExp) => sectionOf(timeline.find((e) => re.test(e.title))!, w20);
    expect(section(/meet in Beijing/)).toBe('this-week');
    expect(section(/Lai Ching-te/)).toBe('ahead');
    expect(section(/G7/)).toBe('ahead');
    expect(section(/^Xi returns/)).toBe('earlier');
    expect(section(/campaign of conquest/)).toBe('earlier');
  });

  it('keeps the seed’s table exactly when merged with nothing', () => {
    const timeline = buildTimeline([seed]);
    const w20 = parseIsoWeek('2024-W20')!;
    expect(timeline.map((e) => [e.start, e.end, e.precision, e.approximate, e.status, sectionOf(e, w20), e.title])).toEqual([
      ['2022-01-01', '2022-12-31', 'year', true, 'ongoing', 'earlier', 'Russia’s campaign of conquest against Ukraine'],
      ['2024-05-06', '2024-05-12', 'week', false, 'past', 'earlier', 'Xi returns from five-day visit to Europe'],
      ['2024-05-14', '2024-05-14', 'day', false, 'past', 'this-week', 'Chinese Foreign Ministry says Putin to make two-day state visit to China; Kremlin confirms trip'],
      [null, null, 'unknown', false, 'past', 'earlier', 'Putin sworn in as president'],
      ['2024-05-16', '2024-05-17', 'day', false, 'scheduled', 'this-week', 'Putin to make two-day state visit to China'],
      ['2024-05-20', '2024-05-20', 'day', false, 'scheduled', 'ahead', 'William Lai Ching-te to be inaugurated as next president of Taiwan'],
    ]);
  });
});

describe('buildTimeline', () => {
  it('merges the same visit reported by another outlet a day later, keeping both sources', () => {
    const seed = extractEvents(seedArticle()).events;
    const other = extractEvents(articleOf(
      'Putin heads to Beijing\n\nRussian President Vladimir Putin will travel to China on Thursday for a two-day state visit, the Kremlin said on Tuesday.',
      '2024-05-15', 'Asia/Shanghai', 'other-outlet.txt')).events;
    const timeline = buildTimeline([seed, other]);
    const visits = timeline.filter((e) => e.kind === 'visit' && e.start === '2024-05-16');
    expect(visits).toHaveLength(1);
    expect(new Set(visits[0]?.sources.map((s) => s.article))).toEqual(new Set(['000_b74a46fdc8785d42', 'other-outlet']));
    const dated = timeline.filter((e) => e.start).map((e) => e.start!);
    expect(dated).toEqual([...dated].sort());
  });
});

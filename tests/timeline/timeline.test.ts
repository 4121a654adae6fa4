import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/events/Event.js';
import { extractEvents } from '../../src/events/extractEvents.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { orderEvents } from '../../src/timeline/orderEvents.js';
import { sectionOf } from '../../src/timeline/sectionOf.js';
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

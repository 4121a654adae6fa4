import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/bench/syntheticEvents.js';
import { buildDigest } from '../../src/render/buildDigest.js';
import { digestView } from '../../src/render/digestView.js';
import { formatEventDate } from '../../src/render/formatEventDate.js';
import { weekLabel } from '../../src/render/weekLabel.js';
import type { Event } from '../../src/events/Event.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { articleOf } from '../helpers.js';
import { ev, w20 } from './fixtures.js';

describe('formatEventDate', () => {
  it('shows dates as a reader expects, vague ones vaguely', () => {
    expect(formatEventDate(ev({}), { contextYear: 2024 })).toBe('16–17 May');
    expect(formatEventDate(ev({ end: '2024-05-16' }), { contextYear: 2024 })).toBe('Thu 16 May');
    expect(formatEventDate(ev({ start: '2024-05-30', end: '2024-06-02' }), { contextYear: 2024 })).toBe('30 May – 2 Jun');
    expect(formatEventDate(ev({ start: '2024-05-06', end: '2024-05-12', precision: 'week' }), { contextYear: 2024 })).toBe('week of 6 May');
    expect(formatEventDate(ev({ start: '2022-01-01', end: '2022-12-31', precision: 'year', approximate: true }))).toBe('about 2022');
    expect(formatEventDate(ev({ start: null, end: null, precision: 'unknown' }))).toBe('undated');
  });
  it('names months in the locale asked for', () => {
    expect(formatEventDate(ev({ end: '2024-05-16' }), { contextYear: 2024, locale: 'fr-FR' })).toBe('jeu. 16 mai');
    expect(formatEventDate(ev({}), { contextYear: 2023 })).toBe('16–17 May 2024');
    expect(formatEventDate(ev({}), { contextYear: 2024, locale: 'en-US' })).toBe('May 16–17');
    expect(formatEventDate(ev({ start: '2024-05-30', end: '2024-06-02' }), { contextYear: 2024, locale: 'en-US' })).toBe('May 30 – Jun 2');
    expect(weekLabel(w20, 'en-US')).toBe('Week 20 · May 13–19, 2024');
  });
  it('labels the week', () => {
    expect(weekLabel(w20)).toBe('Week 20 · 13–19 May 2024');
    expect(weekLabel(parseIsoWeek('2025-W01')!)).toBe('Week 1 · 30 Dec 2024 – 5 Jan 2025');
  });
});

describe('buildDigest', () => {
  const article = articleOf('T\n\nBody.');
  const visit = ev({ id: 'visit', title: 'Putin visits China' });
  const inauguration = ev({ id: 'inaug', title: 'Lai is sworn in', start: '2024-05-20', end: '2024-05-20' });
  const sworn = ev({ id: 'sworn', title: 'Putin sworn in', start: null, end: null, precision: 'unknown', status: 'past', relations: [{ type: 'before', event: 'visit', cue: 'since' }] });

  it('sorts events into sections and summarises the top items in the preheader', () => {
    const d = buildDigest([sworn, visit, inauguration], [article], w20);
    expect(d.sections.map((s) => [s.id, s.items.map((i) => i.event.id)])).toEqual([['this-week', ['visit']], ['ahead', ['inaug']], ['earlier', ['sworn']]]);
    expect(d.preheader).toBe('Putin visits China (16–17 May) · Lai is sworn in (Mon 20 May)');
    expect(d.sections[2]!.items[0]!.when).toBe('before “Putin visits China” (16–17 May)');
  });

  it('keeps only the sections asked for, in the order asked for', () => {
    const d = buildDigest([sworn, visit, inauguration], [article], w20, { sections: ['ahead', 'this-week'] });
    expect(d.sections.map((s) => s.id)).toEqual(['ahead', 'this-week']);
  });

  it('orders the diary by what is still to come: "later this year" after the days it cannot precede', () => {
    const later = ev({ id: 'later', title: 'Modi to host Quad summit', start: '2024-01-01', end: '2024-12-31', precision: 'year', status: 'scheduled' });
    const june = ev({ id: 'june', title: 'EU Parliament to vote', start: '2024-06-01', end: '2024-06-30', precision: 'month', status: 'scheduled' });
    const may = ev({ id: 'may', title: 'Talks to resume', start: '2024-05-01', end: '2024-05-31', precision: 'month', status: 'scheduled' });
    const d = buildDigest([later, may, inauguration, june], [article], w20);
    expect(d.sections.find((s) => s.id === 'ahead')!.items.map((i) => i.event.id)).toEqual(['inaug', 'may', 'june', 'later']);
  });

  it('says so when the week has nothing dated', () => {
    expect(buildDigest([sworn], [article], w20).preheader).toMatch(/^No dated events for 2024-W20/);
  });
});

describe('digestView', () => {
  const { events, articles } = syntheticEvents(60, w20);
  const digest = buildDigest(events, articles, w20, { maxItemsPerSection: 5 });

  it('caps each section for the email and says how many more the report has', () => {
    const capped = digestView(digest, { cap: true });
    for (const s of capped.sections) {
      const all = digest.sections.find((x) => x.id === s.id)!.items.length;
      expect(s.items.length).toBe(Math.min(5, all));
      expect(s.more).toBe(all - s.items.length);
      if (s.more) expect(s.moreLabel).toBe(`${s.more} more in the full report (report.md)`);
    }
    expect(digestView(digest).sections.map((s) => s.items.length)).toEqual(digest.sections.map((s) => s.items.length));
  });

  it('keeps a capped section in reading order', () => {
    const s = digestView(digest, { cap: true }).sections.find((x) => x.id === 'ahead')!;
    const order = digest.sections.find((x) => x.id === 'ahead')!.items.map((i) => i.event.id);
    const shown = s.items.map((i) => order.indexOf(i.id));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  it('groups This week by region when there are enough items, and not otherwise', () => {
    const many = digestView(buildDigest(events, articles, w20, { maxItemsPerSection: 50 }), { cap: true }).sections[0]!;
    expect(many.grouped).toBe(true);
    expect(many.groups.length).toBeGreaterThan(1);
    expect(many.groups.flatMap((g) => g.items).length).toBe(many.items.length);
    const few = digestView(buildDigest(events.slice(0, 3), articles, w20)).sections[0]!;
    expect(few.grouped).toBe(false);
  });

  it('numbers sources in order of first citation and drops links that are not http(s)', () => {
    const e1 = ev({ id: 'a', sources: [{ article: 'x', quote: 'q', offset: 0, title: 'X', url: 'javascript:alert(1)' }] });
    const e2 = ev({ id: 'b', start: '2024-05-14', end: '2024-05-14', sources: [{ article: 'y', quote: 'q', offset: 0, title: 'Y', url: 'https://example.com/a b' }, { article: 'x', quote: 'q2', offset: 5 }] });
    const v = digestView(buildDigest([e2, e1], [], w20));
    expect(v.sources.map((s) => [s.n, s.title, s.url])).toEqual([[1, 'Y', 'https://example.com/a%20b'], [2, 'X', '']]);
  });

  it("quotes each article's first sentence about an event, the one that states it", () => {
    const e = ev({
      sources: [
        { article: 'x', quote: 'Putin will make a two-day state visit to China.', offset: 0, title: 'X' },
        { article: 'x', quote: 'His visit comes days ahead of an inauguration.', offset: 900, title: 'X' },
        { article: 'y', quote: 'Putin heads to Beijing on Thursday.', offset: 10, title: 'Y' },
      ],
    });
    const item = digestView(buildDigest([e], [], w20)).sections.flatMap((s) => s.items)[0]!;
    expect(item.quotes.map((q) => q.text)).toEqual(['Putin will make a two-day state visit to China.', 'Putin heads to Beijing on Thursday.']);
  });

  it('leaves out of the diary line the people its title already names', () => {
    const actor = (name: string, kind: 'person' | 'organisation') => ({ name, kind });
    const e = ev({
      id: 'p', title: 'Pellegrini takes office', start: '2024-06-15', end: '2024-06-15', status: 'scheduled',
      actors: [actor('Peter Pellegrini', 'person'), actor('Robert Fico', 'person')], places: [{ name: 'Slovakia', kind: 'country' }],
    } as Partial<Event>);
    const u = ev({ id: 'u', title: 'Union leaders meet', start: '2024-06-20', end: '2024-06-20', status: 'scheduled', actors: [actor('European Union', 'organisation')] } as Partial<Event>);
    const items = digestView(buildDigest([e, u], [], w20)).sections.find((s) => s.id === 'ahead')!.items;
    expect(items.map((i) => [i.diaryWho, i.diaryMeta])).toEqual([['Robert Fico', 'Slovakia · Robert Fico'], ['European Union', 'China · European Union']]);
    expect(items[0]!.who).toBe('Peter Pellegrini, Robert Fico');
  });
});

import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/events/Event.js';
import { eventWeight } from '../../src/render/eventWeight.js';

const event = (over: Partial<Event>): Event => ({
  id: 'a#1', kind: 'visit', title: 't', start: '2024-05-14', end: '2024-05-14', precision: 'day', approximate: false, status: 'past',
  actors: [], places: [], sources: [{ article: 'a', quote: 'q', offset: 0 }], relations: [], dateBasis: 'stated', ...over,
});
const person = (name: string) => ({ name, kind: 'person' as const });

describe('eventWeight', () => {
  it('counts articles first, then precision', () => {
    expect(eventWeight(event({ sources: [{ article: 'a', quote: 'q', offset: 0 }, { article: 'b', quote: 'q', offset: 0 }], precision: 'year' }))).toBeGreaterThan(eventWeight(event({})));
    expect(eventWeight(event({ precision: 'day' }))).toBeGreaterThan(eventWeight(event({ precision: 'month', actors: [person('A'), person('B'), person('C')] })));
  });

  it('puts a happening before what was said about something, however many are named in it', () => {
    const landing = event({ kind: 'disaster', actors: [person('Ebrahim Raisi')] });
    const said = event({ kind: 'statement', actors: [person('A'), person('B'), person('C'), person('D'), person('E')] });
    expect(eventWeight(landing)).toBeGreaterThan(eventWeight(said));
  });
});

import type { Event } from '../events/Event.js';

const PRECISION_WEIGHT: Readonly<Record<Event['precision'], number>> = {
  day: 3, week: 2, month: 1, season: 1, quarter: 1, year: 0, decade: 0, unknown: 0,
};

/**
 * How much an event deserves a place when a section must be cut or the top items picked: the
 * number of articles that report it counts most, then how precisely it is dated, then whether it
 * is a happening rather than something said about one, then how many actors and places it names.
 * A heuristic, never shown to the reader.
 *
 * @example
 * eventWeight(putinVisit) > eventWeight(undatedBackground) //=> true
 */
export function eventWeight(event: Pick<Event, 'sources' | 'precision' | 'actors' | 'places'> & Partial<Pick<Event, 'kind'>>): number {
  const articles = new Set(event.sources.map((s) => s.article)).size;
  const happening = event.kind !== undefined && event.kind !== 'statement' ? 5 : 0;
  return articles * 100 + PRECISION_WEIGHT[event.precision] * 10 + happening + Math.min(event.actors.length + event.places.length, 4);
}

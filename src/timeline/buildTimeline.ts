import type { Event } from '../events/Event.js';
import { mergeEvents } from './mergeEvents.js';
import { orderEvents } from './orderEvents.js';

/**
 * One chronological, deduplicated timeline from the events of many articles.
 *
 * @example
 * buildTimeline([seedEvents, otherOutletEvents]) // the same visit reported twice becomes one event with two sources
 */
export function buildTimeline(eventsByArticle: ReadonlyArray<readonly Event[]>): Event[] {
  return orderEvents(mergeEvents(eventsByArticle.flat()));
}

import type { Event } from '../events/Event.js';
import { TimelineMerger } from './TimelineMerger.js';

/**
 * Merges events from different articles that report the same happening — like ACLED's
 * actor/day/place key, but tolerant of paraphrase and of one source being vaguer: the same kind
 * (or family: a visit and the talks held during it, an inauguration and a swearing-in), a shared
 * person (or, with no people on one side, a shared actor), and compatible dates (overlapping; or
 * one undated, when its status and before/after relations allow the other's date). The merged
 * event keeps every source, quote and relation, the most precise date, and the status of the
 * newest report ("scheduled" on Tuesday, "past" once the wrap-up is out).
 *
 * The events in one go; `TimelineMerger` takes them article by article.
 *
 * @example
 * mergeEvents([seedVisit, otherOutletVisit]) // one event, sources from both articles
 */
export function mergeEvents(events: readonly Event[]): Event[] {
  const merger = new TimelineMerger();
  merger.add(events);
  return merger.finish();
}

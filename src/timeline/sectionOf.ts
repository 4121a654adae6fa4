import type { Event, EventPrecision } from '../events/Event.js';
import type { IsoWeek } from '../time/isoWeek.js';
import type { SectionId } from './Section.js';

/** Dates no finer than these say in which month or year, not whether in this week. */
const COARSE: ReadonlySet<EventPrecision> = new Set(['month', 'season', 'quarter', 'year', 'decade']);

/**
 * Which section of a week's digest an event belongs to: *This week* when its dates overlap the
 * week, *Ahead* when it starts after it, *Earlier / background* when it ended before it. Undated
 * events go ahead when scheduled and to the background otherwise. A month or a year that holds
 * the week does not put an event in it: one still expected ("later this year") goes ahead, one
 * told in the past ("earlier this month") to the background; one going on stays this week.
 *
 * @example
 * sectionOf({ start: '2024-05-20', end: '2024-05-20', status: 'scheduled', precision: 'day' }, parseIsoWeek('2024-W20')) //=> 'ahead'
 * sectionOf({ start: '2024-01-01', end: '2024-12-31', status: 'scheduled', precision: 'year' }, parseIsoWeek('2024-W20')) //=> 'ahead'
 */
export function sectionOf(event: Pick<Event, 'start' | 'end' | 'status' | 'precision'>, week: IsoWeek): SectionId {
  if (event.start === null || event.end === null) return event.status === 'scheduled' ? 'ahead' : 'earlier';
  if (event.start > week.end) return 'ahead';
  if (event.end < week.start) return 'earlier';
  const beyond = event.start < week.start || event.end > week.end;
  if (beyond && COARSE.has(event.precision) && event.status !== 'ongoing') return event.status === 'scheduled' ? 'ahead' : 'earlier';
  return 'this-week';
}

import type { Event } from '../events/Event.js';
import type { IsoWeek } from '../time/isoWeek.js';
import type { SectionId } from './Section.js';

/**
 * Which section of a week's digest an event belongs to: *This week* when its dates overlap the
 * week, *Ahead* when it starts after it, *Earlier / background* when it ended before it. Undated
 * events go ahead when scheduled and to the background otherwise.
 *
 * @example
 * sectionOf({ start: '2024-05-20', end: '2024-05-20', status: 'scheduled' }, parseIsoWeek('2024-W20')) //=> 'ahead'
 */
export function sectionOf(event: Pick<Event, 'start' | 'end' | 'status'>, week: IsoWeek): SectionId {
  if (event.start === null || event.end === null) return event.status === 'scheduled' ? 'ahead' : 'earlier';
  if (event.start > week.end) return 'ahead';
  if (event.end < week.start) return 'earlier';
  return 'this-week';
}

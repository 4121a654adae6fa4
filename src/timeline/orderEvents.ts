import type { Event } from '../events/Event.js';
import { PRECISION_RANK } from '../time/Interval.js';

const RANK: Readonly<Record<Event['precision'], number>> = { ...PRECISION_RANK, unknown: 99 };

/**
 * Orders events chronologically: by start day, then finer precision first (a day before its
 * week), then end and title. Undated events are placed right before the first event they are
 * known to precede, or after an event they follow, else at the end. Returns a new array.
 */
export function orderEvents(events: readonly Event[]): Event[] {
  const dated = events
    .filter((e) => e.start !== null)
    .sort((a, b) =>
      cmp(a.start, b.start) || RANK[a.precision] - RANK[b.precision] || cmp(a.end, b.end) || cmp(a.title, b.title) || cmp(a.id, b.id));
  const undated = events.filter((e) => e.start === null).sort((a, b) => cmp(a.id, b.id));
  const out = [...dated];
  const tail: Event[] = [];
  for (const u of undated) {
    const before = u.relations.find((r) => r.type === 'before' && out.some((e) => e.id === r.event));
    const after = u.relations.find((r) => r.type === 'after' && out.some((e) => e.id === r.event));
    if (before) out.splice(out.findIndex((e) => e.id === before.event), 0, u);
    else if (after) out.splice(out.findIndex((e) => e.id === after.event) + 1, 0, u);
    else tail.push(u);
  }
  return [...out, ...tail];
}

function cmp(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

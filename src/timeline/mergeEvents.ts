import type { Entity } from '../parse/entities/Entity.js';
import type { Event, EventKind } from '../events/Event.js';
import { PRECISION_RANK } from '../time/Interval.js';

const RANK: Readonly<Record<Event['precision'], number>> = { ...PRECISION_RANK, unknown: 99 };
const FAMILY: Partial<Record<EventKind, string>> = { visit: 'visit', meeting: 'visit', talks: 'visit', summit: 'visit' };

/**
 * Merges events from different articles that report the same happening: same kind (or family:
 * a visit and the talks held during it), a shared person or, failing people, a shared actor, and
 * compatible dates (overlapping, or one undated, or one vaguer and containing the other). The
 * merged event keeps every source and relation and the most precise date.
 */
export function mergeEvents(events: readonly Event[]): Event[] {
  const out: Event[] = [];
  const renamed = new Map<string, string>();
  for (const e of events) {
    const same = out.find((o) => sameHappening(o, e));
    if (!same) {
      out.push({ ...e, actors: [...e.actors], places: [...e.places], sources: [...e.sources], relations: [...e.relations] });
      continue;
    }
    renamed.set(e.id, same.id);
    const finer = RANK[e.precision] < RANK[same.precision];
    if (finer) {
      same.start = e.start;
      same.end = e.end;
      same.precision = e.precision;
      same.approximate = e.approximate;
      same.dateBasis = e.dateBasis;
      if (e.time) same.time = e.time;
    }
    if (e.status === 'ongoing' || (same.status === 'past' && e.status !== 'past' && finer)) same.status = e.status;
    for (const a of e.actors) if (!same.actors.some((x) => x.name === a.name)) same.actors.push(a);
    for (const p of e.places) if (!same.places.some((x) => x.name === p.name)) same.places.push(p);
    for (const s of e.sources) if (!same.sources.some((x) => x.article === s.article && x.offset === s.offset)) same.sources.push(s);
    for (const r of e.relations) if (!same.relations.some((x) => x.type === r.type && x.event === r.event)) same.relations.push(r);
  }
  for (const e of out) {
    e.relations = e.relations
      .map((r) => ({ ...r, event: renamed.get(r.event) ?? r.event }))
      .filter((r, i, all) => r.event !== e.id && all.findIndex((x) => x.type === r.type && x.event === r.event) === i);
  }
  return out;
}

function sameHappening(a: Event, b: Event): boolean {
  if (a.sources.some((s) => b.sources.some((t) => t.article === s.article))) return false;
  const kinds = a.kind === b.kind || (FAMILY[a.kind] !== undefined && FAMILY[a.kind] === FAMILY[b.kind]);
  if (!kinds) return false;
  const people = (e: Event) => e.actors.filter((x) => x.kind === 'person').map(key);
  const pa = people(a);
  const pb = people(b);
  const shared = pa.length && pb.length ? pa.some((p) => pb.includes(p)) : a.actors.map(key).some((x) => b.actors.map(key).includes(x));
  if (!shared) return false;
  if (a.start === null || b.start === null || a.end === null || b.end === null) return a.start === b.start;
  return a.start <= b.end && b.start <= a.end;
}

function key(e: Entity): string {
  // "Putin" and "Vladimir Putin" are the same person: compare by the last name token.
  return e.kind === 'person' ? (e.name.split(/\s+/).pop() ?? e.name).toLowerCase() : e.name.toLowerCase();
}

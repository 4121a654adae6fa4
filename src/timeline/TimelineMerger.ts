import type { Entity } from '../parse/entities/Entity.js';
import type { Event, EventKind } from '../events/Event.js';
import { PRECISION_RANK } from '../time/Interval.js';

const RANK: Readonly<Record<Event['precision'], number>> = { ...PRECISION_RANK, unknown: 99 };
/** Kinds that can name one happening: a visit and the talks held during it; an inauguration and a swearing-in. */
const FAMILY: Partial<Record<EventKind, string>> = {
  visit: 'visit', meeting: 'visit', talks: 'visit', summit: 'visit', return: 'visit', inauguration: 'office', 'swearing-in': 'office',
};

/**
 * Merges events from different articles that report the same happening — like ACLED's
 * actor/day/place key, but tolerant of paraphrase and of one source being vaguer: the same kind
 * (or family: a visit and the talks held during it, an inauguration and a swearing-in), a shared
 * person (or, with no people on one side, a shared actor), and compatible dates (overlapping; or
 * one undated, when its status and before/after relations allow the other's date). The merged
 * event keeps every source, quote and relation, the most precise date, and the status of the
 * newest report ("scheduled" on Tuesday, "past" once the wrap-up is out).
 *
 * Events are added article by article (`add`), each compared with the merged events before it;
 * `finish` gives the result, the same as `mergeEvents` of all of them at once. Only the merged
 * events are kept, so a week of articles can be merged as their events are read.
 *
 * @example
 * const merger = new TimelineMerger();
 * for (const events of eventsByArticle) merger.add(events);
 * merger.finish(); // one event per happening, with sources from every article
 */
export class TimelineMerger {
  private readonly out: Event[] = [];
  private readonly renamed = new Map<string, string>();
  /** Every event added (its date), by id, for the before/after relations that point at it. */
  private readonly dates = new Map<string, Dated>();
  /**
   * Which merged events could be the same happening as a new one: those of its kind (or family)
   * that share an actor key with it. Each event is compared with those few, in the order of
   * `out`, instead of with every event before it, so merging stays linear as articles grow.
   */
  private readonly index = new Map<string, number[]>();
  private finished = false;

  /** Adds one article's events (or any events, in order; relations may point at any event added with or before them). */
  add(events: readonly Event[]): void {
    if (this.finished) throw new Error('the timeline was finished; start another TimelineMerger');
    for (const e of events) this.dates.set(e.id, { start: e.start, end: e.end });
    for (const e of events) this.merge(e);
  }

  /** The merged events, in the order first met, with relations pointing at merged ids. */
  finish(): Event[] {
    this.finished = true;
    for (const e of this.out) {
      e.relations = e.relations
        .map((r) => ({ ...r, event: this.renamed.get(r.event) ?? r.event }))
        .filter((r, i, all) => r.event !== e.id && all.findIndex((x) => x.type === r.type && x.event === r.event) === i);
      // An undated event that got a date by merging no longer needs its place in the order from relations.
      if (e.start !== null && e.dateBasis === 'none') e.dateBasis = 'coreference';
    }
    return this.out;
  }

  private merge(e: Event): void {
    const { out } = this;
    const candidates = new Set<number>();
    for (const key of keysOf(e.kind, e.actors)) for (const at of this.index.get(key) ?? []) candidates.add(at);
    let same: Event | undefined;
    let sameAt = -1;
    for (const at of [...candidates].sort((a, b) => a - b)) {
      if (sameHappening(out[at]!, e, this.dates)) {
        same = out[at];
        sameAt = at;
        break;
      }
    }
    if (!same) {
      out.push({ ...e, actors: [...e.actors], places: [...e.places], sources: [...e.sources], relations: [...e.relations] });
      this.addKeys(out.length - 1, e.kind, e.actors);
      return;
    }
    this.renamed.set(e.id, same.id);
    const finer = RANK[e.precision] < RANK[same.precision];
    if (finer) {
      same.start = e.start;
      same.end = e.end;
      same.precision = e.precision;
      same.approximate = e.approximate;
      same.dateBasis = e.dateBasis;
      if (e.time) same.time = e.time;
    }
    if (newest(e) > newest(same) || (newest(e) === newest(same) && e.status === 'ongoing')) {
      // The newest report tells how things stand, and its headline is in the right tense.
      if (e.status !== same.status) same.title = e.title;
      same.status = e.status;
    }
    if (!same.region && e.region) same.region = e.region;
    const added: Entity[] = [];
    for (const a of e.actors) {
      if (same.actors.some((x) => sameEntity(x, a))) continue;
      same.actors.push(a);
      added.push(a);
    }
    if (added.length) this.addKeys(sameAt, same.kind, added);
    for (const p of e.places) if (!same.places.some((x) => sameEntity(x, p))) same.places.push(p);
    for (const s of e.sources) if (!same.sources.some((x) => x.article === s.article && x.offset === s.offset)) same.sources.push(s);
    for (const r of e.relations) if (!same.relations.some((x) => x.type === r.type && x.event === r.event)) same.relations.push(r);
  }

  private addKeys(at: number, kind: EventKind, actors: readonly Entity[]): void {
    for (const key of keysOf(kind, actors)) {
      const list = this.index.get(key);
      if (!list) this.index.set(key, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }
}

/** The dates of an event as added, before any merging. */
interface Dated {
  start: string | null;
  end: string | null;
}

/**
 * Keys under which an event can meet the same happening: its kind's family (or its kind) with each
 * actor. Two events that `sameHappening` joins always share one: the same kind or family, and a
 * shared actor (`sameEntity`), which for people means a shared name token or short name, for
 * others the same kind and name.
 */
function keysOf(kind: EventKind, actors: readonly Entity[]): Set<string> {
  const family = FAMILY[kind] !== undefined ? `family:${FAMILY[kind]}` : `kind:${kind}`;
  const keys = new Set<string>();
  for (const a of actors) {
    if (a.kind === 'person') {
      for (const t of a.name.split(/\s+/)) keys.add(`${family}\u0000person\u0000${t.toLowerCase()}`);
      if (a.short !== undefined) keys.add(`${family}\u0000person\u0000${a.short.toLowerCase()}`);
    } else keys.add(`${family}\u0000${a.kind}\u0000${a.name.toLowerCase()}`);
  }
  return keys;
}

/** The newest publication day among an event's sources. */
function newest(e: Event): string {
  return e.sources.reduce((a, s) => (s.published && s.published > a ? s.published : a), '');
}

function sameHappening(a: Event, b: Event, byId: ReadonlyMap<string, Dated>): boolean {
  // Two dated events that do not overlap are two happenings (the cheapest test, first).
  if (a.start !== null && a.end !== null && b.start !== null && b.end !== null && !(a.start <= b.end && b.start <= a.end)) return false;
  if (a.sources.some((s) => b.sources.some((t) => t.article === s.article))) return false;
  const kinds = a.kind === b.kind || (FAMILY[a.kind] !== undefined && FAMILY[a.kind] === FAMILY[b.kind]);
  if (!kinds) return false;
  const pa = a.actors.filter((x) => x.kind === 'person');
  const pb = b.actors.filter((x) => x.kind === 'person');
  const shared = pa.length && pb.length ? pa.some((p) => pb.some((q) => sameEntity(p, q))) : a.actors.some((x) => b.actors.some((y) => sameEntity(x, y)));
  if (!shared) return false;
  if (a.start === null || b.start === null || a.end === null || b.end === null) {
    if (a.start === b.start) return true;
    // One side undated ("since he was sworn in"), the other dated ("his inauguration on May 7").
    const [undated, dated] = a.start === null ? [a, b] : [b, a];
    return a.kind === b.kind || FAMILY[a.kind] === 'office' ? fits(undated, dated, byId) : false;
  }
  return a.start <= b.end && b.start <= a.end;
}

/** Whether a dated event can be the undated one: its status and before/after relations allow the date. */
function fits(undated: Event, dated: Event, byId: ReadonlyMap<string, Dated>): boolean {
  if (dated.start === null || dated.end === null) return false;
  const published = undated.sources[0]?.published;
  if (published && undated.status === 'past' && dated.start > published) return false;
  if (published && undated.status === 'scheduled' && dated.end < published) return false;
  return undated.relations.every((r) => {
    const other = byId.get(r.event);
    if (!other?.start || !other.end) return true;
    return r.type === 'before' ? dated.start! <= other.start : r.type === 'after' ? dated.end! >= other.end : true;
  });
}

/** Two mentions of one actor: "Vladimir Putin" and "Putin", "Xi Jinping" and "Xi", the same country. */
function sameEntity(a: Entity, b: Entity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return true;
  if (a.kind !== 'person') return false;
  const ta = a.name.split(/\s+/);
  const tb = b.name.split(/\s+/);
  if (ta.length === 1 || tb.length === 1) return ta.length === 1 ? tb.includes(ta[0]!) : ta.includes(tb[0]!);
  if (a.short && b.short) return a.short === b.short;
  // Two full names: the same family name (the last token, or the short name the text used).
  return ta[ta.length - 1] === tb[tb.length - 1] || (a.short !== undefined && tb.includes(a.short) && ta[0] === tb[0]) || (b.short !== undefined && ta.includes(b.short) && ta[0] === tb[0]);
}

import { debuglog } from 'node:util';
import { addDays } from 'date-fns';
import type { Article } from '../ingest/Article.js';
import type { Entity, Mention } from '../parse/entities/Entity.js';
import type { Sentence } from '../parse/Sentence.js';
import { formatIsoDate, isoDateToDate } from '../time/isoDate.js';
import type { Interval } from '../time/Interval.js';
import { PRECISION_RANK } from '../time/Interval.js';
import type { DateBasis, Event, EventKind, EventRelation, EventSource, EventStatus } from './Event.js';
import type { Trigger } from './triggers.js';

/** An event as first read from one sentence, before coreference within its article. */
export interface DraftEvent {
  key: string;
  kind: EventKind;
  trigger: Trigger;
  sentence: Sentence;
  mentions: Mention[];
  source: EventSource;
  actors: Entity[];
  places: Entity[];
  relations: EventRelation[];
  status: EventStatus;
  /** The headline, made on first call (see `extractEvents`). */
  title: () => string;
  /** Who does it: the subject or possessor. */
  agent?: Entity | undefined;
  /** The events read from its sentence, in order (a verb joined to the one before shares its subject). */
  siblings?: readonly DraftEvent[];
  reporting: boolean;
  /** What a report is about ("the trip" → visit). */
  refersTo?: EventKind;
  reportedObject?: Trigger;
  contentKind?: EventKind;
  /** "… during his visit": the frame event's kind. */
  during?: EventKind;
  duringTrigger?: Trigger;
  /** Nouns folded into this event ("returned from a five-day visit"). */
  absorbed?: Trigger[];
  interval?: Interval;
  /** "starting on Thursday". */
  startAnchor?: Interval;
  /** "ended his visit on Friday". */
  endAnchor?: Interval;
  /** For reports: who is said to speak, as the headline names them, and the verb in the present. */
  speaker?: string;
  verb?: string;
  /** For reports: the key of the event reported in the same sentence. */
  about?: string;
  /** TIMEX3 duration from the noun phrase ("two-day" → P2D). */
  duration?: string;
  ongoing?: boolean;
  /** Dated by counting from another day ("two days before the election"): a noun named as that anchor. */
  counted?: boolean;
  dateBasis?: DateBasis;
  time?: string;
}

const debug = debuglog('geodigest:events');

const FAMILY: Partial<Record<EventKind, string>> = { visit: 'visit', meeting: 'visit', talks: 'visit', summit: 'visit', return: 'visit', inauguration: 'office', 'swearing-in': 'office' };

/**
 * Merges the draft events of one article that are about the same happening (coreference): later
 * mentions of "the trip" or "his visit", meetings held during a visit, repeated reports of the same
 * announcement, and repeated mentions of the same war. The merged event keeps every source and the
 * most precise date, combining a start ("starting on Thursday") with a duration ("two-day").
 * Undated events that relate to no other event are dropped rather than given an invented date.
 */
export function mergeArticleEvents(drafts: readonly DraftEvent[], article: Article, filedRegion?: string): Event[] {
  if (debug.enabled) for (const d of drafts) debug('draft %s %s %j actors=%j places=%j', d.key, d.kind, d.trigger.text, d.actors.map((a) => a.name), d.places.map((a) => a.name));
  const groups: DraftEvent[][] = [];
  const groupOf = new Map<string, DraftEvent[]>();
  for (const d of drafts) {
    const g = groups.findLast((g) => sameHappening(g, d, article.bodyStart));
    if (g) g.push(d);
    else groups.push([d]);
    groupOf.set(d.key, g ?? groups[groups.length - 1]!);
  }
  foldReportsIntoHappenings(groups, groupOf, article.published.date);
  const ids = new Map<DraftEvent[], string>();
  // By sentence and kind; a second happening of one kind in one sentence gets a number ("…-arrest-2").
  const used = new Map<string, number>();
  for (const g of groups) {
    const base = `${article.id}#${g[0]!.sentence.start}-${g[0]!.kind}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    ids.set(g, n === 1 ? base : `${base}-${n}`);
  }
  const events: Event[] = [];
  /** Each event's headline, made only for the events kept. */
  const titles = new Map<Event, () => string>();
  for (const g of groups) {
    const id = ids.get(g)!;
    const relations: EventRelation[] = [];
    for (const d of g) {
      for (const r of d.relations) {
        const target = groupOf.get(r.event);
        if (!target || target === g) continue;
        const event = ids.get(target)!;
        if (!relations.some((x) => x.type === r.type && x.event === event)) relations.push({ ...r, event });
      }
    }
    const dated = dateOf(g);
    // A visit frames the meetings and talks held during it.
    const primary = g.find((d) => d.kind === 'visit') ?? g.find((d) => !d.reporting) ?? g[0]!;
    const statements = g.filter((d) => d.reporting);
    const titled = primary.reporting ? undefined : g.find((d) => d.dateBasis === 'stated' && !d.reporting) ?? g.find((d) => !d.reporting) ?? primary;
    const status = statusOf(g, dated, article.published.date);
    // A happening's own participants, not those of the reports folded into it (who said so).
    const told = g.some((d) => !d.reporting) ? g.filter((d) => !d.reporting) : g;
    const actors = uniqueEntities(told.flatMap((d) => d.actors));
    const places = uniqueEntities(told.flatMap((d) => d.places)).filter((p) => !actors.includes(p));
    const sources = evidence(g).map((d) => d.source).filter((s, i, all) => all.findIndex((x) => x.offset === s.offset) === i);
    const event: Event = {
      id,
      kind: primary.reporting ? 'statement' : primary.kind,
      title: '',
      start: dated?.interval.start ?? null,
      end: dated?.interval.end ?? null,
      precision: dated ? timelinePrecision(dated.interval) : 'unknown',
      approximate: dated?.interval.approximate ?? false,
      status,
      actors,
      places,
      sources,
      relations,
      dateBasis: dated?.basis ?? 'none',
    };
    // With no place or actor of its own region, the region the story was filed from (its dateline).
    const region = [...places, ...actors].find((e) => e.region)?.region ?? filedRegion;
    if (region) event.region = region;
    const time = g.find((d) => d.time)?.time;
    if (time && event.precision === 'day' && event.start === event.end) event.time = time;
    titles.set(event, titled ? titled.title : () => statementTitle(statements));
    events.push(event);
  }
  // Keep undated events only when something relates them to a dated one.
  const related = new Set(events.flatMap((e) => e.relations.map((r) => r.event)));
  const kept = events.filter((e) => e.start !== null || e.relations.length > 0 || related.has(e.id));
  for (const e of kept) e.title = titles.get(e)!();
  return kept;
}

/** A verb that makes a noun the happening its sentence tells: "held indirect talks", "made a visit", "staged a protest". */
const HELD_BEFORE = /\b(?:held|holds?|made|makes?|paid|pays?|staged|stages?|conducted|launched|launches|began|begins|signed|signs)\s+(?:(?:an?|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * A report of what its own sentence tells happened on the same days ("The United States on
 * Thursday imposed sanctions …, the Treasury Department said") is a source of that happening, not
 * an event of its own: the report joins the happening's group. So does a report made on the day
 * of publication (or with no day of its own) of what is already over. A report of something still
 * to come ("the ministry said on Tuesday that Putin will visit on Thursday") stays an announcement.
 */
function foldReportsIntoHappenings(groups: DraftEvent[][], groupOf: Map<string, DraftEvent[]>, published: string): void {
  const drafts = new Map(groups.flat().map((d) => [d.key, d]));
  // Each report on its own: an announcement group may hold one that only sources a happening
  // ("…, officials said") and one with news of its own ("the minister said the attack was political").
  for (const g of [...groups]) {
    if (!g.every((d) => d.reporting)) continue;
    for (const d of [...g]) {
      // The sentence must date the happening itself: a bare "the pact" in "Orban said he would not
      // implement the pact" refers back to it, and what was said is news of its own.
      const told = d.about === undefined ? undefined : drafts.get(d.about);
      if (!told?.interval || told.dateBasis !== 'stated') continue;
      const target = groupOf.get(told.key);
      if (!target || target === g || target.every((x) => x.reporting)) continue;
      const said = dateOf([d])?.interval;
      const happened = dateOf(target)?.interval;
      if (!said || !happened) continue;
      // Said on the day it happened, or said without a day of its own about what is already over
      // ("Fico was shot on Wednesday afternoon …, officials said" in Thursday's paper); what was
      // said must then be that happening itself (its verb), not a word about it ("will not lift
      // the sanctions imposed in 1990").
      const sameDays = said.start === happened.start && said.end === happened.end;
      const onPublication = d.dateBasis === 'publication' || (said.start === published && said.end === published);
      const toldHere = told.trigger.form === 'verb' || HELD_BEFORE.test(told.sentence.text.slice(0, told.trigger.start));
      const attributesPast = onPublication && toldHere && happened.end <= published;
      if (!sameDays && !attributesPast) continue;
      g.splice(g.indexOf(d), 1);
      // Its source joins; its day (when it was said) does not date the happening.
      const { interval: _said, startAnchor: _from, endAnchor: _to, ...source } = d;
      target.push(source);
      groupOf.set(d.key, target);
    }
    if (!g.length) groups.splice(groups.indexOf(g), 1);
  }
}

/**
 * The members that say something about the event: the first mention, and later ones that add a
 * date, a duration, a relation, or a participant. A bare "the trip" adds no source.
 */
function evidence(g: DraftEvent[]): DraftEvent[] {
  const seen = new Set<Entity>();
  return g.filter((d, i) => {
    const fresh = [...d.actors, ...d.places].some((e) => !seen.has(e));
    for (const e of [...d.actors, ...d.places]) seen.add(e);
    return i === 0 || d.reporting || d.interval !== undefined || d.startAnchor !== undefined || d.duration !== undefined || d.relations.length > 0 || fresh;
  });
}

function sameHappening(group: DraftEvent[], d: DraftEvent, bodyStart: number): boolean {
  const head = group[0]!;
  const kinds = new Set(group.flatMap((x) => [x.kind, ...(x.absorbed ?? []).map((a) => a.kind)]));
  const fam = FAMILY[d.kind];
  // The headline restates the story: its happening is the first of the same kind the body tells.
  if (!d.reporting && !head.reporting && d.sentence.start >= bodyStart && group.every((x) => x.sentence.start < bodyStart)) {
    if (kinds.has(d.kind) || (fam !== undefined && [...kinds].some((k) => FAMILY[k] === fam))) return true;
  }
  if (d.reporting || head.reporting) {
    // One announcement per article, day and topic: the Foreign Ministry said, the Kremlin confirmed.
    const topic = (x: DraftEvent) => (x.contentKind ? FAMILY[x.contentKind] ?? x.contentKind : undefined);
    return d.reporting && head.reporting && d.interval?.start === head.interval?.start
      && group.some((x) => (topic(x) !== undefined && topic(x) === topic(d)) || x.actors.some((a) => d.actors.includes(a)));
  }
  const agents = new Set(group.map((x) => x.agent).filter((a) => a?.kind === 'person'));
  const people = new Set(group.flatMap((x) => x.actors).filter((a) => a.kind === 'person'));
  const dAgent = d.agent?.kind === 'person' ? d.agent : undefined;
  if (d.kind === 'war') return kinds.has('war');
  if (!fam || ![...kinds].some((k) => FAMILY[k] === fam)) {
    if (!kinds.has(d.kind) || !compatible(group, d)) return false;
    // A dated mention of its own ("the invasion last August", "Tehran launched drones … on April 13")
    // is not a bare reference to an undated one ("to avoid escalating regional attacks").
    const groupDate = dateOf(group)?.interval;
    if (d.interval && !groupDate) return false;
    // The same agent, or a later bare mention ("the attack", "the war") with no participants of its own.
    const agentsAny = new Set(group.map((x) => x.agent).filter((a) => a !== undefined));
    if (d.agent) return agentsAny.has(d.agent) || (agentsAny.size === 0 && group.some((x) => x.actors.includes(d.agent!)));
    // Nor, in the same sentence, one dated otherwise ("a date for the general election after … lost seats in local elections earlier this month").
    if (d.interval && groupDate && group.some((x) => x.sentence.start === d.sentence.start) && (d.interval.start !== groupDate.start || d.interval.end !== groupDate.end)) return false;
    const theirs = new Set(group.flatMap((x) => [...x.actors, ...x.places]));
    const own = [...d.actors, ...d.places];
    return own.length === 0 || own.some((e) => theirs.has(e));
  }
  // A meeting during a visit: the same happening when the visitor is one of the people meeting.
  if (d.kind === 'meeting' || d.kind === 'talks') {
    const dPeople = d.actors.filter((a) => a.kind === 'person');
    return (d.during === 'visit' || !d.interval) && kinds.has('visit') && dPeople.some((p) => agents.has(p) || people.has(p)) && compatible(group, d);
  }
  // A later "his visit", "Mr Xi's first trip": the same visitor (an anonymous "the trip" goes to the latest visit).
  // Without an agent, only a noun can refer back ("the trip"); "a suspect who was returned" is another happening.
  if (d.kind === 'visit' || d.kind === 'return') return (dAgent ? agents.has(dAgent) : d.trigger.form === 'noun' && !d.agent) && compatible(group, d);
  return false;
}

function compatible(group: DraftEvent[], d: DraftEvent): boolean {
  const a = dateOf([d])?.interval;
  if (!a) return true;
  // The group's dates as one event: a start with a duration ("two-day … on Thursday") spans both days.
  const b = dateOf(group)?.interval;
  return !b || (a.start <= b.end && b.start <= a.end);
}

function dateOf(g: DraftEvent[]): { interval: Interval; basis: DateBasis } | undefined {
  // A date from another sentence than the first mention is found by coreference.
  const basisOf = (d: DraftEvent): DateBasis => (d === g[0] || d.dateBasis !== 'stated' ? d.dateBasis ?? 'stated' : 'coreference');
  const duration = g.find((d) => d.duration)?.duration;
  const days = duration ? Number(/^P(\d+)D$/.exec(duration)?.[1] ?? Number.NaN) : Number.NaN;
  const anchored = g.find((d) => d.startAnchor);
  if (anchored?.startAnchor) {
    const anchor = anchored.startAnchor;
    const end = days > 0 ? formatIsoDate(addDays(isoDateToDate(anchor.start), days - 1)) : anchor.end;
    return { interval: { ...anchor, end }, basis: basisOf(anchored) };
  }
  const ending = g.find((d) => d.endAnchor);
  if (ending?.endAnchor) {
    const anchor = ending.endAnchor;
    const start = days > 0 ? formatIsoDate(addDays(isoDateToDate(anchor.end), -(days - 1))) : anchor.start;
    return { interval: { ...anchor, start }, basis: basisOf(ending) };
  }
  const dated = g.filter((d): d is DraftEvent & { interval: Interval } => d.interval !== undefined);
  if (!dated.length) return undefined;
  const best = dated.reduce((a, b) => (PRECISION_RANK[b.interval.precision] < PRECISION_RANK[a.interval.precision] ? b : a));
  // "a two-day summit" on Tuesday: the day is its first day.
  if (days > 1 && days < 32 && best.interval.start === best.interval.end && (best.interval.precision === 'day' || best.interval.precision === 'time')) {
    return { interval: { ...best.interval, precision: 'day', end: formatIsoDate(addDays(isoDateToDate(best.interval.start), days - 1)) }, basis: basisOf(best) };
  }
  return { interval: best.interval, basis: basisOf(best) };
}

function statusOf(g: DraftEvent[], dated: { interval: Interval } | undefined, published: string): EventStatus {
  if (g.some((d) => d.ongoing)) return 'ongoing';
  if (dated) {
    if (dated.interval.start > published) return 'scheduled';
    if (dated.interval.end < published) return 'past';
    // Days that hold the publication, as a span ("began two days of drills on Thursday" in Thursday's paper).
    if (dated.interval.precision === 'day' && dated.interval.end > published) return 'ongoing';
  }
  if (g.some((d) => d.status === 'scheduled')) return 'scheduled';
  return g[0]!.status;
}

function timelinePrecision(i: Interval): Event['precision'] {
  if (i.precision === 'time') return 'day';
  if (i.precision === 'century') return 'decade';
  return i.precision;
}

/** "Chinese Foreign Ministry says …; Kremlin confirms trip": one clause per reporting actor, its first. */
function statementTitle(statements: DraftEvent[]): string {
  const byActor = new Map<string, string>();
  for (const s of statements) {
    const who = s.actors[0]?.name ?? s.title();
    const prev = byActor.get(who);
    if (!prev) byActor.set(who, s.title());
  }
  return [...byActor.values()].join('; ');
}

function uniqueEntities(xs: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const x of xs) if (!out.some((o) => o === x || (o.name === x.name && o.kind === x.kind))) out.push(x);
  return out;
}


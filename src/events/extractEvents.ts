import type { Article } from '../ingest/Article.js';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Entity, Mention } from '../parse/entities/Entity.js';
import { EntityTracker } from '../parse/entities/EntityTracker.js';
import type { Sentence } from '../parse/Sentence.js';
import { splitSentences } from '../parse/splitSentences.js';
import { detectTense } from '../parse/temporal/detectTense.js';
import { resolveTimexes } from '../parse/temporal/resolveTimexes.js';
import type { Timex } from '../parse/temporal/Timex.js';
import { clauseOf } from './clauseOf.js';
import type { Event, EventKind, EventStatus } from './Event.js';
import { findTriggers, type Trigger } from './triggers.js';
import { mergeArticleEvents, type DraftEvent } from './mergeArticleEvents.js';
import { positionOf } from './positionOf.js';

/** Events of one article, the temporal expressions they were dated from, and what was dropped. */
export interface ExtractedEvents {
  events: Event[];
  timexes: Timex[];
  sentences: Sentence[];
  diagnostics: Diagnostic[];
}

const LIGHT_VERB_BEFORE = /^\s*(?:\w+ly\s+)?(?:(?:will|would|to|is to|are to|has|have|had)\s+)?(?:make|makes|made|making|pay|pays|paid|hold|holds|held|holding|begin|begins|began|begun|launch|launches|launched|stage|staged|conduct|conducted|start|started|wage|waged|host|hosts|hosted|go on|goes on|went on)\s+(?:an?|the|his|her|its|their|a series of)?\s*(?:[\w-]+\s+){0,3}$/i;
const DURING_BEFORE = /\b(?:during|on|throughout|at)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}$/i;
const FROM_BEFORE = /\b(?:from|after)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}$/i;
const REPORTING_TAIL = /,\s*((?:the\s+)?[^,]{1,80}?)\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|told)\b[^,]*[.!?"”]*$/i;
const REPORTING_HEAD = /^((?:[\p{Lu}][\p{L}’'-]*\s*){1,5}|It|He|She|They)\s+(?:has\s+|had\s+)?(said|says|announced|confirmed|told)\b/u;
const PRONOUN_SUBJECT = /\b(he|she|they|it)\s+(?:was|were|has|had|is|will|would)?\s*$/i;
const START_ANCHOR = /^\s*(?:starting|beginning|from|which starts|that starts|opening)\s+(?:on\s+)?$/i;

/**
 * Turns one article into events: sentences with a trigger ("visit", "sworn in", "inauguration",
 * "said"…) become events with a title built from the text, actors, places, and a date from the
 * temporal expression that governs them, else from another sentence about the same event, else a
 * relation to another event, else (for reports) the publication day. Undated events with no
 * relation are left out rather than given an invented date.
 */
export function extractEvents(article: Article): ExtractedEvents {
  const { sentences, dropped } = splitSentences(article.text, article.bodyStart);
  const diagnostics: Diagnostic[] = [];
  if (dropped.length) {
    const first = dropped[0];
    const pos = positionOf(article, first?.start ?? 0);
    diagnostics.push({
      file: article.file, ...pos, severity: 'info', ruleId: 'page-debris',
      message: `dropped ${dropped.length} line(s) of page debris: ${[...new Set(dropped.map((d) => `"${d.text}"`))].join(', ')}`,
    });
  }
  const timexes = resolveTimexes({ text: article.text, published: article.published.instant, timeZone: article.timeZone }, sentences);
  const tracker = new EntityTracker();
  tracker.learn(sentences.map((s) => s.text));
  const drafts: DraftEvent[] = [];
  let serial = 0;

  for (const sentence of sentences) {
    const text = sentence.text;
    const mentions = tracker.mentions(text);
    const triggers = findTriggers(text);
    if (!triggers.length) continue;
    const local = timexes
      .filter((t) => t.start >= sentence.start && t.end <= sentence.end)
      .map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
    const claimed = new Set<Timex>();
    const source = {
      article: article.id, quote: text, offset: sentence.start, title: article.title,
      published: article.published.date,
      ...(article.source ? { outlet: article.source } : {}),
      ...(article.url ? { url: article.url } : {}),
    };
    const make = (kind: EventKind, trigger: Trigger): DraftEvent => ({
      key: `${article.id}#${++serial}`, kind, trigger, sentence, mentions: [], source,
      actors: [], places: [], relations: [], status: 'past', titleText: '', reporting: trigger.reporting,
    });

    // Reporting clauses: ", the Chinese Foreign Ministry has said." and "China's Foreign Ministry said …".
    let contentStart = 0;
    let contentEnd = text.length;
    const tail = REPORTING_TAIL.exec(text);
    const head = REPORTING_HEAD.exec(text);
    const reports: DraftEvent[] = [];
    for (const [m, at, subject] of [
      [tail, tail ? tail.index : -1, tail?.[1]] as const,
      [head, 0, head?.[1]] as const,
    ]) {
      if (!m || subject === undefined) continue;
      const trig = triggers.find((t) => t.reporting && t.start >= at && t.start <= at + m[0].length);
      if (!trig) continue;
      const subjectStart = at + m[0].indexOf(subject);
      const who = mentions.filter((x) => x.start >= subjectStart && x.end <= subjectStart + subject.length + 1);
      if (m === tail) contentEnd = m.index;
      else contentStart = m[0].length;
      const named = who.filter((x) => x.entity.kind !== 'country' || /ministry|government|office|spokes/i.test(subject));
      if (!named.length && !/ministry|government|office|spokes/i.test(subject)) continue;
      const ev = make('statement', trig);
      ev.actors = who.map((x) => x.entity).filter((e, _, all) => e.kind !== 'country' || !all.some((o) => o !== e && o.country === e.country));
      // "The Kremlin confirmed the trip": the object names what is reported.
      const obj = triggers.find((o) => o.start > trig.end && o.start - trig.end < 20 && !o.reporting && /^\s+(?:the|a|an|his|her|its|their)\s+$/i.test(text.slice(trig.end, o.start)));
      if (obj) {
        ev.refersTo = obj.kind;
        ev.reportedObject = obj;
      }
      ev.titleText = `${subjectName(subject, who)} ${presentTense(trig.text)}${obj ? ` the ${obj.text.toLowerCase()}` : ''}`;
      ev.status = 'past';
      reports.push(ev);
    }

    // Content triggers, by clause.
    const content = triggers.filter((t) => t.start >= contentStart && t.end <= contentEnd && !reports.some((r) => r.trigger === t || r.reportedObject === t));
    const events: DraftEvent[] = [];
    const absorbed = new Set<Trigger>();
    for (const t of content) {
      if (absorbed.has(t)) continue;
      const before = text.slice(0, t.start);
      if (t.reporting && t.form === 'noun') continue;
      if (t.reporting) {
        // "The Kremlin confirmed the trip in a statement": a report by a named actor in this sentence.
        const subj = mentions.filter((m) => m.end <= t.start && clauseOf(text, t.start).start <= m.start);
        if (!subj.length) continue;
        const ev = make('statement', t);
        ev.actors = subj.map((m) => m.entity);
        const obj = content.find((o) => o.start > t.end && o.start - t.end < 20 && !o.reporting);
        if (obj) {
          absorbed.add(obj);
          ev.refersTo = obj.kind;
        }
        ev.titleText = `${subj.map((m) => m.entity.name).join(' and ')} ${presentTense(t.text)}${obj ? ` the ${obj.text.toLowerCase()}` : ''}`;
        reports.push(ev);
        continue;
      }
      const clause = clauseOf(text, t.start);
      const ev = make(t.kind, t);
      // A noun after "during his …" names the frame of another event in this clause, not a new one.
      if (t.form === 'noun' && DURING_BEFORE.test(before)) {
        const host = events.find((e) => clauseOf(text, e.trigger.start).start === clause.start);
        if (host) {
          host.during = t.kind;
          host.duringTrigger = t;
          continue;
        }
      }
      // "returned … from a five-day visit": the visit is part of the return.
      if (t.form === 'noun' && FROM_BEFORE.test(before)) {
        const host = events.find((e) => e.trigger.form === 'verb' && clauseOf(text, e.trigger.start).start === clause.start);
        if (host) {
          host.absorbed = [...(host.absorbed ?? []), t];
          continue;
        }
      }
      ev.mentions = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      events.push(ev);
    }

    for (const ev of events) {
      const clause = clauseOf(text, ev.trigger.start);
      const inClause = local.filter((x) => x.start >= clause.start && x.end <= clause.end);
      dateFromTimexes(ev, text, inClause, claimed, [...ev.absorbed ?? [], ...(ev.duringTrigger ? [ev.duringTrigger] : [])]);
      ev.status = statusOf(ev, text, article.published.date);
      assignParticipants(ev, text, mentions, tracker);
      ev.titleText = titleOf(ev, text, local, mentions, tracker);
      // "… first foreign trip since he was sworn in": the trip comes after the swearing-in.
      const since = /\bsince\s+(?:\w+\s+){0,3}$/i.exec(text.slice(0, ev.trigger.start));
      if (since) {
        const later = events.find((o) => o !== ev && o.trigger.start < ev.trigger.start);
        if (later) ev.relations.push({ type: 'before', event: later.key, cue: since[0].trim() });
      }
      const ahead = /\b(?:ahead of|before|days before|prior to)\s+(?:\w+['’]s\s+)?$/i.exec(text.slice(0, ev.trigger.start));
      if (ahead) {
        const earlier = events.find((o) => o !== ev && o.trigger.start < ev.trigger.start);
        if (earlier) earlier.relations.push({ type: 'before', event: ev.key, cue: ahead[0].trim() });
      }
    }
    for (const r of reports) {
      r.interval = { start: article.published.date, end: article.published.date, precision: 'day', approximate: false, certainty: 'implied' };
      r.dateBasis = 'publication';
      const about = events.find((e) => !e.reporting);
      if (about) r.contentKind = about.kind;
      else if (r.refersTo) r.contentKind = r.refersTo;
      // "Chinese Foreign Ministry says Vladimir Putin will make a two-day state visit to China".
      if (about && !r.reportedObject && r.trigger.start > about.trigger.start) r.titleText = `${r.titleText} ${about.titleText}`;
    }
    drafts.push(...events, ...reports);
  }

  const events = mergeArticleEvents(drafts, article);
  return { events, timexes, sentences, diagnostics };
}

function dateFromTimexes(ev: DraftEvent, text: string, inClause: Timex[], claimed: Set<Timex>, extra: Trigger[]): void {
  const t = ev.trigger;
  const spans = [t, ...extra];
  const near = (x: Timex) => Math.min(...spans.map((s) => (x.end <= s.start ? s.start - x.end : x.start >= s.end ? x.start - s.end : 0)));
  // A duration inside the noun phrase: "a two-day state visit", "a five-day visit", "now two-year-old campaign".
  for (const x of inClause) {
    if (x.type !== 'DURATION' || claimed.has(x)) continue;
    const phraseGap = spans.some((s) => x.end <= s.start && /^[\s\w-]{0,24}$/.test(text.slice(x.end, s.start)));
    if (!phraseGap) continue;
    claimed.add(x);
    if (x.intervalRole === 'start' && x.interval) {
      ev.interval = { ...x.interval };
      ev.ongoing = true;
      ev.dateBasis = 'stated';
    } else ev.duration = x.value;
  }
  // A possessive date right before a noun trigger: "Monday's inauguration".
  const possessive = inClause.find((x) => x.interval && x.type !== 'DURATION' && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(x.end, t.start)));
  const others = inClause.filter((x) => x.interval && x.type !== 'DURATION' && !claimed.has(x) && x !== possessive);
  // Dates that belong to another noun by possessive are not this event's.
  const free = others.filter((x) => !/^['’]s\b/.test(text.slice(x.end)) || x === possessive);
  const anchor = free.find((x) => x.start >= t.end && START_ANCHOR.test(text.slice(t.end, x.start).replace(/^[^,;]*?\b(?=starting|beginning|from|which|that|opening)/i, '')));
  const chosen = possessive ?? anchor ?? free.sort((a, b) => near(a) - near(b))[0];
  if (!chosen?.interval) return;
  claimed.add(chosen);
  if (anchor && chosen === anchor) ev.startAnchor = { ...chosen.interval };
  else ev.interval = { ...chosen.interval };
  ev.dateBasis = 'stated';
  if (chosen.interval.time) ev.time = chosen.interval.time;
}

function statusOf(ev: DraftEvent, text: string, published: string): EventStatus {
  if (ev.ongoing) return 'ongoing';
  const direction = detectTense(text, ev.trigger.start, ev.trigger.end);
  const iv = ev.startAnchor ?? ev.interval;
  if (iv) {
    if (iv.start > published) return 'scheduled';
    if (iv.end < published) return 'past';
  }
  if (direction === 'future') return 'scheduled';
  if (direction === 'past') return 'past';
  if (/\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b|\bcontinu/i.test(text.slice(0, ev.trigger.start))) return 'ongoing';
  return iv && iv.start <= published && iv.end >= published ? 'ongoing' : 'past';
}

/** The words an event's title and participants come from: its clause for a verb, its noun phrase for a noun. */
interface Span {
  from: number;
  to: number;
  /** The actor doing it: the clause subject, a possessor ("Mr Xi's first trip"), or a resolved pronoun. */
  agent?: Entity;
  /** Where the agent is named in the text, to replace it by the full name. */
  agentAt?: { start: number; end: number; pronoun: boolean };
}

const ACTOR_KINDS = new Set(['person', 'organisation', 'country']);

function spanOf(ev: DraftEvent, text: string, mentions: Mention[], tracker: EntityTracker): Span {
  const t = ev.trigger;
  const clause = clauseOf(text, t.start);
  let to = Math.min(clause.end, t.end + 90);
  const stop = /,|\s+(?:including|which|who|where|the self-governing|as part of|in a statement|in response to|and (?:has|have|had|is|was|began|begun)\b)/i.exec(text.slice(t.end, to));
  if (stop) to = t.end + stop.index;
  if (t.form === 'noun') {
    const verb = /\s+(?:comes|came|come|is|was|were|are|will|would|has|had|have|ahead of|after|before)\b/i.exec(text.slice(t.end, to));
    if (verb) to = t.end + verb.index;
  }
  const before = text.slice(clause.start, t.start);
  const inClauseBefore = mentions.filter((m) => m.start >= clause.start && m.end <= t.start && ACTOR_KINDS.has(m.entity.kind));
  // A possessor right before a noun: "Mr Xi's first trip", "Russia's war", "its … campaign".
  const possessive = /(?:^|\s)(?:([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*)['’]s|(his|her|its|their))\s+(?:[\w-]+\s+){0,4}$/u.exec(before);
  const possessor = possessive ? [possessive[0], possessive[1] ?? possessive[2]] as const : undefined;
  const pronoun = /\b(he|she|they|it)\s+(?:(?:was|were|has|had|is|will|would|have)\s+)*(?:\w+ly\s+)?$/i.exec(before);
  const resolve = (word: string, upTo: number): Entity | undefined => {
    const w = word.toLowerCase();
    const person = w === 'he' || w === 'she' || w === 'his' || w === 'her';
    const prior = mentions.filter((m) => m.end <= upTo && (person ? m.entity.kind === 'person' : m.entity.kind === 'country' || m.entity.kind === 'organisation'));
    return prior[prior.length - 1]?.entity ?? (person ? tracker.people[tracker.people.length - 1] : undefined);
  };
  if (t.form === 'noun') {
    let from = t.start;
    let agent: Entity | undefined;
    let agentAt: Span['agentAt'];
    if (possessor?.[1]) {
      const at = clause.start + (possessive?.index ?? 0) + possessor[0].indexOf(possessor[1]);
      const m = mentions.find((x) => x.start <= at && x.end > at);
      agent = m?.entity ?? (/^(?:his|her|its|their)$/i.test(possessor[1]) ? resolve(possessor[1], at) : undefined);
      if (agent) {
        agentAt = { start: at, end: m ? m.end : at + possessor[1].length, pronoun: !m };
      }
      // "Monday's inauguration": the date is not the owner.
      if (!m && !/^(?:his|her|its|their)$/i.test(possessor[1])) agent = undefined;
    }
    // "… will make a two-day state visit": the subject of a support verb is the visitor.
    const subject = subjectOf(inClauseBefore);
    if (!agent && subject && LIGHT_VERB_BEFORE.test(text.slice(subject.end, t.start))) {
      agent = subject.entity;
      agentAt = { start: subject.start, end: subject.end, pronoun: false };
      from = subject.start;
    }
    if (agentAt && agentAt.start < from && agentAt.start >= t.start - 40) from = agentAt.start;
    return { from, to, ...(agent ? { agent } : {}), ...(agentAt ? { agentAt } : {}) };
  }
  if (pronoun?.[1]) {
    const at = clause.start + pronoun.index;
    const agent = resolve(pronoun[1], at);
    if (agent) return { from: at, to, agent, agentAt: { start: at, end: at + pronoun[1].length, pronoun: true } };
  }
  const subject = subjectOf(inClauseBefore);
  if (subject) return { from: subject.start, to, agent: subject.entity, agentAt: { start: subject.start, end: subject.end, pronoun: false } };
  return { from: clause.start, to };
}

function subjectOf(before: Mention[]): Mention | undefined {
  return before.find((m) => m.entity.kind === 'person') ?? before.find((m) => m.entity.kind === 'organisation') ?? before[0];
}

function assignParticipants(ev: DraftEvent, text: string, mentions: Mention[], tracker: EntityTracker): void {
  const span = spanOf(ev, text, mentions, tracker);
  const clause = clauseOf(text, ev.trigger.start);
  const lo = ev.trigger.form === 'noun' ? span.from : clause.start;
  const hi = ev.trigger.form === 'noun' ? span.to : clause.end;
  const inSpan = mentions.filter((m) => m.start >= lo && m.end <= hi);
  const actors: Entity[] = [...(span.agent ? [span.agent] : []), ...ev.actors];
  const places: Entity[] = [];
  for (const m of inSpan) {
    const e = m.entity;
    if (e === span.agent) continue;
    if (e.kind === 'person' || e.kind === 'organisation') actors.push(e);
    else if (e.kind === 'country' && m.end <= ev.trigger.start && m.via !== 'name') actors.push(e);
    else places.push(e);
  }
  ev.agent = span.agent;
  ev.actors = unique(actors);
  ev.places = unique(places.filter((p) => !ev.actors.includes(p)));
}

function titleOf(ev: DraftEvent, text: string, local: Timex[], mentions: Mention[], tracker: EntityTracker): string {
  const span = spanOf(ev, text, mentions, tracker);
  const { from, to } = span;
  // Cut the dates out (the timeline shows them on their own) and name the agent in full.
  const cuts: { start: number; end: number; by: string }[] = [];
  for (const x of local) {
    if (x.start >= from && x.end <= to && x.type !== 'DURATION') {
      const lead = /\b(?:on|in|since|starting on|starting|from|last|this|next)\s+$/i.exec(text.slice(from, x.start));
      const tail = /^['’]s\b/.exec(text.slice(x.end));
      cuts.push({ start: lead ? x.start - lead[0].length : x.start, end: x.end + (tail ? tail[0].length : 0), by: '' });
    }
  }
  if (span.agent && span.agentAt) {
    const possessive = /^['’]s\b/.test(text.slice(span.agentAt.end));
    const name = span.agent.name + (span.agentAt.pronoun && /^(?:his|her|its|their)$/i.test(text.slice(span.agentAt.start, span.agentAt.end)) ? '’s' : '');
    cuts.push({ start: span.agentAt.start, end: span.agentAt.end, by: possessive ? span.agent.name : name });
    // "Russian President Vladimir Putin" → "Vladimir Putin": drop the role words before the name.
  }
  cuts.sort((a, b) => b.start - a.start);
  let words = text.slice(from, to);
  for (const c of cuts) {
    if (c.start < from || c.end > to) continue;
    words = `${words.slice(0, c.start - from)}${c.by}${words.slice(c.end - from)}`;
  }
  words = words
    .replace(/\s{2,}/g, ' ')
    .replace(/\b(?:was|were|has been|had been)\s+(?=sworn|elected|inaugurated|killed|arrested)/gi, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function presentTense(verb: string): string {
  const v = verb.toLowerCase();
  const map: Record<string, string> = { said: 'says', says: 'says', announced: 'announces', confirmed: 'confirms', told: 'tells', announces: 'announces', confirms: 'confirms' };
  return map[v] ?? v;
}

function subjectName(subject: string, who: Mention[]): string {
  const s = subject.replace(/^the\s+/i, '').trim();
  if (who.length && who.every((m) => m.entity.kind === 'person')) return who.map((m) => m.entity.name).join(' and ');
  return s;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}


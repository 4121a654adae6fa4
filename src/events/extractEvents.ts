import type { Article } from '../ingest/Article.js';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Entity, Mention } from '../parse/entities/Entity.js';
import { EntityTracker } from '../parse/entities/EntityTracker.js';
import { gazetteer } from '../parse/entities/gazetteer.js';
import { KNOWN_PLACES } from '../parse/entities/places.js';
import type { Sentence } from '../parse/Sentence.js';
import { datelineCity } from '../parse/datelineCity.js';
import { datelineLength } from '../parse/datelineLength.js';
import { splitSentences } from '../parse/splitSentences.js';
import { detectTense } from '../parse/temporal/detectTense.js';
import { resolveTimexes } from '../parse/temporal/resolveTimexes.js';
import type { Timex } from '../parse/temporal/Timex.js';
import { addIsoDays } from '../time/isoDate.js';
import { adjustTimexes } from './adjustTimexes.js';
import { clauseOf, type Clause } from './clauseOf.js';
import type { Event, EventKind, EventStatus } from './Event.js';
import { headline } from './headline.js';
import { findTriggers, type Trigger } from './triggers.js';
import { mergeArticleEvents, type DraftEvent } from './mergeArticleEvents.js';
import { positionOf } from './positionOf.js';
import { presentTense } from './presentTense.js';

/** Events of one article, the temporal expressions they were dated from, and what was dropped. */
export interface ExtractedEvents {
  events: Event[];
  timexes: Timex[];
  sentences: Sentence[];
  diagnostics: Diagnostic[];
}

const REPORT_VERBS = 'said|says|announced|announces|confirmed|confirms|told|tells|added|stated|declared|reported';
const LIGHT_VERB_BEFORE = /^(?:['’]s\s+(?:military|army|navy|air\s+force|forces|government|coast\s+guard)\s+)?(?:\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*(?:\w+ly\s+)?(?:(?:will|would|to|is to|are to|has|have|had|is|are|was|were)\s+)?(?:(?:expected|due|set|scheduled|going|about|planning|preparing)\s+to\s+)?(?:also\s+)?(?:make|makes|made|making|pay|pays|paid|hold|holds|held|holding|begin|begins|began|begun|launch|launches|launched|stage|staged|conduct|conducted|start|started|wage|waged|host|hosts|hosted|co-host|co-hosts|co-hosted|attend|attends|attended|go on|goes on|went on|end|ends|ended|wrap up|wraps up|wrapped up|conclude|concludes|concluded|open|opens|opened|lead|leads|led|chair|chairs|chaired|reach|reaches|reached|reaching|strike|strikes|struck|striking|seal|seals|sealed|clinch|clinches|clinched|broker|brokers|brokered|agree\s+on|agrees\s+on|agreed\s+on|agreeing\s+on|cast|casts|casting|call|calls|called|calling)\s+(?:an?|the|his|her|its|their|a series of)?\s*(?:[\w-]+\s+(?:hours?|days?|weeks?|months?)\s+of\s+)?(?:[\w-]+\s+){0,3}$/iu;
const END_VERB_BEFORE = /\b(?:ended|ends|will end|wrapped up|wraps up|concluded|concludes|wound up|winds up|finished|completed|cut short)\s+(?:an?|the|his|her|its|their|[\w-]+\s+(?:days?|weeks?)\s+of)\s+(?:[\w-]+\s+){0,3}$/i;
const DURING_BEFORE = /\b(?:during|on|throughout|at|in the course of)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}$/i;
const FROM_BEFORE = /\b(?:from\s+(?:an?|the|his|her|their|its)\s+|after\s+(?:(?:an?|the|his|her|their|its)\s+)?)(?:[\w-]+\s+){0,3}$/i;
/** Right after a happening, what it is about: " against the ", " on a ", " over the " (then the noun). */
const OBJECT_OF = /^\s+(?:against|over|on|about|into|concerning|regarding)\s+(?:(?:an?|the|his|her|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "for three days of talks", "for a two-day visit": the noun names the host verb's happening. */
const FOR_BEFORE = /\bfor\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$/i;
/** ", the Chinese Foreign Ministry has said." — a short attribution closing the sentence (a few words may follow: "on Tuesday", "in a statement"). */
const REPORTING_TAIL = new RegExp(`(?:[,”"]|'(?!\\w))\\s*((?:the\\s+)?[^,“”"]{1,80}?)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:${REPORT_VERBS})\\b(?:\\s+(?!that\\b)[\\w’'.-]+){0,5}(?:,\\s+(?:as|while|amid|after|when|before|because|since)\\b[^“”"]*)?\\s*[.!?"”']*\\s*$`, 'i');
const REPORTING_HEAD = new RegExp(`^(?:(?:Contrary to|According to|In|On|At|After|Before|Meanwhile|However|Separately|Earlier|Later|Last|Also|But)\\b[^,“”"]{0,60},\\s*)?((?:[\\p{Lu}][\\p{L}’'.-]*\\s*){1,6}|(?:The\\s+)?(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){0,3}(?:foreign |defen[cs]e )?(?:ministry|government|spokesman|spokeswoman|spokesperson|officials?)(?:\\s+(?:spokesman|spokeswoman|spokesperson)\\s+(?:[\\p{Lu}][\\p{L}-]*\\s*){1,3})?|It|He|She|They)\\s+(?:has\\s+|had\\s+|have\\s+)?(${REPORT_VERBS})\\b`, 'u');
/** What makes a noun name a happening that did not happen: "without agreement", "no deal", "failed to reach a ceasefire". */
const NEGATED_NOUN_BEFORE = /\b(?:without|no|lack\s+of|absence\s+of|fail(?:s|ed)?\s+to\s+(?:reach|agree\s+on|sign|secure|clinch|produce)|short\s+of)\s+(?:(?:an?|the|any)\s+)?(?:[\w-]+\s+)?$/i;
/** People named by their tie to someone ("the grandmother of", "Elian's lawyer"): the someone is not the speaker. */
const RELATIONS = '(?:grand)?(?:mother|father|parents?)|wife|husband|widow(?:er)?|sons?|daughters?|brothers?|sisters?|uncle|aunt|cousins?|nephew|niece|relatives?|family|friends?|neighbou?rs?|lawyers?|attorneys?|colleagues?|classmates?|girlfriend|boyfriend|fianc[ée]e?|biographer|doctor|aides?|assistant';
const RELATIVE_OF = new RegExp(`\\b(?:${RELATIONS})\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'i');
const RELATIVE_AFTER = new RegExp(`^['’]s?\\s+(?:\\w+\\s+)?(?:${RELATIONS})\\b`, 'i');
const START_ANCHOR = /^\s*(?:,\s*)?(?:starting|beginning|from|which starts|that starts|opening|kicking off)\s+(?:on\s+)?$/i;
/** A reporting verb right before a date: "said Thursday", "adding on Monday". */
const SAID_BEFORE = new RegExp(`\\b(?:${REPORT_VERBS}|saying|adding)\\s+(?:on\\s+)?$`, 'i');
/** A date right after a reporting verb is when it was said: "said on Tuesday", "told reporters on Monday". */
const SAID_WHEN = new RegExp(`\\b(?:${REPORT_VERBS})(?:\\s+(?:reporters|journalists|parliament|lawmakers|a news conference|state media|\\p{Lu}[\\p{L}-]+))?\\s+(?:on\\s+|late\\s+|early\\s+|in\\s+)?$`, 'iu');
/** Nouns that make the headline passive: "inauguration of X as Y" → "X inaugurated as Y". */
const NOMINAL: Readonly<Record<string, string>> = {
  inauguration: 'inaugurated', 'swearing-in': 'sworn in', election: 'elected', arrest: 'arrested', assassination: 'assassinated',
  killing: 'killed', release: 'released', execution: 'executed', impeachment: 'impeached', resignation: 'resigns',
};

/**
 * Turns one article into events: sentences with a trigger ("visit", "sworn in", "inauguration",
 * "said"…) become events with a headline built from the text's own words, the sentence quoted,
 * actors, places, a region, and a date from the temporal expression that governs them (or a
 * diary label for its line), else from another sentence about the same event, else a relation to
 * another event, else (for reports) the publication day. Status comes from the date, tense and
 * modality. Undated events with no relation are left out rather than given an invented date.
 *
 * @example
 * extractEvents(seed).events.find((e) => e.kind === 'visit')?.title //=> 'Putin to make two-day state visit to China'
 */
export function extractEvents(article: Article): ExtractedEvents {
  const { sentences, dropped } = splitSentences(article.text, article.bodyStart);
  const diagnostics: Diagnostic[] = [];
  if (dropped.length) {
    const first = dropped[0];
    const pos = positionOf(article, first?.start ?? 0);
    const lines = dropped.map((d) => positionOf(article, d.start).line);
    diagnostics.push({
      file: article.file, ...pos, severity: 'info', ruleId: 'page-debris',
      message: `dropped ${dropped.length} line(s) of page debris (line ${lines.join(', ')}): ${[...new Set(dropped.map((d) => `"${d.text.slice(0, 60)}"`))].join(', ')}; they are not article text`,
    });
  }
  const resolved = resolveTimexes({ text: article.text, published: article.published.instant, timeZone: article.timeZone }, sentences);
  const { timexes, labels } = adjustTimexes(article.text, sentences, resolved, article.published.date);
  let inside: Set<string> | undefined;
  const namesInside = () => (inside ??= capitalisedInside(article.text));
  const tracker = new EntityTracker();
  tracker.learn([article.title, ...sentences.map((s) => s.text)]);
  const drafts: DraftEvent[] = [];
  let serial = 0;
  const published = article.published.date;

  for (const sentence of sentences) {
    const text = sentence.text;
    const triggers = findTriggers(text);
    if (!triggers.length) continue;
    // Names in a wire dateline ("WASHINGTON, May 16 (Example Wire) -") say where and by whom the story was filed.
    const filed = datelineLength(text);
    const mentions = tracker.mentions(text).filter((m) => m.start >= filed);
    const local = timexes
      .filter((t) => t.start >= sentence.start && t.end <= sentence.end && !describesThing(t, article.text))
      .map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
    const label = labels.get(sentence.start);
    const labelLocal = label && label.start >= sentence.start && label.end <= sentence.end ? local.find((x) => x.start === label.start - sentence.start) : undefined;
    const claimed = new Set<Timex>(labelLocal ? [labelLocal] : []);
    const source = {
      article: article.id, quote: text, offset: sentence.start, title: article.title, published,
      ...(article.source ? { outlet: article.source } : {}),
      ...(article.url ? { url: article.url } : {}),
    };
    const make = (kind: EventKind, trigger: Trigger): DraftEvent => ({
      key: `${article.id}#${++serial}`, kind, trigger, sentence, mentions: [], source,
      actors: [], places: [], relations: [], status: 'past', title: () => '', reporting: trigger.reporting,
    });

    // Reporting clauses: ", the Chinese Foreign Ministry has said." and "China's Foreign Ministry said …".
    let contentStart = 0;
    let contentEnd = text.length;
    const tail = REPORTING_TAIL.exec(text);
    const head = REPORTING_HEAD.exec(text);
    const reports: DraftEvent[] = [];
    for (const [m, at, subject] of [
      [tail, tail ? tail.index : -1, tail?.[1]] as const,
      [head, head ? head[0].lastIndexOf(head[1] ?? '') : 0, head?.[1]] as const,
    ]) {
      if (!m || subject === undefined) continue;
      const trig = triggers.find((t) => t.reporting && t.form === 'verb' && t.start >= at && t.start <= (m === head ? m[0].length : at + m[0].length));
      if (!trig || reports.some((r) => r.trigger === trig)) continue;
      const subjectStart = m === head ? at : at + m[0].indexOf(subject);
      // "The grandmother of Elian Gonzalez said", "Elian's lawyer said": the speaker is someone of his, not him.
      const who = mentions.filter((x) => x.start >= subjectStart && x.end <= subjectStart + subject.length + 1
        && !RELATIVE_OF.test(text.slice(subjectStart, x.start)) && !RELATIVE_AFTER.test(text.slice(x.end, subjectStart + subject.length)));
      const institutional = /ministry|government|office|spokes|official|department|agency|commission|council|police|army|military|court|company|bank/i.test(subject) && !/^(?:and|but|after|when|while|as|because)\b/i.test(subject.trim());
      const pronoun = /^(?:It|He|She|They)$/.test(subject.trim());
      const agent = pronoun ? resolvePronoun(subject.trim(), subjectStart, mentions, tracker, drafts) : undefined;
      const named = who.filter((x) => x.entity.kind !== 'country' || institutional);
      if (/^(?:and|but|after|when|while|as|because|before|if)\b/i.test(subject.trim())) continue;
      if (!named.length && !institutional && !agent) continue;
      if (m === tail) contentEnd = m.index;
      else contentStart = m[0].length + (/^(?:\s+\w+){0,2}?\s+that\b/.exec(text.slice(m[0].length))?.[0].length ?? 0);
      const ev = make('statement', trig);
      ev.actors = agent ? [agent] : actorsOf(who.map((x) => x.entity));
      // "his office said": the office of the person "his" stands for.
      const owner = !ev.actors.length && institutional ? /^(his|her|its|their)\s+(.+)$/i.exec(subject.trim()) : null;
      const owned = owner ? resolvePronoun(owner[1]!, subjectStart, mentions, tracker, drafts) : undefined;
      if (!ev.actors.length && institutional) {
        const body: Entity = { name: owned && owner ? `${displayName(owned)}’s ${owner[2]!.trim()}` : subject.replace(/^the\s+/i, '').replace(/^\w/, (c) => c.toUpperCase()).trim(), kind: 'organisation' };
        if (owned?.country) body.country = owned.country;
        if (owned?.region) body.region = owned.region;
        ev.actors = [body];
      }
      ev.speaker = pronoun && agent ? agent.kind === 'person' ? agent.short ?? agent.name : agent.name : owned ? ev.actors[0]!.name : speakerOf(text, subjectStart, subject, who);
      const said = saidWhen(text, trig, local, claimed);
      if (said) {
        claimed.add(said);
        ev.interval = { ...said.interval! };
        ev.dateBasis = 'stated';
      }
      // "The Kremlin confirmed the trip": the object names what is reported.
      // Not the subject of what was said: "said the attack was politically motivated".
      const obj = triggers.find((o) => o.start > trig.end && o.start - trig.end < 20 && !o.reporting && /^\s+(?:the|a|an|his|her|its|their)\s+$/i.test(text.slice(trig.end, o.start)) && !FINITE_AFTER.test(text.slice(o.end)));
      if (obj) {
        ev.refersTo = obj.kind;
        ev.reportedObject = obj;
      }
      ev.verb = reportVerb(trig.text);
      ev.status = 'past';
      reports.push(ev);
    }

    // Content triggers, by clause.
    const content = triggers.filter((t) => t.start >= contentStart && t.end <= contentEnd && !reports.some((r) => r.trigger === t || r.reportedObject === t));
    const events: DraftEvent[] = [];
    for (const t of content) {
      const before = text.slice(0, t.start);
      if (t.reporting && t.form === 'noun') continue;
      // "of keeping … or returning him", "bombing victims": a gerund in a phrase or a noun used as a modifier names no happening.
      if (t.form === 'verb' && /ing$/i.test(t.text) && /\b(?:of|or|for|by|without|about|to|from|on|before|after|while|since|upon|in)\s+$/i.test(before)) continue;
      // "the bombed embassy": a participle used as an adjective.
      if (t.form === 'verb' && /ed$/i.test(t.text) && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(before)) continue;
      if (t.form === 'noun' && /^\s+(?:victims?|suspects?|site|survivors?|investigation|investigators|case|trial|probe|anniversary|plot|threat|charges?|materials?|experts?)\b/i.test(text.slice(t.end))) continue;
      // "the talks ended without agreement", "no deal": a happening said not to have happened.
      if (t.form === 'noun' && NEGATED_NOUN_BEFORE.test(before)) continue;
      // "A memorial service planned for Saturday was canceled": nor one called off.
      if (t.form === 'noun' && CALLED_OFF.test(text.slice(t.end, clauseOf(text, t.start).end))) continue;
      if (t.reporting) {
        // "The Kremlin confirmed the trip in a statement": a report by a named actor in this sentence.
        const clause = clauseOf(text, t.start);
        const subj = mentions.filter((m) => m.end <= t.start && clause.start <= m.start && m.entity.kind !== 'place' && m.entity.kind !== 'region');
        const near = subj.filter((m) => (/^\s*(?:(?:has|had|have|also|then|later)\s+)*$/.test(text.slice(m.end, t.start))
          // "Orban opposed the pact and said …": the subject of the verb before the "and".
          || (COORDINATED_REPORT.test(text.slice(m.end, t.start)) && CLAUSE_SUBJECT_BEFORE.test(text.slice(clause.start, m.titleStart ?? m.start))))
          && !RELATIVE_OF.test(text.slice(clause.start, m.start)));
        if (!near.length) continue;
        // "Spain, Ireland and Norway said": all three.
        if (near.length === 1) near.splice(0, 1, ...listOf(text, near[0]!, mentions));
        const ev = make('statement', t);
        ev.actors = actorsOf(near.map((m) => m.entity));
        ev.speaker = listed(near.map((m) => displayName(m.entity)));
        const said = saidWhen(text, t, local, claimed);
        if (said) {
          claimed.add(said);
          ev.interval = { ...said.interval! };
          ev.dateBasis = 'stated';
        }
        const obj = content.find((o) => o.start > t.end && o.start - t.end < 20 && !o.reporting && !FINITE_AFTER.test(text.slice(o.end)));
        if (obj) {
          ev.refersTo = obj.kind;
          ev.reportedObject = obj;
        }
        ev.verb = reportVerb(t.text);
        reports.push(ev);
        continue;
      }
      const clause = clauseOf(text, t.start);
      const sameClause = events.filter((e) => clauseOf(text, e.trigger.start).start === clause.start);
      // A noun after "during his …" names the frame of another event in this clause, not a new one.
      if (t.form === 'noun' && DURING_BEFORE.test(before)) {
        const host = sameClause[sameClause.length - 1];
        if (host) {
          host.during = t.kind;
          host.duringTrigger = t;
          continue;
        }
      }
      // "returned … from a five-day visit", "meet … for three days of talks": part of the host.
      if (t.form === 'noun' && (FROM_BEFORE.test(before) || FOR_BEFORE.test(before))) {
        // Not across a comma: ", who takes office on June 15, urged … campaigning for the elections" are two clauses.
        const host = sameClause.findLast((e) => (e.trigger.form === 'verb' || LIGHT_VERB_BEFORE.test(text.slice(0, e.trigger.start).slice(-60))) && !text.slice(e.trigger.end, t.start).includes(','));
        if (host && (FROM_BEFORE.test(before) || host.kind === t.kind || familyOf(host.kind) === familyOf(t.kind) || host.trigger.form === 'verb')) {
          host.absorbed = [...(host.absorbed ?? []), t];
          continue;
        }
      }
      // "protests against the pact", "talks on a ceasefire", "sanctions over the war": the noun is what the happening before is about.
      // "convicted of the assassination of …", "sentenced for the bombing": the crime a ruling is about.
      const about = t.form === 'noun' ? sameClause.findLast((e) => OBJECT_OF.test(text.slice(e.trigger.end, t.start)) || (e.kind === 'ruling' && RULING_OF.test(text.slice(e.trigger.end, t.start)))) : undefined;
      if (about) {
        about.absorbed = [...(about.absorbed ?? []), t];
        continue;
      }
      // "vote in a presidential runoff": the noun repeats the verb's happening; "meet … to discuss": its purpose.
      // But a noun that another verb takes as its object ("meet … to prepare the alliance's summit in July") is a happening of its own.
      const sameKindHost = sameClause.findLast((e) => e.trigger.form === 'verb' && familyOf(e.kind) === familyOf(t.kind));
      const objectOfAnother = sameKindHost !== undefined && t.form === 'noun' && PURPOSE_OBJECT.test(text.slice(sameKindHost.trigger.end, t.start));
      if (sameKindHost && !objectOfAnother && (t.form === 'noun' || /\bto\s+$/.test(before))) {
        sameKindHost.absorbed = [...(sameKindHost.absorbed ?? []), t];
        continue;
      }
      const ev = make(t.kind, t);
      ev.mentions = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      ev.siblings = events;
      events.push(ev);
    }

    assignDates(events, text, local, claimed, published);
    for (const ev of events) {
      if (!ev.interval && !ev.startAnchor && !ev.endAnchor && label?.interval && (ev === events[0] || ev.trigger.form === 'verb')) {
        ev.interval = { ...label.interval };
        ev.dateBasis = 'stated';
      }
      // "Israel immediately recalled its ambassadors": a reaction told in the past, with no date of
      // its own, came the day of the last happening told before it that is over.
      if (!ev.interval && !ev.startAnchor && !ev.endAnchor && ev.trigger.form === 'verb' && toldInPast(ev.trigger) && REACTION.test(text.slice(clauseOf(text, ev.trigger.start).start, ev.trigger.start))) {
        const before = drafts.findLast((d) => d.interval && d.dateBasis === 'stated' && d.interval.precision === 'day' && d.interval.end <= published);
        if (before?.interval) {
          ev.interval = { ...before.interval };
          ev.dateBasis = 'stated';
        }
      }
      ev.status = statusOf(ev, text, published);
      assignParticipants(ev, text, mentions.filter((m) => m.start >= contentStart && m.end <= contentEnd), tracker, drafts);
      // "… met Hamas officials in Cairo on Monday, but the talks ended without agreement": a bare
      // "the talks" with nobody of its own is about the people and place of the happening its sentence told.
      if (ev.trigger.form === 'noun' && !ev.actors.length && !ev.places.length && /\bthe\s+$/i.test(text.slice(Math.max(0, ev.trigger.start - 4), ev.trigger.start))) {
        const told = events.slice(0, events.indexOf(ev)).findLast((o) => familyOf(o.kind) === familyOf(ev.kind) && o.actors.length > 0);
        if (told) {
          ev.actors = [...told.actors];
          ev.places = [...told.places];
        }
      }
      ev.title = titleOf(ev, text, local, mentions.filter((m) => m.start >= contentStart && m.end <= contentEnd), tracker, drafts);
      relate(ev, events, text);
    }
    for (const r of reports) {
      if (!r.interval) {
        r.interval = { start: published, end: published, precision: 'day', approximate: false, certainty: 'implied' };
        r.dateBasis = 'publication';
      }
      const about = events.find((e) => !e.reporting && e.trigger.start >= contentStart && e.trigger.end <= contentEnd);
      if (about) {
        r.contentKind = about.kind;
        r.about = about.key;
      } else if (r.refersTo) r.contentKind = r.refersTo;
      r.title = reportTitle(r, text, contentStart, contentEnd, about, local, mentions, tracker, drafts, namesInside);
    }
    drafts.push(...events, ...reports);
  }

  // "TBILISI, May 16 (Reuters) -": where the story was filed, the region of what names no place.
  const filed = sentences[0] ? datelineCity(sentences[0].text) : undefined;
  const events = mergeArticleEvents(drafts, article, filed?.region);
  return { events, timexes, sentences, diagnostics };
}

/** The family of kinds that can be one happening: a visit, the talks and meetings during it. */
export function familyOf(kind: EventKind): string {
  if (kind === 'visit' || kind === 'meeting' || kind === 'talks' || kind === 'summit' || kind === 'return') return 'visit';
  if (kind === 'inauguration' || kind === 'swearing-in') return 'office';
  return kind;
}

/** "said on Tuesday", "said yesterday": the date of a report, when it follows the verb. */
function saidWhen(text: string, trig: Trigger, local: Timex[], claimed: Set<Timex>): Timex | undefined {
  return local.find((x) => x.interval && x.type !== 'DURATION' && !claimed.has(x) && x.start >= trig.end && x.start - trig.end < 40
    && SAID_WHEN.test(text.slice(trig.start, x.start)) && /^(?:on\s+|late\s+|early\s+)?[\p{L}\s,]*$/u.test(text.slice(trig.end, x.start)));
}

/**
 * Gives each temporal expression of a sentence to the event it governs: a possessive date to the
 * noun after it ("Monday's inauguration"), "starting on Thursday" to the event before it as its
 * start, "ended his visit on Friday" as its end, a duration inside the noun phrase ("a two-day
 * visit", "three days of talks") as the event's length, and otherwise each date to the nearest
 * event trigger of its clause.
 */
function assignDates(events: DraftEvent[], text: string, local: Timex[], claimed: Set<Timex>, published: string): void {
  const spansOf = (ev: DraftEvent) => [ev.trigger, ...(ev.absorbed ?? []), ...(ev.duringTrigger ? [ev.duringTrigger] : [])];
  const distance = (x: Timex, ev: DraftEvent) => Math.min(...spansOf(ev).map((s) => (x.end <= s.start ? s.start - x.end : x.start >= s.end ? x.start - s.end : 0)));
  const clauseStart = (at: number) => clauseOf(text, at).start;
  // Durations in the noun phrase, and ages ("now two-year-old campaign").
  for (const ev of events) {
    const clause = clauseOf(text, ev.trigger.start);
    for (const x of local) {
      if (x.type !== 'DURATION' || claimed.has(x) || x.start < clause.start || x.end > clause.end) continue;
      const attached = spansOf(ev).some((s) => (x.end <= s.start && /^[\s\w-]{0,24}$/.test(text.slice(x.end, s.start)) && !/\b(?:ago|after|before|later)\b/.test(text.slice(x.end, s.start))) || (x.start >= s.end && /^\s+(?:for|lasting)\s+(?:an?\s+|the\s+)?$/i.test(text.slice(s.end, x.start))));
      if (!attached) continue;
      claimed.add(x);
      if (x.intervalRole === 'start' && x.interval) {
        ev.interval = { ...x.interval };
        ev.ongoing = true;
        ev.dateBasis = 'stated';
      } else if (x.intervalRole === 'span' && x.interval) {
        ev.interval = { ...x.interval };
        ev.dateBasis = 'stated';
      } else ev.duration = x.value;
    }
  }
  // "… on Friday, two days after he was shot": what follows "after" is that many days before the
  // day told before it (after "before", that many days after it).
  for (const d of local) {
    const days = d.type === 'DURATION' && !claimed.has(d) ? wholeDays(d.value) : undefined;
    const rel = days === undefined ? null : /^\s+(after|before)\s+/i.exec(text.slice(d.end));
    if (!rel || days === undefined) continue;
    const at = d.end + rel[0].length;
    const ev = events.find((e) => e.trigger.start >= at && e.trigger.start - at <= 40 && !e.interval && !e.reporting && !/[,;:]/.test(text.slice(at, e.trigger.start)));
    const anchor = local.filter((x) => x.end <= d.start && x.type !== 'DURATION' && x.interval?.precision === 'day' && !/[;:]/.test(text.slice(x.end, d.start))).pop();
    if (!ev || !anchor?.interval) continue;
    const day = addIsoDays(anchor.interval.start, rel[1]!.toLowerCase() === 'after' ? -days : days);
    ev.interval = { start: day, end: day, precision: 'day', approximate: false, certainty: anchor.interval.certainty };
    ev.dateBasis = 'stated';
    ev.counted = true;
    claimed.add(d);
  }
  // "13 days after the bombings" counts from another happening, not from publication: no date for anyone.
  // "said Thursday": when it was said, even when the speaker is no named actor.
  const dates = local.filter((x) => x.interval && x.type !== 'DURATION' && !claimed.has(x)
    && !/\b(?:after|before|later|earlier)$/i.test(x.text.trim())
    && !SAID_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start))
    // "the first since January": the time of an earlier happening, not of this one.
    && !FIRST_SINCE.test(text.slice(Math.max(0, x.start - 60), x.start)));
  // "lifted the advisory early on Wednesday after an earthquake struck … late on Tuesday": a
  // happening after "after", "before", "when", "until" or "since" with a date of its own there is
  // not dated by the date told before that word.
  const ownTimeAfter = (e: DraftEvent, x: Timex) => {
    if (x.end > e.trigger.start) return false;
    const mark = /\b(?:after|before|when|until|since)\s/i.exec(text.slice(x.end, e.trigger.start));
    const from = mark ? x.end + mark.index : -1;
    // The other date must be in that clause itself: before the happening, or after it with no break between.
    return mark !== null && dates.some((y) => y !== x && y.start > from && (y.end <= e.trigger.start || !/[,;:_—–(]/.test(text.slice(e.trigger.end, y.start))));
  };
  // A dash aside (" _ made last week, before Slepian died _ ") is dated by its own words only.
  const asides = [...text.matchAll(DASH_ASIDE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const asideOf = (at: number) => asides.findIndex((a) => a.start <= at && at < a.end);
  for (const x of dates) {
    let candidates = events.filter((e) => (clauseStart(e.trigger.start) === clauseStart(x.start) || spansOf(e).some((s) => clauseStart(s.start) === clauseStart(x.start))) && asideOf(e.trigger.start) === asideOf(x.start)
      && !ownTimeAfter(e, x)
      // "returned to Jabalia, an area the army had said it cleared in January": the date is the appositive's own.
      && !(e.trigger.end <= x.start && APPOSITIVE_CLAUSE.test(text.slice(e.trigger.end, x.start))));
    // "… the European Parliament elections, which will be held on June 8": a relative clause with
    // no happening of its own dates the noun it hangs on.
    if (!candidates.length) {
      const relative = RELATIVE_TO_DATE.exec(text.slice(0, x.start));
      const head = relative ? events.find((e) => e.trigger.form === 'noun' && e.trigger.end === relative.index) : undefined;
      if (head) candidates = [head];
    }
    if (!candidates.length) continue;
    // "Monday's inauguration": the noun after the possessive.
    const possessor = candidates.find((e) => e.trigger.form === 'noun' && e.trigger.start > x.end && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(x.end, e.trigger.start)));
    if (/^['’]s\b/.test(text.slice(x.end)) && !possessor) continue;
    const starting = candidates.filter((e) => e.trigger.end <= x.start && START_ANCHOR.test(text.slice(e.trigger.end, x.start).replace(/^[^,;]*?\b(?=starting|beginning|from|which|that|opening|kicking)/i, ''))).pop();
    // An event with another date closer to it in its clause takes that one ("wounded earlier this year in the bombing", not "On Tuesday, …").
    const nearer = (e: DraftEvent) => dates.some((y) => y !== x && !claimed.has(y) && !ownTimeAfter(e, y) && asideOf(y.start) === asideOf(e.trigger.start) && clauseStart(y.start) === clauseStart(e.trigger.start) && distance(y, e) < distance(x, e));
    const free = candidates.filter((e) => !nearer(e));
    const owner = possessor ?? starting ?? [...free].sort((a, b) => distance(x, a) - distance(x, b) || (a.trigger.form === 'verb' ? -1 : 1))[0];
    if (!owner || owner.interval || owner.startAnchor || owner.endAnchor) continue;
    claimed.add(x);
    const iv = { ...x.interval! };
    // "have been fighting in Vovchansk since Friday": going on from that day to publication.
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, x.start - 8), x.start)) && iv.precision === 'day' && iv.end < published
      && GOING_ON.test(text.slice(clauseStart(owner.trigger.start), owner.trigger.end));
    if (since) {
      owner.interval = { ...iv, end: published };
      delete owner.interval.time;
      owner.ongoing = true;
    }
    else if (owner === starting && owner !== possessor) owner.startAnchor = iv;
    else if (END_VERB_BEFORE.test(text.slice(0, owner.trigger.start)) && iv.precision === 'day') owner.endAnchor = iv;
    else owner.interval = iv;
    owner.dateBasis = 'stated';
    if (iv.time) owner.time = iv.time;
  }
  // "The summit, which opened on Monday, ends on Friday": a day told after an end verb, later in the
  // sentence with no other happening between, closes the span its start opened.
  for (const ev of events) {
    const iv = ev.interval;
    if (!iv || iv.precision !== 'day' || ev.startAnchor || ev.endAnchor) continue;
    const from = local.find((x) => !x.intervalRole && x.interval?.start === iv.start && claimed.has(x));
    if (!from) continue;
    const to = local.find((y) => y.start > from.end && y.type !== 'DURATION' && !claimed.has(y) && y.interval?.precision === 'day' && y.interval.start > iv.end
      && END_BEFORE.test(text.slice(from.end, y.start)) && !events.some((e) => e !== ev && e.trigger.start > from.end && e.trigger.start < y.start));
    if (!to?.interval) continue;
    claimed.add(to);
    ev.interval = { ...iv, end: to.interval.end };
    delete ev.interval.time;
  }
  // "held talks … on Tuesday, and the two leaders signed an agreement": a clause joined by "and" to
  // the one before, with no time of its own, shares that clause's time.
  for (const ev of events) {
    if (ev.interval || ev.startAnchor || ev.endAnchor) continue;
    const start = clauseStart(ev.trigger.start);
    const joint = /,\s+(and|as|while)\s*$/i.exec(text.slice(Math.max(0, start - 10), start));
    if (start === 0 || !joint) continue;
    // Only a happening told in the past itself ("and he insisted his son wants to return" is not that day's).
    if (!toldInPast(ev.trigger)) continue;
    const previousStart = clauseStart(start - joint[0].length);
    const before = events.filter((e) => e !== ev && e.interval && e.dateBasis === 'stated' && e.trigger.start < start && asideOf(e.trigger.start) === asideOf(ev.trigger.start));
    const previous = before[before.length - 1];
    // ", as troops returned to Jabalia": the time of the clause before, told by its event or, with none, by its own date.
    const told = previous && clauseStart(previous.trigger.start) === previousStart ? previous.interval
      : joint[1]!.toLowerCase() !== 'and' ? local.find((x) => x.interval && x.type !== 'DURATION' && x.start >= previousStart && x.end <= start && !events.some((e) => e.trigger.start >= previousStart && e.trigger.start < start))?.interval : undefined;
    if (!told) continue;
    ev.interval = { ...told };
    ev.dateBasis = 'stated';
  }
}

/** Before/after relations from cue words: "since he was sworn in", "days ahead of Monday's inauguration", "after the talks". */
function relate(ev: DraftEvent, events: DraftEvent[], text: string): void {
  const before = text.slice(0, ev.trigger.start);
  const earlier = events.find((o) => o !== ev && o.trigger.start < ev.trigger.start);
  if (!earlier) return;
  const since = /\bsince\s+(?:[\w’'-]+\s+){0,3}$/i.exec(before);
  if (since) ev.relations.push({ type: 'before', event: earlier.key, cue: since[0].trim() });
  const ahead = /\b(?:ahead of|before|days before|prior to|in the run-up to)\s+(?:[\w’'-]+\s+){0,2}$/i.exec(before);
  if (ahead) earlier.relations.push({ type: 'before', event: ev.key, cue: ahead[0].trim() });
  const after = /\b(?:after|following|in the wake of)\s+(?:[\w’'-]+\s+){0,2}$/i.exec(before);
  if (after && !FROM_BEFORE.test(before)) earlier.relations.push({ type: 'after', event: ev.key, cue: after[0].trim() });
}

function statusOf(ev: DraftEvent, text: string, published: string): EventStatus {
  if (ev.ongoing) return 'ongoing';
  const direction = detectTense(text, ev.trigger.start, ev.trigger.end);
  const iv = ev.startAnchor ?? ev.interval ?? ev.endAnchor;
  if (iv) {
    if (iv.start > published) return 'scheduled';
    if (iv.end < published) return 'past';
  }
  if (direction === 'future') return 'scheduled';
  if (direction === 'past') return 'past';
  if (/\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b|\bcontinu|\b(?:is|are)\s+\w+ing\b/i.test(text.slice(0, ev.trigger.start))) return 'ongoing';
  // The trigger itself in the past tense ("missiles struck … overnight"): over, even on the publication day.
  if (toldInPast(ev.trigger)) return 'past';
  return iv && iv.start <= published && iv.end >= published ? 'ongoing' : 'past';
}

/** The words an event's title and participants come from: its clause for a verb, its noun phrase for a noun. */
interface Span {
  from: number;
  to: number;
  /** The actor doing it: the clause subject, a possessor ("Mr Xi's first trip"), or a resolved pronoun. */
  agent?: Entity;
  /** Where the agent is named in the text, to replace it by its display name. */
  agentAt?: { start: number; end: number; pronoun: boolean };
  /** What a "they" stands for when it is a list: "Spain, Ireland and Norway". */
  agentLabel?: string;
  /** For a relative clause's verb whose subject is the noun it hangs on ("a tremor … that killed"): its "that", to cut. */
  relativeThat?: { start: number; end: number };
}

const ACTOR_KINDS = new Set(['person', 'organisation', 'country']);
const SPAN_STOP = /,|;|\s+(?:including|which|who|whom|where|while|whereas|but\b|because|although|though|after (?:he|she|they|it)|before (?:he|she|they|it)|the self-governing|as part of|in a statement|in response to|and (?:has|have|had|is|was|were|are|began|begun|said|will)\b|that (?:would|will|could)\b)/gi;

/** Participles that open an aside between commas: ", led by X,", ", backed by Y,", ", accompanied by …,". */
const ASIDE_PARTICIPLES = 'led|backed|accompanied|joined|flanked|supported|followed';
/** A participle's aside starting at a comma and closed by the next. */
const PARTICIPLE_ASIDE = new RegExp(`^,\\s+(?:${ASIDE_PARTICIPLES})\\s+by\\b[^,;]*,`);
/** The same aside still open where a comma closes it. */
const ASIDE_OPEN = new RegExp(`,\\s+(?:${ASIDE_PARTICIPLES})\\s+by\\b[^,;]*$`);
/**
 * Asides a title leaves out: ", accompanied by one of the family's lawyers,", ", which provided the
 * space,", an age (", 61,") and what someone is (", a former Mexico City mayor,").
 */
const ONE_ASIDE = `(?:(?:which|who|whose|${ASIDE_PARTICIPLES}|according|a\\s+\\w+\\s+(?:who|which))\\b[^,]*|\\d{1,3}|(?:a|an)\\s+(?:former|longtime|veteran|senior|retired|close|key|top|prominent|leading)\\b[^,]*)`;
/** The mentions between two offsets that are not inside an aside a title leaves out (", a protegee of President Lopez Obrador,"). */
function outsideAsides(text: string, from: number, to: number, mentions: readonly Mention[]): Mention[] {
  const asides = asidesIn(text, from, to);
  return mentions.filter((m) => m.start >= from && m.end <= to && !asides.some((a) => a.start <= m.start && m.end <= a.end));
}

/** Where the asides a title leaves out are, between two offsets of a text (none without two commas). */
function asidesIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const s = text.slice(from, to);
  const comma = s.indexOf(',');
  if (comma < 0 || s.indexOf(',', comma + 1) < 0) return [];
  return [...s.matchAll(TITLE_ASIDE)].map((m) => ({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length }));
}

/** A run of such asides is cut whole, unless another aside it cannot read follows (", 52, obstetrician and gynecologist,"). */
const TITLE_ASIDE = new RegExp(`,\\s+${ONE_ASIDE}(?:,\\s+${ONE_ASIDE})*,(?!\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}\\p{Ll}[\\p{L}-]*,)`, 'gu');

/** Where an event's words end: a comma, "but" or a subordinate clause, but not the commas of a list ("France, Serbia and Hungary"). */
function spanStop(s: string, options: { but?: boolean; from?: number } = {}): number {
  const re = SPAN_STOP;
  re.lastIndex = options.from ?? 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // What was said keeps its "but" ("we were pushed out of talks but we are back").
    if (options.but === false && /^\s+but$/i.test(m[0])) continue;
    if (m[0] === ',' && /\d$/.test(s.slice(0, m.index)) && /^,\d/.test(s.slice(m.index))) continue;
    // "not just on Iraq but also on …", "but not in Cuba": the "but" finishes the thought.
    if (/^\s+but$/i.test(m[0]) && (/\bnot\b/i.test(s.slice(0, m.index)) || /^\s+but\s+(?:not|also|only|just|rather|still)\b/i.test(s.slice(m.index)))) continue;
    if (m[0] === ',' && /^,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*,?\s+and\s+\p{Lu}/u.test(s.slice(m.index))) continue;
    // A participle aside closed by its comma (", led by Christian Malanga,") is read past; its words are cut later.
    const aside = m[0] === ',' ? PARTICIPLE_ASIDE.exec(s.slice(m.index)) : null;
    if (aside) {
      re.lastIndex = m.index + aside[0].length;
      continue;
    }
    if (m[0] === ',' && ASIDE_OPEN.test(s.slice(0, m.index))) continue;
    return m.index;
  }
  return -1;
}

function spanOf(ev: DraftEvent, text: string, mentions: Mention[], tracker: EntityTracker, drafts: DraftEvent[]): Span {
  const t = ev.trigger;
  const clause = clauseOf(text, t.start);
  let to = Math.min(clause.end, t.end + 100);
  // A cap in mid-word ("embassy co|mpound") ends at the word before instead.
  if (to < clause.end && /\p{L}/u.test(text.charAt(to)) && /\p{L}/u.test(text.charAt(to - 1))) to = Math.max(t.end, text.lastIndexOf(' ', to));
  const stop = spanStop(text.slice(t.end, to));
  if (stop >= 0) to = t.end + stop;
  if (t.form === 'noun') {
    const verb = /\s+(?:comes|came|come|is|was|were|are|will|would|has|had|have|ahead of|after|before|follows|followed|began|begins|ended|ends)\b/i.exec(text.slice(t.end, to));
    if (verb) to = t.end + verb.index;
  }
  const before = text.slice(clause.start, t.start);
  // Not a name inside an aside the title leaves out.
  const inClauseBefore = outsideAsides(text, clause.start, t.start, mentions).filter((m) => ACTOR_KINDS.has(m.entity.kind) && !isLocative(text, m));
  // A possessor right before a noun: "Mr Xi's first trip", "Russia's war", "its … campaign".
  // Words between may not be a preposition of time: "Blinken's sixth trip since the war" does not make the war Blinken's.
  const possessive = /(?:^|\s)(?:([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*)['’]s|([Hh]is|[Hh]er|[Ii]ts|[Tt]heir))\s+(?:(?!(?:since|after|before|during|until|amid|despite)\s)[\w-]+\s+){0,4}$/u.exec(before);
  const pronoun = /(?:^|[\s“"])(he|she|they|it)\s+(?:(?:was|were|has|had|is|are|will|would|have|also|then|later|to)\s+)*(?:\w+ly\s+)?$/i.exec(before);
  if (t.form === 'noun') {
    let from = t.start;
    let agent: Entity | undefined;
    let agentAt: Span['agentAt'];
    // "… will make a two-day state visit", "Putin ended his visit": the subject of a support verb is the agent.
    const subject = subjectOf(inClauseBefore);
    if (subject && LIGHT_VERB_BEFORE.test(text.slice(subject.end, t.start))) {
      agent = subject.entity;
      agentAt = { start: subject.titleStart ?? subject.start, end: subject.end, pronoun: false };
      const first = listAround(text, subject, inClauseBefore)[0] ?? subject;
      from = first.titleStart ?? first.start;
    } else if (pronoun?.[1] && LIGHT_VERB_BEFORE.test(text.slice(clause.start + pronoun.index + pronoun[0].indexOf(pronoun[1]) + pronoun[1].length, t.start))) {
      const at = clause.start + pronoun.index + pronoun[0].indexOf(pronoun[1]);
      agent = resolvePronoun(pronoun[1], at, mentions, tracker, drafts);
      if (agent) {
        agentAt = { start: at, end: at + pronoun[1].length, pronoun: true };
        from = at;
      }
    }
    if (!agent && possessive) {
      const word = possessive[1] ?? possessive[2] ?? '';
      const at = clause.start + possessive.index + possessive[0].indexOf(word);
      const m = mentions.find((x) => x.start <= at && x.end > at);
      if (m) {
        agent = m.entity;
        agentAt = { start: m.titleStart ?? m.start, end: m.end, pronoun: false };
      } else if (/^(?:his|her|its|their)$/i.test(word)) {
        agent = resolvePronoun(word, at, mentions, tracker, drafts);
        if (agent) agentAt = { start: at, end: at + word.length, pronoun: true };
      }
      // "Monday's inauguration": a date is not the owner.
    }
    if (agentAt && agentAt.start < from && agentAt.start >= t.start - 60) from = agentAt.start;
    return { from, to, ...(agent ? { agent } : {}), ...(agentAt ? { agentAt } : {}) };
  }
  // "Kobakhidze, the prime minister, said parliament would vote …": what was said, not who said it
  // (but "said it will not lift sanctions" keeps who "it" is).
  const reported = [...text.slice(clause.start, t.start).matchAll(REPORTED_FROM)].pop();
  const afterSaid = reported ? clause.start + (reported.index ?? 0) + reported[0].length : -1;
  const saidFrom = reported && REPORTED_SUBJECT.test(text.slice(afterSaid, t.start)) ? afterSaid : undefined;
  const subject = subjectOf(saidFrom === undefined ? inClauseBefore : inClauseBefore.filter((m) => m.start >= saidFrom));
  if (pronoun?.[1] && (!subject || subject.start < clause.start + pronoun.index)) {
    const at = clause.start + pronoun.index + pronoun[0].indexOf(pronoun[1]);
    const agent = resolvePronoun(pronoun[1], at, mentions, tracker, drafts);
    const list = agent && /^they$/i.test(pronoun[1]) ? listEnding(text, agent, at, mentions) : undefined;
    if (agent) return { from: at, to, agent, agentAt: { start: at, end: at + pronoun[1].length, pronoun: true }, ...(list ? { agentLabel: list } : {}) };
  }
  if (subject) {
    // "Israel and Hamas held talks": the whole list is the subject, from its first name.
    const first = listAround(text, subject, inClauseBefore)[0] ?? subject;
    return { from: first.titleStart ?? first.start, to, agent: subject.entity, agentAt: { start: subject.titleStart ?? subject.start, end: subject.end, pronoun: false } };
  }
  // "Simonyte, who lost to Nauseda": the name the relative clause hangs on.
  const who = relativeSubject(text, clause, t.start, mentions);
  // After a relative clause the main clause's own words count from its start ("…, was indicted").
  if (who) return { from: clause.afterRelative !== undefined ? clause.start : t.start, to, agent: who };
  // "Sarris travelled to Moscow …, but returned empty-handed": a verb joined to the one before shares its subject.
  if (COORDINATED_VERB.test(text.slice(Math.max(0, clause.start - 12), t.start))) {
    const shared = (ev.siblings ?? []).findLast((d) => d !== ev && d.agent && d.trigger.form === 'verb' && d.trigger.end <= clause.start);
    if (shared?.agent) return { from: t.start, to, agent: shared.agent };
  }
  // "… since a magnitude 6.7 tremor in September 2018 that killed 43 people": the noun the relative
  // clause hangs on is the subject.
  const relative = saidFrom === undefined ? RELATIVE_HEAD.exec(text.slice(Math.max(clause.start, t.start - 80), t.start)) : null;
  if (relative) return { from: t.start - relative[0].length, to, relativeThat: { start: t.start - relative[0].length + relative[1]!.length, end: t.start } };
  return { from: saidFrom ?? clause.start, to };
}
/** A noun phrase and the "that"/"which" of a relative clause right before its verb: "a magnitude 6.7 tremor in September 2018 that ". */
const RELATIVE_HEAD = /(?<=^|[\s,(])((?:an?|the)\s+(?:[^\s,;]+\s+){0,6}?)(?:that|which)\s+(?:\p{Ll}+ly\s+)?$/u;
/** The subject and auxiliary of a reported clause up to its verb: "parliament would", "the lawmakers will" (not a pronoun: "it will" keeps who "it" is). */
const REPORTED_SUBJECT = /^(?!(?:it|he|she|they|we|i|you)\s)(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+(?:would|will|could|should|might|may|must|is|are|was|were|had|has|have)\s+(?:\p{Ll}+ly\s+)?(?:be\s+)?$/u;
/** A reporting verb whose object is the clause after it ("said", "told reporters that"). */
const REPORTED_FROM = /\b(?:said|says|announced|announces|added|warned|insisted|claimed|told\s+(?:reporters|journalists|parliament|lawmakers|the\s+\w+))(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+)?\s+(?:that\s+)?(?=\S)/gu;
/** A verb phrase and "and" between a subject and its reporting verb: " opposed the pact and " (said). */
const COORDINATED_REPORT = /^\s+(?:[\w’'-]+\s+){1,6}and\s+(?:also\s+|then\s+|later\s+)?$/;
/** What may stand before the subject of a clause: nothing, "The", or an owner ("Hungary's Prime Minister Viktor Orban"). */
const CLAUSE_SUBJECT_BEFORE = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/iu;
/** The name a relative clause hangs on ("Simonyte, who lost to Nauseda"), when the clause opens with "who". */
function relativeSubject(text: string, clause: Clause, at: number, mentions: readonly Mention[]): Entity | undefined {
  // The main clause going on after a "who" clause: "Milei, who took office in December, has visited …".
  const opened = clause.afterRelative;
  if (opened !== undefined) return /^,\s+who\b/.test(text.slice(opened)) ? mentions.filter((m) => m.end === opened && ACTOR_KINDS.has(m.entity.kind)).pop()?.entity : undefined;
  const clauseStart = clause.start;
  if (!/(?:^|\s)who(?:\s+(?:had|has|have|was|were|also|then|later))*\s*$/i.test(text.slice(Math.max(0, clauseStart - 6), at))) return undefined;
  return mentions.filter((m) => m.end <= clauseStart && /^,?\s*(?:who\s*)?$/i.test(text.slice(m.end, clauseStart)) && ACTOR_KINDS.has(m.entity.kind)).pop()?.entity;
}

/**
 * The names listed with an entity as the last of a list before `upTo` ("Spain, Ireland and
 * Norway said … they would"), as one label; undefined when it ends no list.
 */
function listEnding(text: string, entity: Entity, upTo: number, mentions: readonly Mention[]): string | undefined {
  const last = mentions.filter((m) => m.end <= upTo && m.entity === entity).pop();
  const members = last ? listOf(text, last, mentions) : [];
  return members.length < 2 ? undefined : listed(members.map((m) => displayName(m.entity)));
}

/** Names as a list is written: "Spain and Norway", "Spain, Ireland and Norway". */
function listed(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** What joins two names of a list: ", ", ", and ", " and ". */
const LIST_JOINT = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** The list of actors a mention belongs to ("Israel and Hamas"), from its first name, or the mention alone. */
function listAround(text: string, m: Mention, mentions: readonly Mention[]): Mention[] {
  let last = m;
  for (const next of mentions.filter((x) => x.start >= m.end)) {
    if (!LIST_JOINT.test(text.slice(last.end, next.start)) || !ACTOR_KINDS.has(next.entity.kind)) break;
    last = next;
  }
  const members = listOf(text, last, mentions);
  return members.includes(m) ? members : [m];
}

/** The mentions of a list of actors that `last` ends ("Spain, Ireland and Norway"), or `last` alone. */
function listOf(text: string, last: Mention, mentions: readonly Mention[]): Mention[] {
  const before = mentions.filter((m) => m.end <= last.start);
  const members = [last];
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!;
    const between = text.slice(p.end, members[0]!.start);
    if (!LIST_JOINT.test(between) || !ACTOR_KINDS.has(p.entity.kind)) break;
    // Only the last joint is "and": "Spain, Ireland and Norway".
    if (members.length > 1 && /and/.test(between)) break;
    members.unshift(p);
  }
  return members.length > 1 && /and/.test(text.slice(members.at(-2)!.end, last.start)) ? members : [last];
}

/** What stands between a clause's start and a verb that shares the subject of the clause before ("…, but returned"). */
const COORDINATED_VERB = /(?:,\s*|\s)(?:but|and|then|yet)\s+(?:(?:also|later|then|eventually|finally|quickly|soon)\s+)?$/i;

/**
 * What a pronoun stands for, where that is safe: "he/she/his/her" → the last person named in this
 * sentence, else the agent of the previous event, else the last person met; "it/its/they/their" →
 * the last country or organisation named before it in this sentence.
 */
function resolvePronoun(word: string, upTo: number, mentions: Mention[], tracker: EntityTracker, drafts: DraftEvent[]): Entity | undefined {
  const w = word.toLowerCase();
  const person = w === 'he' || w === 'she' || w === 'his' || w === 'her';
  const prior = mentions.filter((m) => m.end <= upTo && (person ? m.entity.kind === 'person' : m.entity.kind === 'country' || m.entity.kind === 'organisation'));
  const here = prior[prior.length - 1]?.entity;
  if (here || !person) return here;
  const lastAgent = [...drafts].reverse().find((d) => d.agent?.kind === 'person')?.agent;
  return lastAgent ?? (tracker.people.length === 1 ? tracker.people[0] : undefined);
}

function subjectOf(before: Mention[]): Mention | undefined {
  return before.find((m) => m.entity.kind === 'person') ?? before.find((m) => m.entity.kind === 'organisation') ?? before[0];
}

/** "… to prepare the alliance's", "… to plan a": an infinitive whose object is the noun after it. */
const PURPOSE_OBJECT = /\bto\s+(?!be\b|have\b)\p{Ll}+\s+(?:the|a|an|its|their|his|her|this|next|[\p{L}-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/** After a verdict, the crime it is about: " of the ", " for a ", " in the ". */
const RULING_OF = /^\s+(?:of|for|in)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** An appositive with a clause of its own: ", an area the army had said", ", a town that", ", the city where". */
const APPOSITIVE_CLAUSE = /,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){1,2}(?:that|which|where|when|the|it|he|she|they)\s/u;

/** A relative clause from a noun up to a date in it: ", which will be held on ", ", which opens in ". */
const RELATIVE_TO_DATE = /,\s*(?:which|that)\s+(?:[\w’'-]+\s+){0,6}$/i;

/** A verb right after a noun makes the noun a subject: "the attack was …", "the talks will …". */
const FINITE_AFTER = /^\s+(?:was|were|is|are|had|has|have|will|would|could|should|might|may|must|can|did|does)\b/i;

/** A noun named only as the time of another clause's happening: "five months before the Nov. 5 ", "ahead of the ". */
const ANCHORED_NOUN = /\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to)\s+(?:the|an?|his|her|its|their)\s+((?:[\w.-]+\s+){0,3})$/i;
/** Words of a date inside a name ("the Nov. 5 election"). */
const DATE_WORD = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|September|October|November|December|\d{1,4}(?:st|nd|rd|th)?,?)$/;
/** "the first since", "the biggest since", "the strongest earthquake to hit Turkey since": a date that dates an earlier happening. */
const FIRST_SINCE = /\b(?:first|last|biggest|largest|highest|lowest|worst|deadliest|most|least|strongest|weakest|only)\b[^,;.]{0,30}\bsince\s+(?:the\s+)?$/i;

/** "the two leaders", "both presidents": two people the text has just named. */
const THE_TWO = /\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|foreign\s+ministers|ministers|heads\s+of\s+state|men|women)\b/gi;

/**
 * The two people "the two leaders" at `at` stands for: the last two named before it in its
 * sentence, else the two people of the event read last. `undefined` unless exactly two are found.
 */
function theTwo(at: number, mentions: Mention[], drafts: DraftEvent[]): [Entity, Entity] | undefined {
  const named: Entity[] = [];
  for (const m of mentions) if (m.end <= at && m.entity.kind === 'person' && !named.includes(m.entity)) named.push(m.entity);
  if (named.length >= 2) return [named[named.length - 2]!, named[named.length - 1]!];
  const last = drafts.findLast((d) => d.actors.some((a) => a.kind === 'person'));
  const people = last ? unique(last.actors.filter((a) => a.kind === 'person')) : [];
  return people.length === 2 ? [people[0]!, people[1]!] : undefined;
}

/** "in Beijing", "to China", "at the Kremlin": a place, not the one acting. */
function isLocative(text: string, m: Mention): boolean {
  return /\b(?:in|to|at|from|into|near|across|outside|inside|around|towards?|via|of|against|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:city of\s+)?$/u.test(text.slice(Math.max(0, m.start - 40), m.titleStart ?? m.start));
}

/** "countries viewed as close to Russia", "allied with China": a relation the text describes, not a place or party of the event. */
function isRelational(text: string, m: Mention): boolean {
  return /\b(?:close|closer|allied|aligned|friendly|hostile|loyal|sympathetic|tied)\s+(?:to|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 30), m.titleStart ?? m.start));
}

function assignParticipants(ev: DraftEvent, text: string, mentions: Mention[], tracker: EntityTracker, drafts: DraftEvent[]): void {
  const span = spanOf(ev, text, mentions, tracker, drafts);
  const clause = clauseOf(text, ev.trigger.start);
  const lo = ev.trigger.form === 'noun' ? span.from : clause.start;
  const hi = ev.trigger.form === 'noun' ? span.to : clause.end;
  // Not who is named in an aside about someone.
  const inSpan = outsideAsides(text, lo, hi, mentions);
  const actors: Entity[] = [...(span.agent ? [span.agent] : []), ...ev.actors];
  const places: Entity[] = [];
  for (const m of inSpan) {
    const e = m.entity;
    if (isRelational(text, m)) continue;
    const locative = isLocative(text, m);
    // "Egyptian … mediators met … in Cairo": the city is where, even when its country is the one acting.
    if (m.city && locative) {
      places.push(m.city);
      if (e.kind === 'country') places.push(e);
      continue;
    }
    if (e === span.agent) continue;
    // "frozen Russian assets", "the Russian war effort": an adjective, not a place.
    if (m.via === 'demonym' && /^\s+\p{Ll}/u.test(text.slice(m.end)) && m.start > ev.trigger.start) continue;
    if (e.kind === 'person') actors.push(e);
    else if (e.kind === 'organisation' && !locative) actors.push(e);
    else if (e.kind === 'country' && !locative && m.end <= ev.trigger.start && !(m.via === 'demonym' && /^\s+\p{Ll}/u.test(text.slice(m.end)) && ev.trigger.form === 'verb')) actors.push(e);
    else if (e.kind === 'organisation') places.push(m.city ?? e);
    else places.push(e);
  }
  // "the two leaders signed": the two people just named.
  for (const m of text.slice(lo, hi).matchAll(THE_TWO)) actors.push(...(theTwo(lo + (m.index ?? 0), mentions, drafts) ?? []));
  ev.agent = span.agent;
  ev.actors = unique(actors);
  ev.places = unique(places.filter((p) => !ev.actors.includes(p)));
}

/** How a person or body is named in a headline: the text's own short name for people ("Putin"). */
function displayName(e: Entity): string {
  return e.kind === 'person' ? e.short ?? e.name : e.name;
}

/**
 * An event's headline, to be made when asked for: the words are picked now (from the entities as
 * they stand at this sentence), the headline (the conjugator's slow part) only for the drafts that
 * end up as an event's title.
 */
function titleOf(ev: DraftEvent, text: string, local: Timex[], mentions: Mention[], tracker: EntityTracker, drafts: DraftEvent[]): () => string {
  const span = spanOf(ev, text, mentions, tracker, drafts);
  const nominal = NOMINAL[ev.trigger.text.toLowerCase()];
  if (ev.trigger.form === 'noun' && nominal && !span.agent) {
    // "Monday's inauguration of William Lai Ching-te as the next president of Taiwan" → "… to be inaugurated as …".
    const of = /^\s+of\s+/.exec(text.slice(ev.trigger.end));
    const who = of ? mentions.find((m) => m.start === ev.trigger.end + of[0].length && m.entity.kind === 'person') : undefined;
    if (who) {
      const rest = words(text, who.end, span.to, local, mentions, tracker, drafts, undefined);
      // A participle is passive: "Rabin was assassinated" reads "Rabin assassinated", not "Rabin assassinates".
      const participle = /(?:ed|sworn in)$/.test(nominal);
      const verb = ev.status === 'scheduled' ? (participle ? `to be ${nominal}` : `to ${nominal.replace(/s$/, '')}`) : participle ? `was ${nominal}` : nominal;
      const phrase = `${displayName(who.entity)} ${verb}${rest ? ` ${rest}` : ''}`;
      const status = ev.status === 'scheduled' ? 'scheduled' : 'past';
      return once(() => headline(phrase, status));
    }
  }
  // An election named by the body it fills is titled by that name: "European Parliament elections".
  if (ev.kind === 'election' && ev.trigger.form === 'noun' && !span.agent) {
    const body = /(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u.exec(text.slice(Math.max(0, ev.trigger.start - 60), ev.trigger.start));
    const name = body ? body[0].replace(/^(?:The|A|An|In|On|At|For|After|Before|Since)\s+/, '') : '';
    // "Wednesday's election": a day is no body; the country the sentence names says which election.
    const country = DAY_POSSESSIVE.test(name) ? mentions.find((m) => m.entity.kind === 'country')?.entity : undefined;
    if (country) {
      const noun = ev.trigger.text.toLowerCase();
      return () => `${noun.charAt(0).toUpperCase()}${noun.slice(1)} in ${displayName(country)}`;
    }
    if (name && !/^(?:The|A|An)\s*$/.test(name)) return () => `${name}${ev.trigger.text}`;
  }
  // A disaster named by a noun is titled by its name: "Hurricane Hugo", "the Northern California earthquake".
  if (ev.kind === 'disaster' && ev.trigger.form === 'noun' && !span.agent) {
    const before = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u.exec(text.slice(Math.max(0, ev.trigger.start - 60), ev.trigger.start));
    const after = /^\s+\p{Lu}[\p{L}-]+/u.exec(text.slice(ev.trigger.end));
    const lead = before && !/^(?:The|A|An|In|On|At|After|Before|Since)\s/.test(before[0]) ? before[0] : '';
    const name = `${lead}${ev.trigger.text}${after && /^\s+\p{Lu}\p{Ll}/u.test(after[0]) && /hurricane|typhoon|cyclone/i.test(ev.trigger.text) ? after[0] : ''}`;
    if (name.split(/\s+/).length > 1) return () => name.charAt(0).toUpperCase() + name.slice(1);
  }
  // "two days before the election": a happening named only as the anchor of another is titled by its
  // noun phrase (the word may also be a verb's form: "the first arrest").
  // So is a noun after "before the", "ahead of the" ("The verdict came five months before the Nov. 5
  // election"): the clause is about something else. The date words of its name are left out.
  const lead = text.slice(Math.max(0, ev.trigger.start - 40), ev.trigger.start);
  const anchorName = ev.counted
    ? /\b(?:the|an?|his|her|its|their)\s+((?:[\w-]+\s+){0,2})$/i.exec(lead)
    : ev.trigger.form === 'noun' && !ev.reporting ? ANCHORED_NOUN.exec(lead) : null;
  if (anchorName) {
    const words = (anchorName[1] ?? '').split(/\s+/).filter((w) => w && !DATE_WORD.test(w));
    const name = [...words, ev.trigger.text].join(' ');
    return () => name.charAt(0).toUpperCase() + name.slice(1);
  }
  // A noun is said like a verb when its own past verb follows: "an earthquake struck off Hokkaido" → "Earthquake strikes off Hokkaido".
  const verbal = ev.trigger.form === 'verb' || (span.agentAt !== undefined && span.agentAt.start < ev.trigger.start && LIGHT_VERB_BEFORE.test(text.slice(span.agentAt.end, ev.trigger.start)))
    || (ev.trigger.form === 'noun' && !span.agent && OWN_PAST_VERB.test(text.slice(ev.trigger.end))
      // Not a participle with the clause's verb after it: "a memorial service planned at … was canceled".
      && !/\b(?:was|were|is|are)\b/i.test(text.slice(ev.trigger.end, clauseOf(text, ev.trigger.start).end)));
  // "a magnitude 6.4 earthquake": the strength is part of its name.
  const magnitude = ev.kind === 'disaster' && ev.trigger.form === 'noun' && span.from === ev.trigger.start ? MAGNITUDE.exec(text.slice(Math.max(0, ev.trigger.start - 30), ev.trigger.start))?.[1] : undefined;
  const status = ev.status;
  // A subject shared with the verb before is not in the span: name it first.
  const phrase = `${magnitude ? `${magnitude} ` : ''}${span.agent && !span.agentAt ? `${displayName(span.agent)} ` : ''}${words(text, span.from, span.to, local, mentions, tracker, drafts, span)}`;
  // A bare "Ruling" says nothing: the clause around it does ("Cuban exiles in Miami to … delay ruling"),
  // or, for a noun that is the subject of its own verb, that verb ("the talks ended without agreement").
  const clause = clauseOf(text, ev.trigger.start);
  const own = ev.trigger.form === 'noun' ? NOUN_PREDICATE.exec(text.slice(ev.trigger.end, clause.end)) : null;
  const ownEnd = own ? ev.trigger.end + own[0].length + Math.max(0, spanStop(text.slice(ev.trigger.end + own[0].length, clause.end))) : 0;
  const relative = own ? undefined : relativeSubject(text, clause, clause.start, mentions);
  // The clause a subordinate one opens nearer the noun: "… after his Conservative Party lost nearly 500 seats in local elections".
  const sub = own ? undefined : [...text.slice(clause.start, ev.trigger.start).matchAll(SUBORDINATE)].pop();
  const from = sub ? clause.start + (sub.index ?? 0) + sub[0].length : clause.start;
  const wider = own
    ? words(text, ev.trigger.start, ownEnd > ev.trigger.end + own[0].length ? ownEnd : clause.end, local, mentions, tracker, drafts, undefined)
    : `${relative && !sub ? `${displayName(relative)} ` : ''}${words(text, from, Math.max(span.to, ev.trigger.end), local, mentions, tracker, drafts, undefined)}`;
  return once(() => {
    const title = headline(phrase, status, { verbal });
    // A bare noun phrase ("Second round") says little more than a bare noun: the clause does.
    const enough = ev.trigger.form === 'noun' && !span.agent && !own && wider.split(/\s+/).length > 3 ? 2 : 1;
    return title.split(/\s+/).length > enough ? title : headline(wider, status);
  });
}

/** An end verb right before a day, after the start's day: ", ends on Friday", "and closed on Wednesday", "until Friday". */
const END_BEFORE = /(?:^|[\s,])(?:and\s+)?(?:(?:is\s+)?(?:due|set|scheduled|expected)\s+to\s+(?:end|close|conclude)|ends?|ended|will\s+end|closes?|closed|will\s+close|concludes?|concluded|will\s+conclude|wraps?\s+up|wrapped\s+up|(?:runs?|ran|lasts?|lasted|continues?|continued)\s+(?:until|till|through)|until|till)\s+(?:on\s+)?$/i;

/** A day named as the owner of a happening: "Wednesday's", "Sunday's". */
const DAY_POSSESSIVE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s*$/;

/** A happening's own verb saying it will not take place. */
const CALLED_OFF = /^(?:,[^,;]*,)?[^,;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+(?:\w+ly\s+)?(?:canceled|cancelled|called\s+off|scrapped|postponed|abandoned)\b/i;

/** Words that make a happening a prompt answer to the one before: "immediately recalled", "in response". */
const REACTION = /\b(?:immediately|promptly|swiftly|in\s+response|in\s+retaliation)\b/i;

/** A clause told as going on up to now: "have been fighting", "has been held", "have rallied", "is holding", "remain". */
const GOING_ON = /\b(?:(?:has|have)\s+(?:\w+ly\s+)?(?:been|\p{Ll}+ed|\p{Ll}+en)\b|(?:is|are)\s+(?:\w+ly\s+)?\w+ing\b|(?:remains?|continues?)\b)/iu;

/** A past verb right after a noun trigger, its own predicate ("struck", "killed", "hit"). */
const OWN_PAST_VERB = /^\s+(?:\p{Ll}{2,}ed|struck|hit|shook|swept|tore)\b(?!\s+(?:by|as|in\s+by)\b)/u;
/** The strength before a quake's noun: "a magnitude 6.4 earthquake", "a 7.1-magnitude quake". */
const MAGNITUDE = /\b((?:magnitude[-\s]+\d(?:\.\d)?|\d(?:\.\d)?[-\s]+magnitude))\s+$/i;

/** An aside between two dashes or underscores set off by spaces, or one running to the end of the sentence. */
const DASH_ASIDE = /\s(?:_|--|—|–)\s[^_—–]*?(?:\s(?:_|--|—|–)(?=\s)|$)/g;

/** Whether a verb trigger is in the past tense ("signed", "struck", "held talks"): the headlines' conjugator would change it. */
function toldInPast(trigger: Trigger): boolean {
  return trigger.form === 'verb' && presentTense(trigger.text) !== trigger.text;
}

/** What joins the two ends of a range of dates. */
const RANGE_JOIN = /^\s*(?:[-–—]|to|through|until|till|and)\s*$/i;

/** A subordinate clause with its own subject: "after his party", "as troops", "because the". */
const SUBORDINATE = /\b(?:after|before|as|because|while|when|since|although|though)\s+(?=(?:his|her|its|their|the|a|an|\p{Lu}[\p{L}-]*)\s+(?:[\p{L}'’-]+\s+){0,3}(?:\p{Ll}+ed|lost|won|took|made|held|met|left|came|went|began|fell|rose|gave|saw|struck|fought|ran|led|sent|kept|brought|became)\b)/gu;

/** A happening's own verb right after it: "the war began", "talks ended", "the fighting has continued". */
const NOUN_PREDICATE = /^\s+(?:has\s+|had\s+|have\s+)?(?:began|begun|begins|started|starts|ended|ends|erupted|erupts|broke\s+out|breaks\s+out|resumed|resumes|continued|continues|stalled|stalls|collapsed|collapses|failed|fails|opened|opens|closed|closes|concluded|concludes|escalated|escalates|intensified|intensifies|took\s+place|takes\s+place)\b/i;

/** `make` called at most once, its result kept. */
function once(make: () => string): () => string {
  let made: string | undefined;
  return () => (made ??= make());
}

/** The text between two offsets with dates cut out and names in their display form. */
function words(text: string, from: number, to: number, local: Timex[], mentions: Mention[], tracker: EntityTracker, drafts: DraftEvent[], span: Span | undefined, skip?: { start: number; end: number }): string {
  const cuts: { start: number; end: number; by: string }[] = skip ? [{ ...skip, by: ' ' }] : [];
  if (span?.relativeThat && span.relativeThat.start >= from) cuts.push({ ...span.relativeThat, by: ' ' });
  // Asides between commas: ", accompanied by one of the family's lawyers,", ", which provided the space,".
  const asides = asidesIn(text, from, to).filter((a) => !skip || a.start !== skip.start);
  for (const a of asides) cuts.push({ ...a, by: ' ' });
  for (const x of local) {
    if (x.start < from || x.end > to) continue;
    if (x.type === 'DURATION' && x.intervalRole !== 'start' && !/^\s*(?:ago|later|earlier)\b/.test(text.slice(x.end))) continue;
    // The second end of a range goes with what joins it to the first: "June 13-14", "Monday to Wednesday".
    const first = local.find((y) => y !== x && y.end <= x.start && y.start >= from && RANGE_JOIN.test(text.slice(y.end, x.start)));
    if (first) {
      cuts.push({ start: first.end, end: x.end, by: ' ' });
      continue;
    }
    // ("on the last day of 1999": the part of the time goes with it.)
    const lead = /(?:\b(?:(?:on|in|at|during)\s+)?the\s+(?:first|last|final|closing|opening|early)\s+(?:days?|weeks?|months?|hours|nights?|mornings?)\s+of\s+|\b(?:(?:now|just|only|earlier|later|late|early)\s+)?(?:on|in|since|starting on|starting|from|last|this|next|earlier|later|by|until|as of|for|over|during|throughout)?\s*|\b(?:the\s+)?(?:late|early|mid)[-\s])$/i.exec(text.slice(from, x.start));
    const tail = /^(?:['’]s\b|\s+(?:ago|later|earlier)\b)?/.exec(text.slice(x.end));
    cuts.push({ start: lead ? x.start - lead[0].length : x.start, end: x.end + (tail ? tail[0].length : 0), by: ' ' });
  }
  for (const m of mentions) {
    const start = m.titleStart ?? m.start;
    if (start < from || m.end > to || m.entity.kind !== 'person') continue;
    if (span?.agentAt && start === span.agentAt.start) continue;
    const leader = /^(?:President|Prime Minister|Premier|Chancellor|leader|Supreme Leader|King|Queen|Pope|Crown Prince|Emir)$/i.test(m.entity.role ?? '');
    if (m.titleStart !== undefined && !leader) continue;
    cuts.push({ start, end: m.end, by: displayName(m.entity) });
  }
  for (const m of text.slice(from, to).matchAll(THE_TWO)) {
    const start = from + (m.index ?? 0);
    const two = theTwo(start, mentions, drafts);
    if (two) cuts.push({ start, end: start + m[0].length, by: `${displayName(two[0])} and ${displayName(two[1])}` });
  }
  if (span?.agent && span.agentAt) {
    const possessive = /^['’]s\b/.test(text.slice(span.agentAt.end));
    const pronounPossessive = span.agentAt.pronoun && /^(?:his|her|its|their)$/i.test(text.slice(span.agentAt.start, span.agentAt.end));
    if (span.agent.kind === 'person' || span.agentAt.pronoun) cuts.push({ start: span.agentAt.start, end: span.agentAt.end, by: (span.agentLabel ?? displayName(span.agent)) + (pronounPossessive && !possessive ? '’s' : '') });
  }
  cuts.sort((a, b) => b.start - a.start);
  // What lies inside an aside that is cut goes with it ("…, protegee of President Andres Manuel Lopez Obrador,").
  const inAside = (c: (typeof cuts)[number]) => asides.some((a) => (a.start !== c.start || a.end !== c.end) && a.start <= c.start && c.end <= a.end);
  let s = text.slice(from, to);
  let floor = to;
  for (const c of cuts.filter((x) => !inAside(x))) {
    if (c.start < from || c.end > to || c.end > floor) continue;
    s = `${s.slice(0, c.start - from)}${c.by}${s.slice(c.end - from)}`;
    floor = c.start;
  }
  void tracker;
  void drafts;
  return s.replace(/\s{2,}/g, ' ').replace(/\s+([,;:.])/g, '$1').trim();
}

/**
 * A report's headline: the speaker, the reporting verb in the present, and what was said, as a
 * headline of its own ("Chinese Foreign Ministry says Putin to make two-day state visit to
 * China"), or of the object ("Kremlin confirms trip").
 */
function reportTitle(r: DraftEvent, text: string, contentStart: number, contentEnd: number, about: DraftEvent | undefined, local: Timex[], mentions: Mention[], tracker: EntityTracker, drafts: DraftEvent[], namesInside: () => ReadonlySet<string>): () => string {
  const speaker = r.speaker ?? r.actors.map(displayName).join(' and ');
  const verb = r.verb ?? 'says';
  if (r.reportedObject) {
    const phrase = `${speaker} ${verb} ${text.slice(r.reportedObject.start, r.reportedObject.end).toLowerCase()}`;
    return once(() => headline(phrase, 'past'));
  }
  void about;
  // What was said: the reported clause, before a trailing "…, it said" or after a leading "X said".
  let from: number;
  let to: number;
  const quoted = /^(.{12,}?)[,]?\s*(?:''|"|”)\s*,?\s+[^,“”"]{1,60}$/.exec(text.slice(0, r.trigger.start));
  if (r.trigger.start >= contentEnd) {
    from = contentStart;
    to = contentEnd;
  } else if (quoted?.[1]) {
    // ``We … innocent,'' Spitz said in a statement, ``the same way …'': what was said is the quote before.
    from = 0;
    to = quoted[1].length;
  } else {
    from = r.trigger.end;
    to = text.length;
  }
  const said = text.slice(from, to).replace(/^\s*(?:(?:reporters|journalists|state media|parliament)\s+)?(?:(?:(?:late|early)\s+)?on\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:yesterday|today)(?:\s+(?:morning|afternoon|evening))?\s+)?(?:that\s+|,\s*)?/iu, '');
  const offset = from + (text.slice(from, to).length - said.length);
  let offset2 = offset;
  const subordinate = /^(?:even if|if|when|while|although|though|as|because|since|after|before|unless|in|for|with|despite)\b[^,]{0,120},\s*/i.exec(said);
  if (subordinate) offset2 = offset + subordinate[0].length;
  // "MindSpring, which provided the space, closed it": leave the relative clause out.
  const relative = /^[^,]{1,60}(,\s+(?:which|who|whose|where)\b[^,]*,)\s*/.exec(text.slice(offset2, to));
  const skip = relative ? { start: offset2 + relative[0].indexOf(relative[1]!), end: offset2 + relative[0].indexOf(relative[1]!) + relative[1]!.length } : undefined;
  const after = skip ? skip.end : offset2;
  const stop = spanStop(text.slice(after, to), { but: false, from: skip ? 0 : 20 });
  const end = stop >= 0 ? after + stop : to;
  const content = words(text, offset2, end, local, mentions, tracker, drafts, undefined, skip).replace(/^[“"‘'`]+|[”"’'`]+$/g, '').replace(/^that\s+/i, '');
  const who = speaker.charAt(0).toUpperCase() + speaker.slice(1);
  // "Officials say", "Putin and Xi say": the verb agrees with a plural speaker.
  const plural = /\band\b|(?:officials|police|sources|diplomats|reports|ministers|authorities|leaders|analysts|people)$/i.test(speaker);
  const singular = verb === 'tells' ? 'says' : verb;
  const says = plural ? ({ says: 'say', confirms: 'confirm', announces: 'announce', declares: 'declare', reports: 'report' } as Record<string, string>)[singular] ?? singular : singular;
  if (!content || content.split(/\s+/).length < 3) {
    const title = `${who} ${/^says?$/.test(says) ? (plural ? 'make statement' : 'makes statement') : says}`;
    return () => title;
  }
  // What was said opens the sentence with a capital that only the sentence gives it ("Turnout was 59
  // percent, the commission said"): not a name, since no one is named there and the article never
  // writes the word with a capital inside a sentence.
  const firstAt = offset2 + (/^[\s“"‘'`]*/.exec(text.slice(offset2))?.[0].length ?? 0);
  const firstWord = /^\p{Lu}\p{Ll}+/u.exec(text.slice(firstAt))?.[0];
  const opens = /^[\s“"‘'`]*$/.test(text.slice(datelineLength(text), offset2));
  const named = mentions.some((m) => (m.titleStart ?? m.start) <= firstAt && m.end > firstAt);
  const nextCapital = firstWord !== undefined && /^\s+\p{Lu}/u.test(text.slice(firstAt + firstWord.length));
  const known = firstWord !== undefined && (gazetteer().lookup.has(firstWord) || gazetteer().lookup.has(firstWord.replace(/s$/, '')) || KNOWN_PLACES.has(firstWord));
  const lowerFirst = firstWord !== undefined && opens && !named && !nextCapital && !known && !namesInside().has(firstWord) && firstWord !== 'I';
  return once(() => reportHeadline(who, says, content, lowerFirst));
}

/** Capitalised words an article writes inside a sentence (after a lower-case word or a comma): names, not sentence openers. */
function capitalisedInside(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{Ll},;][ \t\u00a0]+(\p{Lu}[\p{Ll}'’-]+)/gu)) out.add(m[1]!);
  return out;
}

/** "Chinese Foreign Ministry says" + the headline of what was said. */
function reportHeadline(who: string, says: string, content: string, lowerFirst = false): string {
  const said2 = headline(content, 'past');
  // Keep the text's own case for the first word of what was said: "it is", "economy", but "Iraqi", "Putin".
  const first = said2.split(' ')[0] ?? '';
  const lowered = first.charAt(0).toLowerCase() + first.slice(1);
  const lower = lowered !== first && ((hasWord(content, lowered, 0) && !hasWord(content, first, 1)) || (lowerFirst && /^\p{Lu}\p{Ll}+$/u.test(first)));
  return `${who} ${says} ${lower ? said2.charAt(0).toLowerCase() + said2.slice(1) : said2}`;
}

const LETTER = /\p{L}/u;

/**
 * Whether `word` stands in `text` from `from` on with no letter touching it: what
 * `new RegExp(\`(?<![\\p{L}])${word}(?![\\p{L}])\`, 'u').test(text.slice(from))` says, without compiling a pattern per call.
 */
function hasWord(text: string, word: string, from: number): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > from && LETTER.test(codePointBefore(text, at, from))) continue;
    const next = text.codePointAt(at + word.length);
    if (next !== undefined && LETTER.test(String.fromCodePoint(next))) continue;
    return true;
  }
  return false;
}

/** The code point ending at `at`, not reaching before `from`. */
function codePointBefore(text: string, at: number, from: number): string {
  const low = text.charCodeAt(at - 1);
  return at - 2 >= from && low >= 0xdc00 && low <= 0xdfff ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/** A reporting verb as a headline says it: "said" → "says", "added" → "says". */
function reportVerb(verb: string): string {
  const v = verb.toLowerCase();
  const map: Record<string, string> = {
    said: 'says', says: 'says', announced: 'announces', confirmed: 'confirms', told: 'tells', announces: 'announces', confirms: 'confirms',
    tells: 'tells', added: 'says', stated: 'says', declared: 'declares', reported: 'reports',
  };
  return map[v] ?? v;
}

/** How the speaker is named in a report's headline: people by their short name, bodies by theirs. */
function speakerOf(text: string, start: number, subject: string, who: Mention[]): string {
  const people = who.filter((m) => m.entity.kind === 'person');
  if (people.length) return people.map((m) => displayName(m.entity)).join(' and ');
  const bodies = who.filter((m) => m.entity.kind === 'organisation');
  if (bodies.length) return bodies.map((m) => m.entity.name).join(' and ');
  void text;
  void start;
  return subject.replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** A ministry or person stands for its country: no separate country actor next to them. */
function actorsOf(entities: Entity[]): Entity[] {
  return unique(entities).filter((e, _, all) => e.kind !== 'country' || !all.some((o) => o !== e && o.country === e.country));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * A century before a noun describes a thing, not when anything in the sentence happened ("Angkor
 * Wat, the fabled 11th century temple, … when it was attacked").
 */
function describesThing(t: Timex, text: string): boolean {
  return t.interval?.precision === 'century' && /^[\s-]+(?!(?:and|or|to|when|as|in|on|at|of|after|before|until|since|for|with|by|that|which|the|a|an)\b)[a-z]{3,}/.test(text.slice(t.end, t.end + 40));
}

/** Whole days in a TimeML duration of days or weeks ("P2D" → 2, "P1W" → 7); undefined for others. */
function wholeDays(value: string): number | undefined {
  const m = /^P(\d+)([DW])$/.exec(value);
  return m ? Number(m[1]) * (m[2] === 'W' ? 7 : 1) : undefined;
}

import type { Event } from '../events/Event.js';
import type { ArticleInfo } from '../ingest/Article.js';
import type { IsoWeek } from '../time/isoWeek.js';
import { SECTION_HEADINGS, SECTION_ORDER, type SectionId } from '../timeline/Section.js';
import { sectionOf } from '../timeline/sectionOf.js';
import type { Digest, DigestItem } from './Digest.js';
import { eventWeight } from './eventWeight.js';
import { formatEventDate } from './formatEventDate.js';
import { formatEventTime } from './formatEventTime.js';
import { weekLabel } from './weekLabel.js';

/** What a digest is called, what it holds and how it shows dates. */
export interface DigestOptions {
  title?: string;
  /** BCP 47 locale of month and weekday names (default `en-GB`). */
  locale?: string;
  /** Zone the dates are shown in (default: the first article's). */
  timeZone?: string;
  generator?: string;
  /** Which sections, in this order (default: this week, ahead, earlier). */
  sections?: readonly SectionId[];
  /** At most this many items per section in the email (default 12; the report has them all). */
  maxItemsPerSection?: number;
  /** Accent colour `#rrggbb` (default `#b3261e`). */
  accent?: string;
  senderName?: string;
  unsubscribeUrl?: string;
}

/** The longest preheader worth writing: mail clients show 40–140 characters of it. */
const PREHEADER_MAX = 140;

/**
 * Arranges a timeline into a week's digest: *This week* and *Ahead* in date order, *Earlier /
 * background* most recent first, each item with its display date; the preheader names the
 * weightiest items of this week and ahead. Pure.
 *
 * @example
 * buildDigest(timeline, articles, parseIsoWeek('2024-W20')!).weekLabel //=> 'Week 20 · 13–19 May 2024'
 */
export function buildDigest(timeline: readonly Event[], articles: readonly ArticleInfo[], week: IsoWeek, options: DigestOptions = {}): Digest {
  const locale = options.locale ?? 'en-GB';
  const byId = new Map(timeline.map((e) => [e.id, e]));
  const zoneOf = new Map(articles.map((a) => [a.id, a.timeZone]));
  const shownZone = options.timeZone ?? articles[0]?.timeZone ?? 'UTC';
  const dateOf = (e: Event) => {
    if (e.time && e.start !== null && e.start === e.end) {
      // A time of day is read in the article's zone and shown in the digest's.
      const from = zoneOf.get(e.sources[0]?.article ?? '') ?? shownZone;
      return formatEventTime(e.start, e.time, from, shownZone, locale);
    }
    return formatEventDate(e, { locale, contextYear: week.year });
  };
  const item = (event: Event): DigestItem => {
    const out: DigestItem = { event, date: dateOf(event) };
    if (event.start === null) {
      const rel = event.relations.find((r) => byId.get(r.event)?.start);
      const other = rel ? byId.get(rel.event) : undefined;
      if (rel && other) out.when = `${rel.type} “${other.title}” (${dateOf(other)})`;
    }
    return out;
  };
  const wanted = options.sections?.length ? [...new Set(options.sections)] : SECTION_ORDER;
  const sections = wanted.map((id) => {
    let events = timeline.filter((e) => sectionOf(e, week) === id);
    if (id === 'earlier') events.reverse();
    // The diary goes by what is still to come: an event known only to a month or year that holds
    // the week ("later this year") by its last day, after the days and weeks it cannot precede.
    if (id === 'ahead') events = diaryOrder(events, week.end);
    return { id, heading: SECTION_HEADINGS[id], items: events.map(item) };
  });
  const digest: Digest = {
    title: options.title ?? 'The week in geopolitics',
    week,
    weekLabel: weekLabel(week, locale),
    preheader: preheaderOf(sections.filter((s) => s.id !== 'earlier').flatMap((s) => s.items), week.id),
    timeZone: shownZone,
    locale,
    sections,
    timeline: [...timeline],
    articles: articles.map((a) => ({
      id: a.id, title: a.title, published: a.published.date, timeZone: a.timeZone,
      ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}),
    })),
    generator: options.generator ?? 'geodigest',
    accent: options.accent ?? '#b3261e',
    maxItemsPerSection: options.maxItemsPerSection ?? 12,
  };
  if (options.senderName) digest.senderName = options.senderName;
  if (options.unsubscribeUrl) digest.unsubscribeUrl = options.unsubscribeUrl;
  return digest;
}

/** "Vladimir Putin will make a two-day state visit to China (16–17 May) · Inauguration of …". */
function preheaderOf(items: readonly DigestItem[], weekId: string): string {
  const top = [...items].sort((a, b) => eventWeight(b.event) - eventWeight(a.event)).slice(0, 3);
  if (!top.length) return `No dated events for ${weekId}; see the background inside.`;
  let text = '';
  for (const i of top) {
    const next = `${text ? `${text} · ` : ''}${i.event.title} (${i.date})`;
    if (next.length > PREHEADER_MAX) {
      if (!text) text = `${next.slice(0, PREHEADER_MAX - 1).replace(/\s+\S*$/, '')}…`;
      break;
    }
    text = next;
  }
  return text;
}

/**
 * The Ahead section in diary order: the events that begin after the week as the timeline orders
 * them, and each that began by the week's end (known only to its month or year) placed by its
 * last day, before the first event that starts after that day.
 */
function diaryOrder(events: readonly Event[], weekEnd: string): Event[] {
  const begun = (e: Event) => e.start !== null && e.end !== null && e.start <= weekEnd;
  const out = events.filter((e) => !begun(e));
  for (const e of events.filter(begun).sort((a, b) => a.end!.localeCompare(b.end!))) {
    const at = out.findIndex((o) => o.start !== null && o.start > e.end!);
    out.splice(at < 0 ? out.length : at, 0, e);
  }
  return out;
}

import type { Event } from '../events/Event.js';
import type { Article } from '../ingest/Article.js';
import type { IsoWeek } from '../time/isoWeek.js';
import { SECTION_HEADINGS, SECTION_ORDER } from '../timeline/Section.js';
import { sectionOf } from '../timeline/sectionOf.js';
import type { Digest, DigestItem } from './Digest.js';
import { formatEventDate } from './formatEventDate.js';
import { weekLabel } from './weekLabel.js';

/** What a digest is called and how it shows dates. */
export interface DigestOptions {
  title?: string;
  locale?: string;
  timeZone?: string;
  generator?: string;
  unsubscribeUrl?: string;
}

/**
 * Arranges a timeline into a week's digest: *This week* and *Ahead* in date order, *Earlier /
 * background* most recent first, each item with its display date. Pure.
 */
export function buildDigest(timeline: readonly Event[], articles: readonly Article[], week: IsoWeek, options: DigestOptions = {}): Digest {
  const locale = options.locale ?? 'en-GB';
  const byId = new Map(timeline.map((e) => [e.id, e]));
  const item = (event: Event): DigestItem => {
    const out: DigestItem = { event, date: formatEventDate(event, { locale, contextYear: week.year }) };
    if (event.start === null) {
      const rel = event.relations.find((r) => byId.get(r.event)?.start);
      const other = rel ? byId.get(rel.event) : undefined;
      if (rel && other) out.when = `${rel.type}: ${other.title}`;
    }
    return out;
  };
  const sections = SECTION_ORDER.map((id) => {
    const events = timeline.filter((e) => sectionOf(e, week) === id);
    if (id === 'earlier') events.reverse();
    return { id, heading: SECTION_HEADINGS[id], items: events.map(item) };
  });
  const top = [...(sections[0]?.items ?? []), ...(sections[1]?.items ?? [])].slice(0, 3);
  const preheader = top.length ? top.map((i) => `${i.date}: ${i.event.title}`).join(' · ') : `No dated events for ${week.id}`;
  const digest: Digest = {
    title: options.title ?? 'The week in geopolitics',
    week,
    weekLabel: weekLabel(week, locale),
    preheader,
    timeZone: options.timeZone ?? articles[0]?.timeZone ?? 'UTC',
    locale,
    sections,
    timeline: [...timeline],
    articles: articles.map((a) => ({
      id: a.id, title: a.title, published: a.published.date, timeZone: a.timeZone,
      ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}),
    })),
    generator: options.generator ?? 'geodigest',
  };
  if (options.unsubscribeUrl) digest.unsubscribeUrl = options.unsubscribeUrl;
  return digest;
}

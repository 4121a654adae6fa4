import { sectionOf } from '../timeline/sectionOf.js';
import type { Digest } from './Digest.js';

/** The version of `timeline.json`; bump it on any incompatible change (see schema/timeline.schema.json). */
export const TIMELINE_SCHEMA_VERSION = 1;

/**
 * `timeline.json`: the stable, versioned record of a week's timeline, checked against
 * `schema/timeline.schema.json`. Dates are ISO days, `end` inclusive; undated events carry nulls.
 */
export function renderTimelineJson(digest: Digest): string {
  const doc = {
    schemaVersion: TIMELINE_SCHEMA_VERSION,
    generator: digest.generator,
    week: { id: digest.week.id, start: digest.week.start, end: digest.week.end },
    timeZone: digest.timeZone,
    articles: digest.articles,
    events: digest.timeline.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      start: e.start,
      end: e.end,
      ...(e.time ? { time: e.time } : {}),
      precision: e.precision,
      approximate: e.approximate,
      status: e.status,
      section: sectionOf(e, digest.week),
      dateBasis: e.dateBasis,
      ...(e.region ? { region: e.region } : {}),
      actors: e.actors.map((a) => ({ name: a.name, kind: a.kind, ...(a.role ? { role: a.role } : {}), ...(a.country ? { country: a.country } : {}) })),
      places: e.places.map((p) => ({ name: p.name, kind: p.kind, ...(p.country ? { country: p.country } : {}) })),
      relations: e.relations,
      sources: e.sources,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

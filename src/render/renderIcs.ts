import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { Event } from '../events/Event.js';
import { addIsoDays, type IsoDate } from '../time/isoDate.js';
import type { Digest } from './Digest.js';
import { digestView } from './digestView.js';
import { foldIcsLines } from './foldIcsLines.js';

/** Options for the calendar. */
export interface IcsOptions {
  /** DTSTAMP: when the calendar was made (default: now). */
  now?: Date;
  /** Domain part of the UIDs (default `geodigest`). */
  uidDomain?: string;
}

/** The events a calendar should hold: dated to the day, not over before the digest's week. */
export function calendarEvents(digest: Digest): Event[] {
  return digest.timeline.filter((e) => e.start !== null && e.end !== null && e.precision === 'day' && !e.approximate && e.end >= digest.week.start && e.status !== 'past');
}

/**
 * `events.ics`: the digest's upcoming and ongoing day-precise events as an iCalendar file (RFC
 * 5545, made with ical-generator). All-day events are `DATE` values with an exclusive `DTEND` (the
 * day after the last day); an event with a known local time starts then (an instant: the reports
 * give no end), in the zone of the article it came from. Expected events are `TENTATIVE`, ongoing ones `CONFIRMED`; all are
 * `TRANSPARENT` (they do not make the reader busy). Lines are folded with `foldIcsLines` (same
 * output as ical-generator's, far cheaper). UIDs are stable across runs, so a calendar
 * that imports the file again updates events instead of duplicating them. Week-precise and
 * approximate events stay out: a calendar has no way to show "some day that week".
 *
 * @example
 * renderIcs(digest, { now: new Date('2024-05-14T12:00:00Z') }).startsWith('BEGIN:VCALENDAR') //=> true
 */
export function renderIcs(digest: Digest, options: IcsOptions = {}): string {
  const view = digestView(digest);
  const zoneOf = new Map(digest.articles.map((a) => [a.id, a.timeZone]));
  const cal = ical({
    name: `${digest.title} · ${digest.weekLabel}`,
    prodId: { company: 'geodigest', product: 'geodigest', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // The calendar's own lines, folded by ical-generator; the events' lines are folded below.
  const [head, tail] = cal.toString().split(/(?=END:VCALENDAR)/) as [string, string];
  const now = options.now ?? new Date();
  let body = '';
  const domain = options.uidDomain ?? 'geodigest';
  for (const e of calendarEvents(digest)) {
    const sources = [...new Set(e.sources.map((s) => s.article))].map((id) => view.sources[(view.sourceNumbers[id] ?? 0) - 1]).filter((s) => s !== undefined);
    const description = [
      e.sources[0]?.quote ? `“${e.sources[0].quote}”` : '',
      ...sources.map((s) => `Source: ${s.label}${s.url ? ` ${s.url}` : ''}`),
    ].filter(Boolean).join('\n\n');
    const zone = zoneOf.get(e.sources[0]?.article ?? '') ?? digest.timeZone;
    const timed = e.time && e.start === e.end ? e.time : undefined;
    const firstUrl = sources.find((s) => s.url)?.url;
    const places = e.places.map((p) => p.name).join(', ');
    body += cal.createEvent({
      id: `${e.id.replace(/[^A-Za-z0-9._-]/g, '-')}@${domain}`,
      stamp: now,
      summary: e.title,
      description,
      ...(places ? { location: places } : {}),
      ...(firstUrl ? { url: firstUrl } : {}),
      status: e.status === 'scheduled' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: e.kind }],
      ...(timed
        ? { start: zonedInstant(e.start!, timed, zone) }
        : { allDay: true, start: dayDate(e.start!), end: dayDate(addIsoDays(e.end!, 1)) }),
    }).toString();
  }
  return `${head}${foldIcsLines(body)}${tail}`;
}

/** A calendar day as a Date at UTC midnight (ical-generator writes all-day dates from UTC fields). */
function dayDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The instant of a local day and `HH:MM` in an IANA zone. */
function zonedInstant(day: IsoDate, time: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, zone).getTime());
}

import { differenceInCalendarDays } from 'date-fns';
import type { Event } from '../events/Event.js';
import { addIsoDays, type IsoDate } from '../time/isoDate.js';
import { dayOf } from './dayOf.js';
import type { IsoWeek } from '../time/isoWeek.js';
import { formatEventDate } from './formatEventDate.js';
import { textWidth } from './textWidth.js';
import { dateFormat } from './dateFormat.js';
import { formatDayRange } from './formatDayRange.js';

/** How sure the picture is of an event's dates: drawn solid, hatched (week or coarser) or faded (approximate). */
export type MarkVagueness = 'exact' | 'coarse' | 'approximate';

/** One event drawn on the strip. */
export interface TimelineMark {
  event: Event;
  lane: number;
  /** Left and right edge of the bar (equal centres for a one-day point). */
  x1: number;
  x2: number;
  /** Centre line of the lane. */
  y: number;
  shape: 'point' | 'bar';
  vagueness: MarkVagueness;
  /** Still to happen: drawn hollow. */
  scheduled: boolean;
  /** The event goes on before / after the strip. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** `inside`: over the bar itself (on a light backing), when neither side has room. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'end'; width: number; inside: boolean };
}

/** A column of the strip. */
export interface TimelineDay {
  date: IsoDate;
  x: number;
  width: number;
  weekday: string;
  day: string;
  weekend: boolean;
}

/** Everything needed to draw the picture, in SVG user units (px at 1×). */
export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  stripTop: number;
  stripBottom: number;
  days: TimelineDay[];
  weeks: { label: string; x: number; width: number }[];
  marks: TimelineMark[];
  /** Events in the window that found no room (shown as "N more"). */
  hidden: number;
  /** Dated events outside the window (earlier background, later plans), not drawn. */
  outside: number;
  /** What the picture shows, in words, for `alt` and `<title>`. */
  description: string;
}

/** Options for the picture. */
export interface TimelineLayoutOptions {
  locale?: string;
  /** Width in px (default 552: the 600 px email less its margins). */
  width?: number;
  /** At most this many lanes (default 12); events beyond are counted, not drawn. */
  maxLanes?: number;
}

const MARGIN = 12;
const LANE = 24;
const STRIP_TOP = 58;
const LABEL_GAP = 6;
const MIN_GAP = 10;
const FONT = 11;
const MAX_LABEL = 340;
/** A label goes right of its mark whenever this much room is there, shortened if need be. */
const COMFORTABLE = 150;
const DAYS = 14;

/**
 * Lays out a week and the next as a strip of 14 days, each event in the window a point (one day)
 * or a bar across its interval, packed into lanes so that no two labels or bars overlap: a label
 * goes right of its mark, or left when there is no room, shortened at a word with "…" when it must
 * be. Label widths are measured with DejaVu Sans metrics. Pure.
 *
 * @example
 * layoutTimeline(digest.timeline, parseIsoWeek('2024-W20')!).marks.length //=> events drawn
 */
export function layoutTimeline(events: readonly Event[], week: IsoWeek, options: TimelineLayoutOptions = {}): TimelineLayout {
  const locale = options.locale ?? 'en-GB';
  const width = options.width ?? 552;
  const maxLanes = options.maxLanes ?? 12;
  const first = week.start;
  const last = addIsoDays(week.start, DAYS - 1);
  const col = (width - 2 * MARGIN) / DAYS;
  const firstDay = dayOf(first);
  const columns = new Map<IsoDate, number>();
  const xOf = (date: IsoDate) => {
    let c = columns.get(date);
    if (c === undefined) columns.set(date, (c = differenceInCalendarDays(dayOf(date), firstDay)));
    return MARGIN + c * col;
  };
  const fmt = (d: IsoDate, o: Intl.DateTimeFormatOptions) => dateFormat(locale, o).format(dayOf(d));

  const days: TimelineDay[] = Array.from({ length: DAYS }, (_, i) => {
    const date = addIsoDays(first, i);
    const dow = dayOf(date).getUTCDay();
    return { date, x: MARGIN + i * col, width: col, weekday: fmt(date, { weekday: 'short' }), day: fmt(date, { day: 'numeric' }), weekend: dow === 0 || dow === 6 };
  });
  const span = (a: IsoDate, b: IsoDate) => formatDayRange(dayOf(a), dayOf(b), locale, { day: 'numeric', month: 'short' });
  const nextStart = addIsoDays(first, 7);
  const weeks = [
    { label: `This week · ${span(first, week.end)}`, x: MARGIN, width: 7 * col },
    { label: `Next week · ${span(nextStart, last)}`, x: MARGIN + 7 * col, width: 7 * col },
  ];

  // The strip is about days: events known only to the month or coarser would just span it.
  const inWindow = events.filter((e) => e.start !== null && e.end !== null && e.start <= last && e.end >= first && (e.precision === 'day' || e.precision === 'week'));
  const outside = events.filter((e) => e.start !== null).length - inWindow.length;
  const ordered = [...inWindow].sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : b.end! < a.end! ? -1 : b.end! > a.end! ? 1 : 0));

  // A busy fortnight gets shorter labels, so that more events find room.
  const maxLabel = ordered.length <= 6 ? MAX_LABEL : ordered.length <= 14 ? 220 : 150;
  const lanes: { from: number; to: number }[][] = [];
  const marks: TimelineMark[] = [];
  let hidden = 0;
  for (const event of ordered) {
    const clippedStart = event.start! < first;
    const clippedEnd = event.end! > last;
    const s = clippedStart ? first : event.start!;
    const t = clippedEnd ? last : event.end!;
    const point = s === t && !clippedStart && !clippedEnd && event.precision === 'day';
    const x1 = point ? xOf(s) + col / 2 : xOf(s) + 3;
    const x2 = point ? x1 : xOf(t) + col - 3;
    const reach = point ? 6 : 0;
    const rightRoom = width - MARGIN - (x2 + reach + LABEL_GAP);
    const leftRoom = x1 - reach - LABEL_GAP - MARGIN;
    const full = textWidth(event.title, FONT);
    let anchor: 'start' | 'end';
    let room: number;
    const inside = !point && Math.max(rightRoom, leftRoom) < 60 && x2 - x1 >= 60;
    if (inside) {
      anchor = 'start';
      room = Math.min(x2 - x1 - 12, maxLabel);
    } else if (rightRoom >= Math.min(full, COMFORTABLE) || rightRoom >= leftRoom) {
      anchor = 'start';
      room = Math.min(rightRoom, maxLabel);
    } else {
      anchor = 'end';
      room = Math.min(leftRoom, maxLabel);
    }
    const text = fit(event.title, room);
    const w = textWidth(text, FONT);
    const lx = inside ? x1 + 6 : anchor === 'start' ? x2 + reach + LABEL_GAP : x1 - reach - LABEL_GAP;
    const from = Math.min(x1 - reach, anchor === 'end' ? lx - w : x1 - reach);
    const to = Math.max(x2 + reach, anchor === 'start' ? lx + w : x2 + reach);
    let lane = lanes.findIndex((segments) => segments.every((g) => to + MIN_GAP <= g.from || from >= g.to + MIN_GAP));
    if (lane === -1) {
      if (lanes.length >= maxLanes) {
        hidden++;
        continue;
      }
      lane = lanes.push([]) - 1;
    }
    lanes[lane]!.push({ from, to });
    const y = STRIP_TOP + 14 + lane * LANE;
    marks.push({
      event, lane, x1, x2, y, shape: point ? 'point' : 'bar',
      vagueness: event.approximate ? 'approximate' : event.precision === 'day' ? 'exact' : 'coarse',
      scheduled: event.status === 'scheduled', clippedStart, clippedEnd,
      label: { text, x: lx, y: y + FONT * 0.36, anchor, width: w, inside },
    });
  }
  const stripBottom = STRIP_TOP + Math.max(lanes.length, 1) * LANE + 8;
  const height = stripBottom + (hidden || outside ? 50 : 34);
  const description = describe(marks.map((m) => m.event), hidden, `${span(first, last)}`, locale, week.year);
  return { width, height, fontSize: FONT, stripTop: STRIP_TOP, stripBottom, days, weeks, marks, hidden, outside, description };
}

/** Shortens a label at a word boundary to fit `room` px, with "…". */
function fit(text: string, room: number): string {
  if (textWidth(text, FONT) <= room) return text;
  const words = text.split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (textWidth(`${next}…`, FONT) > room) break;
    out = next;
  }
  if (!out) {
    // One long word: cut it by characters.
    for (const ch of text) {
      if (textWidth(`${out}${ch}…`, FONT) > room) break;
      out += ch;
    }
  }
  return `${out.replace(/[\s,;:–—-]+$/, '')}…`;
}

function describe(events: readonly Event[], hidden: number, span: string, locale: string, year: number): string {
  if (!events.length) return `Timeline of ${span}: no dated events in these two weeks.`;
  const top = events.slice(0, 6).map((e) => `${formatEventDate(e, { locale, contextYear: year })}, ${e.title}${e.status === 'scheduled' ? ' (expected)' : ''}`);
  const more = events.length - top.length + hidden;
  return `Timeline of ${span}: ${top.join('; ')}${more ? `; and ${more} more` : ''}.`;
}

import type { ParsingComponents } from 'chrono-node';
import type { CalendarPoint } from './CalendarPoint.js';
import { formatPoint, pointInterval, pointStart, shiftPoint } from './CalendarPoint.js';
import type { TemporalDirection } from './detectTense.js';
import { MIDNIGHT_AFTER_TAG, MIDNIGHT_END_TAG } from './refiners/ENMidnightRefiner.js';
import { TENSE_TAG } from './refiners/ENTenseRefiner.js';
import { resolveSpec, type ResolvedTimex, type SpecContext } from './resolveSpec.js';
import { storyDay } from './storyDay.js';
import { specOf } from './TimexSpec.js';

/** The point chrono's own components name: a clock time, a day, a month or a year. */
function chronoPoint(c: ParsingComponents): CalendarPoint | undefined {
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (y === null || mo === null || d === null) return undefined;
  if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour')) return { unit: 'day', year: y, month: mo, day: d };
  if (c.isCertain('month')) return { unit: 'month', year: y, month: mo };
  if (c.isCertain('year')) return { unit: 'year', year: y };
  return undefined;
}

/** "10 o'clock tonight", "8 this evening": a clock time without a.m. or p.m. in the evening or night is p.m. */
function inPartOfDay(time: string, partOfDay: string | undefined, c: ParsingComponents): string {
  const hour = Number(time.slice(0, 2));
  if (c.isCertain('meridiem') || hour >= 12 || !partOfDay) return time;
  if (partOfDay === 'EV' || partOfDay === 'AF' || (partOfDay === 'NI' && hour >= 5)) return `${String(hour + 12).padStart(2, '0')}${time.slice(2)}`;
  return time;
}

function clock(c: ParsingComponents): string | undefined {
  if (!c.isCertain('hour')) return undefined;
  // "midnight Friday" ends Friday: T24:00 of that day.
  if (c.get('hour') === 0 && !c.get('minute') && c.tags().has(MIDNIGHT_END_TAG)) return '24:00';
  return `${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
}

/**
 * Turns one side (start or end) of a chrono result, geodigest's or chrono's own, into a TIMEX3
 * type, value, optional mod and interval, resolving what geodigest's parsers found against the
 * publication day, the tense tagged by `ENTenseRefiner` and the times mentioned before. A clock
 * time merged in by chrono ("Friday at 10 a.m.") refines a day to a TIME. Returns `undefined` for
 * what names nothing TimeML would annotate.
 *
 * @example
 * toTimex(result.start, { dct: new UTCDate(2024, 4, 14) }) //=> { type: 'DATE', value: '2024-05-16', interval: {…}, point: {…} }
 */
export function toTimex(components: ParsingComponents, ctx: SpecContext): ResolvedTimex | undefined {
  const spec = specOf(components);
  const time = clock(components);
  if (!spec) {
    let point = chronoPoint(components);
    if (!point) return undefined;
    // "Polls closed on Sunday at 8 p.m. Results came at 11 p.m.": a clock time with no day of its
    // own is on the day the story is telling, a day named in its sentence or the one before, not
    // the publication's.
    // A day ahead is a plan told beside the story, not the story's day ("Lai will take office on May
    // 20. Polls opened at 8 a.m."), unless the time is told ahead too ("… inaugurated on Tuesday. The
    // ceremony is due to begin at 09:30"); told ahead, it takes no day gone by ("will brief reporters at
    // 2 p.m." after "late Monday"). A live blog's entry stamp ("11:30 -") is the publication day's.
    const ahead = components.tags().has(`${TENSE_TAG}future`);
    const stamp = components.tags().has(`${TENSE_TAG}present`);
    // (Told in the past, the story's day holds over a few sentences without a time: "…at 7:16 p.m. on
    // Feb. 26, 2012. A single gunshot can be heard. Martin was pronounced dead at 7:30 p.m.")
    const story = !stamp && (ahead ? ctx.last !== ctx.lastPast : ctx.last === ctx.lastPast) && ctx.lastAt !== undefined && ctx.sentence !== undefined && ctx.sentence - ctx.lastAt <= (ahead ? 1 : 3) ? ctx.last
      // A timeline's entry under a day's heading ("MONDAY, APRIL 15 / 2:49 p.m. — Two bombs explode") is of that day.
      : stamp && ctx.heading ? ctx.heading : undefined;
    // (A coarser time told after the story's day in its sentence does not end it: "on the night of
    // Aug. 11, at a party to mark the end of summer. … by about 11:30 p.m.")
    const told = !ahead && !stamp && story ? storyDay(ctx) : undefined;
    const day = story?.unit === 'day' ? story : told && pointStart(told).getTime() <= ctx.dct.getTime() ? told : undefined;
    let at = time;
    // "The first call came at 2:40 p.m. The second came at 2:56": a clock time without a.m. or p.m.
    // soon after an afternoon one is in the afternoon too.
    const lastTime = ctx.last?.unit === 'day' && ctx.last.time && ctx.sentence !== undefined && ctx.lastAt !== undefined && ctx.sentence - ctx.lastAt <= 1 ? ctx.last.time : undefined;
    if (time && lastTime && !components.isCertain('meridiem')) {
      const hour = Number(time.slice(0, 2));
      const gap = hour + 12 - Number(lastTime.slice(0, 2));
      if (hour >= 1 && hour < 12 && Number(lastTime.slice(0, 2)) >= 12 && gap >= 0 && gap <= 6) at = `${String(hour + 12).padStart(2, '0')}${time.slice(2)}`;
    }
    if (time && day?.unit === 'day' && !components.isCertain('day') && !components.isCertain('weekday')) {
      point = { unit: 'day', year: day.year, month: day.month, day: day.day };
      // "On Tuesday, the gunman waited until shortly before midnight": the midnight that ends the
      // story's day (T24, as "midnight Tuesday"), not the one that began it; "early Tuesday, shortly
      // after midnight" is the one that began it.
      if (at === '00:00' && !components.tags().has(MIDNIGHT_AFTER_TAG)) at = '24:00';
      // "Revellers packed the waterfront last night … by 3am": the small hours after a night are the next day's.
      else if ((day.partOfDay === 'NI' || day.partOfDay === 'EV') && at && Number(at.slice(0, 2)) < 6) point = shiftPoint(point, 1);
    }
    const p: CalendarPoint = point.unit === 'day' && at ? { ...point, time: at } : point;
    return { type: at ? 'TIME' : 'DATE', value: formatPoint(p), interval: pointInterval(p, components.isCertain('year') ? 'stated' : 'implied'), point: p };
  }
  let tense: TemporalDirection | undefined;
  for (const t of components.tags()) {
    if (t.startsWith(TENSE_TAG)) {
      const v = t.slice(TENSE_TAG.length);
      tense = v === 'future' || v === 'past' || v === 'present' || v === 'nearest' ? v : undefined;
    }
  }
  const resolved = resolveSpec(spec, { ...ctx, tense });
  // A clock time merged in by chrono ("Friday at 10 a.m.") refines a day (geodigest's parsers only
  // fix an hour for what is not a day, to keep it out of such merges).
  if (resolved?.point?.unit === 'day' && time) {
    const { partOfDay, ...day } = resolved.point;
    const p: CalendarPoint = { ...day, time: inPartOfDay(time, partOfDay, components) };
    return { ...resolved, type: 'TIME', value: formatPoint(p), interval: pointInterval(p, resolved.interval?.certainty ?? 'implied'), point: p };
  }
  return resolved;
}

import type { ParsedComponents, ParsingResult } from 'chrono-node';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addQuarters, addWeeks, addYears, endOfMonth, endOfQuarter, endOfYear, getISOWeek, getISOWeekYear, getQuarter, startOfISOWeek, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';
import { formatIsoDate, isoDateOf } from '../../time/isoDate.js';
import type { Interval, Precision } from '../../time/Interval.js';
import type { Timex, TimexMod } from './Timex.js';

/** What `toTimex` needs besides the chrono result: the publication day in the article's zone. */
export interface TimexReference {
  /** The publication's calendar day, as a UTC-pinned TZDate. */
  day: TZDate;
}

/**
 * Turns one chrono result (ours or chrono's own) into a TIMEX3 type, value, optional mod and
 * interval. Offsets are left to the caller. Returns `undefined` when the result names nothing
 * TimeML would annotate.
 */
export function toTimex(result: ParsingResult, ref: TimexReference): Omit<Timex, 'start' | 'end' | 'text'> | undefined {
  const tags = [...result.tags()];
  const tag = (prefix: string) => tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);

  const period = tag('geodigest/period:');
  if (period) return periodTimex(period, ref);

  const duration = tag('geodigest/duration:');
  if (duration) {
    const out: Omit<Timex, 'start' | 'end' | 'text'> = { type: 'DURATION', value: duration };
    if (tags.includes('geodigest/age')) {
      // "now two-year-old": it began about that long before publication.
      const m = /^P(\d+)Y$/.exec(duration);
      if (m) {
        const year = ref.day.getFullYear() - Number(m[1]);
        out.interval = { start: isoDateOf(year, 1, 1), end: isoDateOf(year, 12, 31), precision: 'year', approximate: true, certainty: 'implied' };
        out.intervalRole = 'start';
      }
    }
    return out;
  }

  if (/^(?:right\s+)?now$/i.test(result.text.trim())) return { type: 'DATE', value: 'PRESENT_REF' };

  const s = result.start;
  const start = pointOf(s);
  if (!start) return undefined;
  const end = result.end ? pointOf(result.end) : undefined;
  const interval: Interval = {
    start: start.interval.start,
    end: end ? end.interval.end : start.interval.end,
    precision: start.interval.precision,
    approximate: false,
    certainty: s.isCertain('year') ? 'stated' : 'implied',
  };
  if (start.interval.time) interval.time = start.interval.time;
  return { type: start.type, value: start.value, interval };
}

function pointOf(c: ParsedComponents): { type: 'DATE' | 'TIME'; value: string; interval: Interval } | undefined {
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (y === null || mo === null || d === null) return undefined;
  const day = isoDateOf(y, mo, d);
  const dayKnown = c.isCertain('day') || c.isCertain('weekday') || [...c.tags()].some((t) => t.startsWith('result/relativeDate') || t.startsWith('parser/ENCasualDateParser'));
  const certainty = c.isCertain('year') ? 'stated' : 'implied';
  if (c.isCertain('hour')) {
    const hh = String(c.get('hour')).padStart(2, '0');
    const mm = String(c.get('minute') ?? 0).padStart(2, '0');
    return { type: 'TIME', value: `${day}T${hh}:${mm}`, interval: { start: day, end: day, precision: 'time', approximate: false, certainty, time: `${hh}:${mm}` } };
  }
  if (dayKnown) return { type: 'DATE', value: day, interval: { start: day, end: day, precision: 'day', approximate: false, certainty } };
  const first = new TZDate(y, mo - 1, 1, 'UTC');
  if (c.isCertain('month')) {
    return { type: 'DATE', value: `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`, interval: { start: formatIsoDate(first), end: formatIsoDate(endOfMonth(first)), precision: 'month', approximate: false, certainty } };
  }
  if (c.isCertain('year')) {
    return { type: 'DATE', value: String(y).padStart(4, '0'), interval: { start: isoDateOf(y, 1, 1), end: isoDateOf(y, 12, 31), precision: 'year', approximate: false, certainty } };
  }
  return undefined;
}

function periodTimex(spec: string, ref: TimexReference): Omit<Timex, 'start' | 'end' | 'text'> {
  const [unit = 'week', offsetText = '0', mod] = spec.split(':');
  const offset = Number(offsetText);
  let start: Date;
  let end: Date;
  let value: string;
  let precision: Precision;
  switch (unit) {
    case 'month': {
      start = startOfMonth(addMonths(ref.day, offset));
      end = endOfMonth(start);
      value = formatIsoDate(start).slice(0, 7);
      precision = 'month';
      break;
    }
    case 'year': {
      start = startOfYear(addYears(ref.day, offset));
      end = endOfYear(start);
      value = String(start.getFullYear());
      precision = 'year';
      break;
    }
    case 'quarter': {
      start = startOfQuarter(addQuarters(ref.day, offset));
      end = endOfQuarter(start);
      value = `${start.getFullYear()}-Q${getQuarter(start)}`;
      precision = 'quarter';
      break;
    }
    case 'weekend': {
      const monday = startOfISOWeek(addWeeks(ref.day, offset));
      start = addDays(monday, 5);
      end = addDays(monday, 6);
      value = `${getISOWeekYear(monday)}-W${String(getISOWeek(monday)).padStart(2, '0')}-WE`;
      precision = 'day';
      break;
    }
    default: {
      start = startOfISOWeek(addWeeks(ref.day, offset));
      end = addDays(start, 6);
      value = `${getISOWeekYear(start)}-W${String(getISOWeek(start)).padStart(2, '0')}`;
      precision = 'week';
    }
  }
  const out: Omit<Timex, 'start' | 'end' | 'text'> = {
    type: 'DATE',
    value,
    interval: { start: formatIsoDate(start), end: formatIsoDate(end), precision, approximate: mod !== undefined, certainty: 'implied' },
  };
  if (mod) out.mod = mod as TimexMod;
  return out;
}

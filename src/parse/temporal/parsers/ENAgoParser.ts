import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarUnit } from '../CalendarPoint.js';
import { APPROX_PATTERN, approxModOf } from '../calendarWords.js';
import { NUMBER_PATTERN, parseNumber } from '../numberWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

const UNITS: Readonly<Record<string, { unit: CalendarUnit; factor: number }>> = {
  day: { unit: 'day', factor: 1 }, week: { unit: 'week', factor: 1 }, fortnight: { unit: 'week', factor: 2 },
  month: { unit: 'month', factor: 1 }, quarter: { unit: 'quarter', factor: 1 }, year: { unit: 'year', factor: 1 },
  decade: { unit: 'year', factor: 10 }, century: { unit: 'year', factor: 100 },
};

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:ago|back|earlier|later|from\s+now|hence|previously|before|after)\b/i;

/**
 * Points a stretch of time away: "two years ago" (1996, by the publication), "a month ago"
 * (1998-07), "50 years ago", "almost four years ago", "three weeks from now"; and away from the
 * time mentioned before: "a day later", "two weeks earlier", "a year earlier" (after "the third
 * quarter": the same quarter a year before). The value has the granularity of the unit. Vague
 * amounts ("several years ago") are PAST_REF. "[Three days] later" is, as TimeML tags it, a DURATION (with the
 * day it reaches as interval), "a few days later" a vague one (PXD). "three days
 * after the bombing" is left to the duration parser: its anchor is an event.
 */
export class ENAgoParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(${APPROX_PATTERN})\\s+)?(half\\s+an?|a\\s+quarter\\s+of\\s+an?|${NUMBER_PATTERN}|several|a\\s+few|a\\s+couple\\s+of|some|many)[-\\s]+` +
      `(minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?:\\s+or\\s+(?:so|more))?\\s+(ago|back|earlier|later|from\\s+now|hence|previously|before|after)(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, approx, amountText = '', unitWord = '', direction = ''] = match;
    const dir = direction.toLowerCase().replace(/\s+/g, ' ');
    const after = context.text.slice(index + match[0].length);
    // "three days before the vote": anchored on an event; "a week after" + clause likewise.
    if (dir === 'before' || dir === 'after') {
      if (!/^\s*(?:[,.;:!?)"”]|$|and\b|but\b)/.test(after)) return null;
    }
    // "back" only as "ago" ("two years back"), not "came back".
    const singular = unitWord.toLowerCase() === 'centuries' ? 'century' : unitWord.toLowerCase().replace(/s$/, '');
    // "five minutes ago", "two hours ago": a time of the publication day (TimeML keeps "ago" in the
    // extent); "two hours later" is a stretch of time, the duration parser's.
    if (singular === 'minute' || singular === 'hour') return clockAgo(context, match, approx, amountText, singular, dir);
    const unit = UNITS[singular];
    if (!unit) return null;
    const n = amountOf(amountText);
    const vague = n === 'vague';
    const back = /^(?:ago|back|earlier|previously|before)$/.test(dir);
    let spec: TimexSpec;
    // TimeML tags "[three days] later" as a stretch of time, "later" a signal outside it (as
    // TempEval-3 does each time); "a year earlier" and "two years ago" stay dates.
    const later = dir === 'later';
    const letter = ({ day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y' } as Record<string, string>)[unit.unit] ?? 'D';
    if (vague) {
      spec = later ? { kind: 'duration', value: `PX${letter}` } : { kind: 'value', type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF' };
    } else {
      if (n === undefined || !Number.isInteger(n * unit.factor)) return null;
      const anchor = /^(?:ago|back|from now|hence)$/.test(dir) ? 'dct' : 'ref';
      const years = unit.unit === 'year' ? n * unit.factor : 0;
      const year = context.reference.instant.getUTCFullYear() - years;
      // "10,000 years ago": a year before the era, written as TimeML does ("BC7988", year 0 being 1 BC).
      if (back && anchor === 'dct' && year < 1) {
        const result = context.createParsingResult(index, match[0]);
        const mod = approxModOf(approx);
        attachSpec(result, { kind: 'value', type: 'DATE', value: `BC${String(1 - year).padStart(4, '0')}`, ...(mod === 'APPROX' ? { mod } : {}) });
        return result;
      }
      spec = { kind: 'relative', unit: unit.unit, offset: (back ? -1 : 1) * n * unit.factor, anchor };
      if (later) spec.duration = unit.unit === 'quarter' ? `P${3 * n}M` : `P${n * unit.factor}${letter}`;
      if (singular === 'year' && n === 1) spec.refUnit = true;
      const mod = approxModOf(approx);
      // ("more than 35 years ago" is a date before the one 35 years back; "more than 35 years later" a
      // duration of more than 35 years.)
      if (mod) spec.mod = later ? mod : mod === 'EQUAL_OR_LESS' || mod === 'LESS_THAN' ? (back ? 'AFTER' : 'BEFORE') : mod === 'MORE_THAN' || mod === 'EQUAL_OR_MORE' ? (back ? 'BEFORE' : 'AFTER') : mod;
    }
    // "just [a decade ago]", "only [months ago]": the focus word stays outside, as TempEval-3 tags it.
    const text = later ? match[0].replace(/\s+later$/i, '') : match[0];
    const lead = text.length - text.replace(/^(?:only|just|barely)\s+/i, '').length;
    const result = context.createParsingResult(index + lead, text.slice(lead));
    attachSpec(result, spec);
    return result;
  }
}

/**
 * How many units an amount counts: "two" 2, "a couple of" 2, "half a" 0.5, "a quarter of a" 0.25
 * ("half a century ago" is 50 years); `vague` for "several", "a few", "some", "many".
 */
function amountOf(text: string): number | 'vague' | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/couple/.test(t)) return 2;
  if (/^(?:several|a few|some|many)$/.test(t)) return 'vague';
  if (/^half /.test(t)) return 0.5;
  if (/^a quarter /.test(t)) return 0.25;
  return parseNumber(t);
}

/** "two hours ago", "30 minutes ago": the publication instant less that much, as a TIME of the article's day. */
function clockAgo(context: ParsingContext, match: RegExpMatchArray, approx: string | undefined, amountText: string, unit: 'minute' | 'hour', dir: string): ParsingResult | null {
  if (dir !== 'ago') return null;
  const n = amountOf(amountText);
  let value = 'PAST_REF';
  let type: 'DATE' | 'TIME' = 'DATE';
  if (typeof n === 'number') {
    // The publication's wall-clock time in the article's zone (the reference carries its offset).
    const offset = context.reference.getTimezoneOffset();
    const local = new Date(context.reference.instant.getTime() + offset * 60_000 - n * (unit === 'hour' ? 3_600_000 : 60_000));
    value = local.toISOString().slice(0, 16);
    type = 'TIME';
  }
  const result = context.createParsingResult(match.index ?? 0, match[0]);
  const mod = approxModOf(approx);
  attachSpec(result, { kind: 'value', type, value, ...(mod === 'APPROX' ? { mod } : {}) });
  return result;
}

import type { Chrono, ParsingComponents, ParsingResult } from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { addDays, addWeeks } from 'date-fns';
import { addIsoDays, formatIsoDate, isoDateToDate } from '../../time/isoDate.js';
import type { Interval } from '../../time/Interval.js';
import type { Sentence } from '../Sentence.js';
import { splitSentences } from '../splitSentences.js';
import { trieSource } from '../trieSource.js';
import { type CalendarPoint, comparePoints, pointContaining, pointStart, shiftPoint } from './CalendarPoint.js';
import { createChrono } from './createChrono.js';
import { detectTense } from './detectTense.js';
import type { ResolvedTimex, SpecContext } from './resolveSpec.js';
import type { Timex, TimexInput } from './Timex.js';
import { TENSE_TAG } from './refiners/ENTenseRefiner.js';
import { specOf } from './TimexSpec.js';
import { toTimex } from './toTimex.js';

let shared: Chrono | undefined;

/**
 * Leading words that TimeML leaves out of an expression's extent ("on Thursday" → "Thursday"; "at
 * least" stays, and so does "over" before an amount: "[over an hour]", "over [the weekend]").
 */
const LEADING = /^(?:(?:on|in|at(?!\s+(?:least|most)\b)|by|during|for|from|since|until|till|of|within|over(?!\s+(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|several|a\s+few)\b)|after|before)\s+)+/i;
/** Trailing punctuation; a final period stays after an abbreviation ("10 a.m.", "Sept."). */
const TRAILING = /(?:[\s,;:!?'’"”)]|(?<!\b(?:[ap]\.m|[AP]\.M|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\.)+$/;
/** What separates the two ends of a range ("16-17 May", "Thursday to Friday", "1998-99"). */
const RANGE = /^(.*?\S)(\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*)(\S.*)$/i;
/**
 * A sentence can only hold a temporal expression if it has a number of a time's form (a year, a
 * date or clock time with its separators, "10 a.m.", "at 6.30", "the 12th", "1Q", "the 90s"), a
 * weekday or month, or a word that starts with one of the time words below: the sentences
 * without any are not handed to chrono at all (a number alone, "217 people", "$3.2 million",
 * "at 10", is no time here). Words are tested at a word's start ("now" not in "know", "fri" not
 * in "Africa", "mar" not in "market"); those a time word has inside ("overnight", "midday",
 * "biweekly") are listed, as are the "-ly" adverbs that the parsers read ("daily", "previously").
 */
const MAY_HOLD_TIME = new RegExp(
  String.raw`\d(?:\d{3}|[:/]\d|\d?-\d\d?-\d|\s*(?:[ap]\.?m|o['’]clock|GMT|UTC|hrs)|st\b|nd\b|rd\b|th\b|[QH](?:\d\d)?\b|0['’]?s\b)|\b(?:at|from)\s+\d\d?\.\d\d\b|['’]\d\d\b|\b[QH][1-4]|\bFY|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b|` +
    // Weekdays and months whole or abbreviated ("Wednesday", "Weds", "Sept"), not "Monica", "market", "decision".
    String.raw`\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satu?r?|sun)(?:day)?s?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:` +
    // The words as a trie of alternatives: each position tries only those of its letter (twice as fast as a flat list).
    trieSource(
      'now today tonight tomorrow yesterday later earlier recent current lately soon past future present every each once twice morning afternoon evening night noon midnight week fortnight month year decade centur quarter half day hour minute second period spring summer fall autumn winter christmas easter thanksgiving fifteen sixteen seventeen eighteen nineteen twenty thousand holiday halloween eid anzac hogmanay bonfire passover pentecost whit ascension rosh yom hanukkah chanukah overnight midday midweek midyear midmonth midterm midsummer midwinter daily annually biannually semiannually previously biweekly bimonthly'.split(' '),
      'shortest',
    ) +
    String.raw`)|\b(?:ago|per|term)\b`,
  'i',
);
/** What may stand before a year that opens a sentence ("In 2014, …", "Last year, …"). */
const LEAD_YEAR_BEFORE = /^\s*(?:(?:in|during|by|since|until|through|throughout|for)\s+)?$/i;
/** A month's value, and what joins the months of a list ("June, July and August", "May or June"). */
const MONTH_ONLY = /^\d{4}-\d\d$/;
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
/** What a date alone on a line may have around it ("MONDAY, APRIL 15", "Friday, April 19:"). */
const HEADING = /^[\s,:.—–-]*$/;
/** Words right before a clock time that make it an estimate ("around 7 p.m.", "at about noon"). */
const APPROX_CLOCK_BEFORE = /\b(?:about|around|approximately|roughly|circa)\s+(?:at\s+)?$/i;
/** Words right before a day that make it the first day of a duration just mentioned ("a two-day visit starting on Thursday"). */
const STARTING = /\b(?:starting|beginning|commencing|from|(?:that|which|to)\s+(?:starts?|begins?|opens?|start|begin))(?:\s+(?:on|at|from))?\s*$/i;

/**
 * Finds every temporal expression in a text and resolves it against the publication instant in
 * the article's IANA time zone: TIMEX3 type, value and mod, and for what names a time the
 * interval of days it covers, with precision and certainty. Weekdays and unstated years follow
 * the tense of their clause; "a year earlier", "the quarter" follow the time mentioned before; a
 * duration that a day starts in the same sentence ("a two-day visit starting on Thursday") gets
 * that span. The text is parsed sentence by sentence (chrono is quadratic on one long string),
 * and the result does not depend on the machine's `TZ`.
 *
 * @example
 * resolveTimexes({ text: 'He will visit on Thursday.', published: new Date('2024-05-14T12:00:00Z'), timeZone: 'Europe/London' })
 * //=> [{ start: 17, end: 25, text: 'Thursday', type: 'DATE', value: '2024-05-16', interval: {…} }]
 */
export function resolveTimexes(input: TimexInput, sentences?: readonly Sentence[]): Timex[] {
  const chrono = (shared ??= createChrono());
  const offset = tzOffset(input.timeZone, input.published);
  const local = new TZDate(input.published.getTime(), input.timeZone);
  const ctx: SpecContext = { dct: new UTCDate(local.getFullYear(), local.getMonth(), local.getDate()) };
  const out: Timex[] = [];
  let sentenceNo = 0;
  for (const sentence of sentences ?? splitSentences(input.text).sentences) {
    ctx.sentence = sentenceNo++;
    if (!MAY_HOLD_TIME.test(sentence.text)) continue;
    ctx.sentenceMonth = undefined;
    let results: ParsingResult[];
    try {
      results = chrono.parse(sentence.text, { instant: input.published, timezone: offset }) as ParsingResult[];
    } catch {
      continue;
    }
    const inSentence: Timex[] = [];
    let firstPoint: CalendarPoint | undefined;
    for (const r of results) {
      for (const t of resolveResult(r, ctx)) {
        // "In 2014, the polls were held between April 7 and May 12", "Last year, Eid fell on May 2":
        // a year that opens the sentence is the year of the days and months without one in it.
        const opening = sentence.text.slice(0, t.at);
        if (t.point?.unit === 'year' && LEAD_YEAR_BEFORE.test(opening) && (/^\s*,/.test(sentence.text.slice(t.at + t.length)) || /^\s*in\s+$/i.test(opening))) {
          ctx.leadYear = t.point.year;
          ctx.leadYearAt = ctx.sentence;
        }
        const start = sentence.start + t.at;
        const end = start + t.length;
        const { at: _at, length: _length, point: _point, ...timex } = t;
        if (!inSentence.length) firstPoint = t.point;
        // "went off around 7 p.m.", "at about 3:30 p.m. Sunday": an estimate of a clock time, as
        // TimeML marks it (the word itself stays outside, as for durations).
        // So is a year: "around 2025", "circa 1900".
        if ((timex.type === 'TIME' || /^\d{4}$/.test(sentence.text.slice(t.at, t.at + t.length))) && !timex.mod && APPROX_CLOCK_BEFORE.test(opening) && /^(?:\d|noon|midnight|mid-?day)/i.test(sentence.text.slice(t.at))) timex.mod = 'APPROX';
        inSentence.push({ start, end, text: input.text.slice(start, end), ...timex });
      }
    }
    // "MONDAY, APRIL 15" on a line of its own heads a timeline: its entries' clock times are of that day.
    const only = inSentence.length === 1 ? inSentence[0] : undefined;
    if (only && only.type === 'DATE' && firstPoint?.unit === 'day' && HEADING.test(sentence.text.slice(0, only.start - sentence.start) + sentence.text.slice(only.end - sentence.start))) ctx.heading = firstPoint;
    joinWeekdayRanges(inSentence, input.text, sentence, formatIsoDate(ctx.dct));
    alignMonthLists(inSentence, input.text);
    anchorDurations(inSentence, input.text);
    out.push(...inSentence);
  }
  return out;
}

type Placed = ResolvedTimex & { at: number; length: number };

/** One chrono result as one timex, or two for a range ("16-17 May" → "16" and "17 May"). */
function resolveResult(r: ParsingResult, ctx: SpecContext): Placed[] {
  const sides: { components: ParsingComponents; index: number; text: string }[] = [];
  const range = r.end ? RANGE.exec(r.text) : null;
  if (r.end && range) {
    const [, first = '', between = '', second = ''] = range;
    // chrono puts the earlier end first, and "9 p.m. Friday to 5 a.m. Saturday" reads to it as 5 a.m.
    // to 9 p.m. of one day: each side keeps the end its own words name.
    const [from, to] = fits(first, r.end) + fits(second, r.start) > fits(first, r.start) + fits(second, r.end) ? [r.end, r.start] : [r.start, r.end];
    sides.push({ components: from, index: r.index, text: first }, { components: to, index: r.index + first.length + between.length, text: second });
  } else sides.push({ components: r.start, index: r.index, text: r.text });

  const placed: Placed[] = [];
  for (const side of sides) {
    const resolved = toTimex(side.components, ctx);
    if (!resolved) continue;
    const extent = trimExtent(side.text);
    placed.push({ ...resolved, at: side.index + extent.lead, length: extent.text.length });
    remember(side.components, resolved, ctx);
  }
  // "from 10 p.m. to 5 a.m.": a range of clock times that ends before it starts runs over midnight;
  // the end is the next day, unless it names its day: then the start is the day before ("from
  // 10 p.m. until 6 a.m. on Sunday" starts on Saturday; chrono gives the start the end's day).
  const [from, to] = placed;
  if (sides.length === 2 && placed.length === 2 && from && to && from.type === 'TIME' && to.type === 'TIME' && CLOCK_VALUE.test(from.value) && CLOCK_VALUE.test(to.value) && to.value < from.value && from.value.slice(0, 10) === to.value.slice(0, 10)) {
    if (sides[1] && statesDay(sides[1].components)) shiftDay(from, -1);
    else shiftDay(to, 1);
  }
  // An unsplit range, or the two ends of one: both carry the whole span.
  if (r.end) {
    const end = sides.length === 2 ? placed[1] : toTimex(r.end, ctx);
    const first = placed[0];
    if (first?.interval && end?.interval && end.interval.end >= first.interval.start) {
      const whole: Interval = { ...first.interval, end: end.interval.end };
      delete whole.time;
      carrySpan(placed, whole);
    }
  }
  return placed;
}

/** The weekdays' names by `Date#getDay`, and a clock time with a.m. or p.m., as an end of a range names them. */
const WEEKDAY_WORDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((w) => new RegExp(`\\b${w}`, 'i'));
const CLOCK_IN_TEXT = /\b(\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?m\b/i;

/** How well the words of one end of a range name a side's components: its weekday, its hour (+1 each; -1 for another). */
function fits(text: string, c: ParsingComponents): number {
  let score = 0;
  const spec = specOf(c);
  if (spec?.kind === 'named' && spec.part.unit === 'weekday') {
    const named = WEEKDAY_WORDS.findIndex((w) => w.test(text));
    if (named >= 0) score += named === spec.part.weekday ? 1 : -1;
  }
  const clock = CLOCK_IN_TEXT.exec(text);
  if (clock && c.isCertain('hour')) score += (Number(clock[1]) % 12) + (/p/i.test(clock[2] ?? '') ? 12 : 0) === c.get('hour') ? 1 : -1;
  return score;
}

/** A TIME value of a day and a clock time ("2024-06-12T22:00"). */
const CLOCK_VALUE = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;

/** Whether a side of a range names its day (a date or a weekday), rather than taking it from the other side or the publication. */
function statesDay(c: ParsingComponents): boolean {
  const spec = specOf(c);
  return c.isCertain('day') || c.isCertain('weekday') || (spec?.kind === 'named' && (spec.part.unit === 'weekday' || spec.part.unit === 'day')) || spec?.kind === 'relative' || spec?.kind === 'point';
}

/** Moves a clock time's day, with its interval. */
function shiftDay(t: Placed, days: number): void {
  const day = addIsoDays(t.value.slice(0, 10), days);
  t.value = `${day}${t.value.slice(10)}`;
  if (t.interval) t.interval = { ...t.interval, start: day, end: day };
}

/**
 * Keeps the last point mentioned (for "a day later", "that year"; one found from the one before
 * counts too: "March 12 … The next day … That night" is the 13th's) and the period a report is
 * about (for "a year earlier", "the quarter"): the latest completed quarter or half mentioned, so
 * that a comparison with an earlier one ("after a flat second quarter") does not take its place,
 * or the year of a stretch such as "the first nine months".
 */
function remember(components: ParsingComponents, resolved: ResolvedTimex, ctx: SpecContext): void {
  const spec = specOf(components);
  if (spec?.kind === 'duration' && spec.report) {
    const current = ctx.lastQuarter ?? shiftPoint(pointContaining(ctx.dct, 'quarter'), -1);
    ctx.lastPeriod = { unit: 'year', year: 'year' in current ? current.year : ctx.dct.getFullYear() };
    return;
  }
  // "lost money in the quarter, compared with a profit a year earlier": the quarter it resolves to is what the report is about.
  // ("rose from the year-ago quarter and from the previous quarter": the year-ago one is a year
  // before it.)
  if (spec?.kind === 'anaphor' && resolved.point?.unit === 'quarter' && !ctx.lastPeriod) {
    const about = spec.yearShift ? shiftPoint(resolved.point, -spec.yearShift, 'year') : resolved.point;
    ctx.lastPeriod = about;
    // ("revenue fell from the previous quarter": the one before it.)
    ctx.last = about;
    ctx.lastStated = false;
    ctx.lastAt = ctx.sentence;
  }
  if (!resolved.point || spec?.kind === 'anaphor') return;
  if (spec?.kind === 'relative' && spec.refUnit) return;
  const p: CalendarPoint = resolved.point;
  ctx.last = p;
  ctx.lastStated = resolved.interval?.certainty === 'stated';
  ctx.lastAt = ctx.sentence;
  if (p.unit === 'day') {
    ctx.lastDay = p;
    ctx.lastDayAt = ctx.sentence;
  }
  if (pointStart(p).getTime() <= ctx.dct.getTime()) ctx.lastPast = p;
  // Reports compare a completed period with the one a year before: a quarter ahead ("losses
  // through the third quarter of 1990") is not what "the year-ago period" refers to, nor one still
  // running, unless a past-tense report names it (a fiscal quarter: "reported a decline in
  // fourth-quarter earnings" in November).
  const dct = formatIsoDate(ctx.dct);
  const reported = (spec?.kind === 'named' && components.tags().has(`${TENSE_TAG}past`) && resolved.interval !== undefined && resolved.interval.start <= dct) || (spec?.kind === 'point' && spec.fiscal === true);
  if ((p.unit === 'quarter' || p.unit === 'half') && resolved.interval && (resolved.interval.end <= dct || reported)) {
    if (ctx.lastQuarter && comparePoints(p, ctx.lastQuarter) < 0) return;
    ctx.lastQuarter = p;
    ctx.lastPeriod = p;
  }
  // A month gone by that a sentence reports on ("Exports in October climbed 18.6 percent from a year
  // earlier"): the year before, in that sentence, is that month's.
  else if (p.unit === 'month' && resolved.interval && resolved.interval.end <= dct && !ctx.lastQuarter) ctx.sentenceMonth = p;
}

/**
 * "a two-day state visit … starting on Thursday": a duration of days or weeks followed in the
 * same sentence by a day it starts on gets the span it covers (16–17 May), role `span`.
 */
function anchorDurations(timexes: Timex[], text: string): void {
  for (let i = 0; i < timexes.length; i++) {
    const d = timexes[i] as Timex;
    const m = d.type === 'DURATION' && !d.interval ? /^P(\d+)([DW])$/.exec(d.value) : null;
    if (!m) continue;
    for (let j = i + 1; j < timexes.length; j++) {
      const day = timexes[j] as Timex;
      if (day.interval?.precision !== 'day' && day.interval?.precision !== 'time') continue;
      if (!STARTING.test(text.slice(d.end, day.start))) continue;
      const n = Number(m[1]);
      const first = isoDateToDate(day.interval.start);
      const last = m[2] === 'W' ? addDays(addWeeks(first, n), -1) : addDays(first, n - 1);
      d.interval = { start: day.interval.start, end: formatIsoDate(last), precision: 'day', approximate: false, certainty: day.interval.certainty };
      d.intervalRole = 'span';
      break;
    }
  }
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday alone ("Monday", "Wednesday's"), the only kind of end whose date a range decides. */
const BARE_WEEKDAY = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
/** What joins the two weekdays of a range ("from Monday to Wednesday", "between Monday and Wednesday"). */
const WEEKDAY_JOIN = /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i;

/**
 * "from Monday to Wednesday", "Monday–Wednesday", "between Monday and Wednesday": the second
 * weekday is the first one after the first (each alone would follow the tense, and "will run from
 * Monday to Wednesday" in a Tuesday's text would end before it starts), and both carry the span.
 * A range told in the past tense that would end after publication moves back a week ("the talks
 * ran from Monday until Wednesday", published on Tuesday, were the week before). Two days
 * "between 20 and 25 June" are one span too.
 */
function joinWeekdayRanges(timexes: Timex[], text: string, sentence: Sentence, dct: string): void {
  for (let i = 0; i + 1 < timexes.length; i++) {
    const a = timexes[i] as Timex;
    const b = timexes[i + 1] as Timex;
    if (a.type !== 'DATE' || b.type !== 'DATE' || !a.interval || !b.interval || a.intervalRole || b.intervalRole) continue;
    const between = text.slice(a.end, b.start);
    const betweenAnd = /^\s*and\s*$/i.test(between) && /\bbetween\s+(?:the\s+)?$/i.test(text.slice(sentence.start, a.start));
    const wa = BARE_WEEKDAY.exec(a.text)?.[1];
    const wb = BARE_WEEKDAY.exec(b.text)?.[1];
    if (!wa || !wb) {
      // "between 20 and 25 June": two days, in order, are one span; so are two days in a row ("on May 30 and 31").
      const nextDay = /^\s*and\s*$/i.test(between) && a.interval.end === a.interval.start && addIsoDays(a.interval.start, 1) === b.interval.start;
      if ((betweenAnd || nextDay) && a.interval.precision === 'day' && b.interval.precision === 'day' && a.interval.start < b.interval.start) {
        carrySpan([a, b], { start: a.interval.start, end: b.interval.end, precision: 'day', approximate: false, certainty: a.interval.certainty });
        i++;
      }
      continue;
    }
    // "on Thursday and Friday": two days in a row are one span; "on Monday and Wednesday" two days.
    if (/^\s*and\s*$/i.test(between) && !betweenAnd) {
      if (a.interval.end === a.interval.start && addIsoDays(a.interval.start, 1) === b.interval.start) {
        carrySpan([a, b], { start: a.interval.start, end: b.interval.end, precision: 'day', approximate: false, certainty: a.interval.certainty });
        i++;
      }
      continue;
    }
    if (!WEEKDAY_JOIN.test(between) && !betweenAnd) continue;
    const days = ((WEEKDAYS.indexOf(wb.toLowerCase()) - WEEKDAYS.indexOf(wa.toLowerCase()) + 6) % 7) + 1;
    let start = a.interval.start;
    let end = addIsoDays(start, days);
    if (end > dct && start <= dct && detectTense(sentence.text, a.start - sentence.start, a.end - sentence.start) === 'past') {
      start = addIsoDays(start, -7);
      end = addIsoDays(end, -7);
    }
    a.value = start;
    b.value = end;
    carrySpan([a, b], { start, end, precision: 'day', approximate: false, certainty: a.interval.certainty });
    i++;
  }
}

/**
 * "in June, July and August": months listed together without a year are of one year, the one most
 * of them took (each was read on its own: June, a month ahead, could be this year's while July
 * and August, more than a month ahead, were last year's in a past clause).
 */
function alignMonthLists(timexes: Timex[], text: string): void {
  for (let i = 0; i < timexes.length; i++) {
    const list = [timexes[i] as Timex];
    while (i + 1 < timexes.length && MONTH_ONLY.test(list[0]!.value) && MONTH_ONLY.test(timexes[i + 1]!.value) && LIST_JOINT.test(text.slice(list[list.length - 1]!.end, timexes[i + 1]!.start))) list.push(timexes[++i] as Timex);
    // (Months named by name only: "November, and last month" is no list.)
    if (list.length < 2 || list.some((t) => t.type !== 'DATE' || t.interval?.certainty !== 'implied' || /\d|\b(?:last|next|this|month)\b/i.test(t.text))) continue;
    // "in December and January", read in March: months in order across a new year are already right.
    if (list.every((t, k) => k === 0 || t.value > (list[k - 1] as Timex).value) && monthsApart(list[0]!.value, list[list.length - 1]!.value) < 12) continue;
    const counts = new Map<string, number>();
    for (const t of list) counts.set(t.value.slice(0, 4), (counts.get(t.value.slice(0, 4)) ?? 0) + 1);
    const year = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
    for (const t of list) {
      t.value = `${year}${t.value.slice(4)}`;
      // (A month's interval lies in its year.)
      if (t.interval) t.interval = { ...t.interval, start: `${year}${t.interval.start.slice(4)}`, end: `${year}${t.interval.end.slice(4)}` };
    }
  }
}

/** Months from one "YYYY-MM" to another. */
function monthsApart(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** The ends of a range each carry the whole span (role `span`). */
function carrySpan(ends: { interval?: Interval; intervalRole?: Timex['intervalRole'] }[], whole: Interval): void {
  for (const e of ends) {
    e.interval = { ...whole };
    e.intervalRole = 'span';
  }
}

function trimExtent(text: string): { text: string; lead: number } {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead).replace(TRAILING, '');
  // "Monday's" → "Monday"
  const bare = rest.replace(/['’]s$/, '');
  return bare ? { text: bare, lead } : { text: text.replace(TRAILING, ''), lead: 0 };
}

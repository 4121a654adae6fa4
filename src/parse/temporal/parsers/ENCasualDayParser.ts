import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { modOf, partOfDayOf, PART_OF_DAY_PATTERN } from '../calendarWords.js';
import type { PartOfDay } from '../CalendarPoint.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

const OFFSET: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, tomorrow: 1, yesterday: -1, 'last night': -1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** Nouns after "today's" that make it "nowadays" rather than the publication day. */
const GENERIC = /^['’]s\s+(?:world|youth|society|generation|young|children|kids|standards|economy|market|markets|politics|culture|technology|times|age|era|america|china|europe|russia|britain|environment|climate)\b/i;

/** The preposition before a part of the day on its own ("in the morning", "by mid-afternoon"). */
const BEFORE_ALONE = /\b(?:in|by|during|until|till|through|throughout|at|from|since|for)\s+$/i;
/** A word that may follow it: a conjunction, a preposition or "to" ("in the morning to start trading"). */
const AFTER_ALONE = /^\s+(?:and|or|but|to|in|at|on|as|after|before|when|while|with|from|by|for|until|local|there|here)\b/i;

/** A bare clock hour before "in the morning": "at 4 in the morning", "at 10:30 in the evening". */
const CLOCK_BEFORE = /(?<![\w.:,$#£€-])(\d{1,2})(?::([0-5]\d))?\s+in\s+$/;

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:today|tonight|tomorrow|yesterday|last\s+night|morning|afternoon|evening|overnight)/i;

/**
 * Days named relative to the publication: "today", "yesterday", "tomorrow", "tonight" (TNI),
 * "last night", "this morning" (TMO), "yesterday afternoon" (TAF), "tomorrow night", "late
 * yesterday" (mod END), "earlier today" (START), "overnight", "the day before yesterday",
 * "mid-afternoon yesterday" (TAF, MID). A part of the day on its own after a preposition ("in the
 * morning", "by mid-afternoon") is of the day the story is on: the day mentioned last, else the
 * publication day. "today's world" (the present in general), "good evening", "the morning
 * session" and "the morning of Oct. 19" (chrono's date with its own part of the day) are not taken.
 */
export class ENCasualDayParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(early|earlier|late|later|mid)[\\s-]+)?(?:(today|tonight|tomorrow|yesterday|last\\s+night|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(${PART_OF_DAY_PATTERN}))?|(this|later\\s+this|early\\s+this|earlier\\s+this)\\s+(morning|afternoon|evening)|(overnight)` +
      `|(the\\s+)?(?:(early|late|mid)[\\s-]*)?(morning|afternoon|evening)(?:\\s+(today|yesterday|tomorrow))?)(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, partWord, dayWord, dayPart, thisWord, thisPart, overnight, the, alonePartWord, alonePart, dayAfter] = match;
    const after = context.text.slice(index + match[0].length);
    let spec: TimexSpec;
    let partOfDay: PartOfDay | undefined;
    /** "at 4 in the morning": the clock time the part of the day makes a morning or an evening one. */
    let clock: { at: number; hour: number; minute: number } | undefined;
    if (dayWord) {
      const key = dayWord.toLowerCase().replace(/\s+/g, ' ');
      // "today's world", "today's youth": the present in general, not a time of the story.
      if (key === 'today' && !partWord && !dayPart && GENERIC.test(after)) return null;
      {
        let partOfDay: PartOfDay | undefined = dayPart ? partOfDayOf(dayPart) : undefined;
        if (key === 'tonight' || key === 'last night') partOfDay = 'NI';
        spec = { kind: 'relative', unit: 'day', offset: OFFSET[key] ?? 0, anchor: 'dct' };
        if (partOfDay) spec.partOfDay = partOfDay;
      }
    } else if (thisPart) {
      spec = { kind: 'relative', unit: 'day', offset: 0, anchor: 'dct' };
      const p = partOfDayOf(thisPart);
      if (p) spec.partOfDay = p;
      const m = modOf(thisWord?.split(/\s+/)[0] === 'this' ? undefined : thisWord?.split(/\s+/)[0]);
      if (m) spec.mod = m;
    } else if (overnight) {
      // "overnight" is a time only as an adverb of when ("rose overnight"), not "an overnight stay".
      if (/^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|in|at|on|as|after|before|when|while|with|from|by)\b/i.test(after)) return null;
      spec = { kind: 'relative', unit: 'day', offset: 0, anchor: 'dct', partOfDay: 'NI' };
    } else if (alonePart) {
      partOfDay = partOfDayOf(alonePart);
      if (!partOfDay) return null;
      if (dayAfter) {
        // "mid-afternoon yesterday": the part of the day before the day.
        spec = { kind: 'relative', unit: 'day', offset: OFFSET[dayAfter.toLowerCase()] ?? 0, anchor: 'dct', partOfDay };
      } else {
        // Alone, only as the time of an event: after a preposition, with "the" or a part word
        // ("in the morning", "by mid afternoon"), and not before a noun or "of".
        if (!the && !alonePartWord && !partWord) return null;
        if (!BEFORE_ALONE.test(context.text.slice(0, index))) return null;
        if (/^\s*(?:of\b|[-\u2013\u2014]?\s*[a-z])/.test(after) && !AFTER_ALONE.test(after)) return null;
        // (Of the day told last, else of the publication: "released last month. Stocks had been lower
        // in the morning" is this morning.)
        spec = { kind: 'relative', unit: 'day', offset: 0, anchor: 'ref', partOfDay, sameDay: true };
        const c = the && !alonePartWord && !partWord ? CLOCK_BEFORE.exec(context.text.slice(0, index)) : null;
        const h = Number(c?.[1]);
        if (c && h >= 1 && h <= 12) {
          const hour = partOfDay === 'MO' ? h % 12 : h === 12 ? 12 : h + 12;
          clock = { at: c.index, hour, minute: Number(c[2] ?? 0) };
        }
      }
      const m = modOf(alonePartWord);
      if (m) spec.mod = m;
    } else return null;
    const mod = modOf(partWord);
    if (mod && spec.kind === 'relative') spec.mod = mod;
    if (clock) {
      const result = context.createParsingResult(clock.at, context.text.slice(clock.at, index + match[0].length));
      attachSpec(result, spec);
      result.start.assign('hour', clock.hour);
      result.start.assign('minute', clock.minute);
      return result;
    }
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

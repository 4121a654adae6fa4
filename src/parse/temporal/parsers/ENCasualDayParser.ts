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

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:today|tonight|tomorrow|yesterday|last\s+night|morning|afternoon|evening|overnight)/i;

/**
 * Days named relative to the publication: "today", "yesterday", "tomorrow", "tonight" (TNI),
 * "last night", "this morning" (TMO), "yesterday afternoon" (TAF), "tomorrow night", "late
 * yesterday" (mod END), "earlier today" (START), "overnight", "the day before yesterday".
 * "today's world" (the present in general) is not taken.
 */
export class ENCasualDayParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(early|earlier|late|later|mid)[\\s-]+)?(?:(today|tonight|tomorrow|yesterday|last\\s+night|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(${PART_OF_DAY_PATTERN}))?|(this|later\\s+this|early\\s+this|earlier\\s+this)\\s+(morning|afternoon|evening)|(overnight))(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, partWord, dayWord, dayPart, thisWord, thisPart, overnight] = match;
    const after = context.text.slice(index + match[0].length);
    let spec: TimexSpec;
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
    } else return null;
    const mod = modOf(partWord);
    if (mod && spec.kind === 'relative') spec.mod = mod;
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

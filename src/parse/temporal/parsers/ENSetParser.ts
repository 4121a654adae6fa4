import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_PATTERN, monthOf, partOfDayOf, PART_OF_DAY_PATTERN, SEASON_PATTERN, seasonOf, WEEKDAY_PATTERN, weekdayOf } from '../calendarWords.js';
import { NUMBER_PATTERN, parseNumber } from '../numberWords.js';
import { attachSpec, type TimexSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  bimonthly: 'P2M', quarterly: 'P1Q', yearly: 'P1Y', annually: 'P1Y', biannually: 'P6M', semiannually: 'P6M', 'semi-annually': 'P6M',
};
const UNIT: Readonly<Record<string, string>> = {
  second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', weekend: 'P1W', fortnight: 'P2W', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y', century: 'P100Y',
};
const FREQ: Readonly<Record<string, string>> = { once: '1X', twice: '2X', thrice: '3X' };

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semi-?annually|every|each|per)\b|\ban?\s+(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)\b/i;

/**
 * Recurring times (TimeML SET): "daily", "weekly", "annually" (P1Y), "every week" (P1W, quant
 * EVERY), "each year", "every two weeks" (P2W), "every Sunday" (XXXX-WXX-7), "every summer"
 * (XXXX-SU), "every March" (XXXX-03), "every morning" (XXXX-XX-XXTMO), "twice a week" (P1W, freq
 * 2X), "$5 million a year" / "per year" (P1Y). "daily" must not name a newspaper ("the Daily
 * Telegraph", "the daily Granma").
 */
export class ENSetParser implements Parser {
  private readonly re = new RegExp(
    `(?<![\\w-])(?:(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semi-?annually)` +
      `|(every|each)\\s+(?:(other)\\s+|(${NUMBER_PATTERN}|few|couple\\s+of|several)\\s+)?(?:(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?)|(${WEEKDAY_PATTERN})|(${SEASON_PATTERN})|(${MONTH_PATTERN})|(${PART_OF_DAY_PATTERN}))` +
      `|(?:(once|twice|thrice|(?:${NUMBER_PATTERN})\\s+times)\\s+)?(a|an|per)\\s+(second|minute|hour|day|night|week|month|quarter|year|decade|century))(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, adverb, every, other, countText, unitWord, weekdayWord, seasonWord, monthWord, partWord, freqWord, per, perUnit] = match;
    const before = context.text.slice(0, index);
    const after = context.text.slice(index + match[0].length);
    let spec: TimexSpec;
    if (adverb) {
      const value = ADVERBS[adverb.toLowerCase()];
      if (!value) return null;
      // "the People's Daily", "China Daily", "Al-Ahram Weekly": capitalised inside a sentence, a newspaper's name.
      if (/^[A-Z]/.test(adverb) && /[\p{L}'’]\s+$/u.test(before) && !/[.!?:]["”'’]?\s*$/.test(before)) return null;
      // Before a noun, "daily rallies", "weekly radio address" recur; "quarterly dividend",
      // "yearly report" are properties of the noun.
      if (!/^(?:daily|nightly|hourly|weekly|monthly)$/i.test(adverb) && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|in|at|on|as|after|before|from|by|since|through|until|with|for|over|during)\b/.test(after)) return null;
      spec = { kind: 'value', type: 'SET', value };
    } else if (every) {
      const quant = every.toUpperCase();
      // "every few years", "every couple of months": a recurrence at a vague spacing (PXY).
      const vague = countText !== undefined && /^(?:few|couple\s+of|several)$/i.test(countText);
      const n = other ? 2 : vague ? 1 : countText ? parseNumber(countText) : 1;
      if (n === undefined) return null;
      if (unitWord) {
        const base = UNIT[unitWord.toLowerCase().replace(/s$/, '')];
        if (!base) return null;
        // "broadcasting every minute of testimony": all of it, no recurrence.
        if (/^\s+of\s+(?!(?:the|a|an|his|her|their|its|this|that|our|my|your)\b)/i.test(after)) return null;
        // "each of the", "each day of" is fine; "each year" after a number is a rate too.
        const m = /^(PT?)(\d+)(\w)$/.exec(base);
        if (!m) return null;
        spec = { kind: 'value', type: 'SET', value: vague ? `${m[1]}X${m[3]}` : `${m[1]}${Number(m[2]) * n}${m[3]}`, quant };
      } else if (weekdayWord) {
        const d = weekdayOf(weekdayWord);
        if (d === undefined) return null;
        spec = { kind: 'value', type: 'SET', value: `XXXX-WXX-${d === 0 ? 7 : d}`, quant };
      } else if (seasonWord) {
        spec = { kind: 'value', type: 'SET', value: `XXXX-${seasonOf(seasonWord) ?? 'XX'}`, quant };
      } else if (monthWord) {
        const mo = monthOf(monthWord);
        if (!mo || !/^[A-Z]/.test(monthWord)) return null;
        spec = { kind: 'value', type: 'SET', value: `XXXX-${String(mo).padStart(2, '0')}`, quant };
      } else if (partWord) {
        spec = { kind: 'value', type: 'SET', value: `XXXX-XX-XXT${partOfDayOf(partWord) ?? 'XX'}`, quant };
      } else return null;
    } else if (per && perUnit) {
      const value = UNIT[perUnit.toLowerCase()];
      if (!value) return null;
      // "a year" is a recurrence after a frequency ("twice a week", "three times a day") or "per";
      // after an amount ("$5 million a year", "four flights a week") it is a rate, which TempEval-3
      // leaves untagged, unless of countless happenings ("hundreds of interviews a day").
      const isRate = freqWord !== undefined || /^per$/i.test(per) || /\b(?:dozens|hundreds|thousands)\s+of\s+\w+\s*$/i.test(before);
      if (!isRate || /^\s+(?:ago|earlier|later|before|after|or|and|from|of|old|long|in\s+advance)\b|^-/i.test(after)) return null;
      // "130 miles per hour", "209 km per hour", "60 beats per minute": a speed or rate.
      if (!freqWord && /\b(?:miles|kilomet(?:er|re)s|km|feet|met(?:er|re)s|knots|yards|words|beats|revolutions|litres|liters|gallons)\s*$/i.test(before)) return null;
      // "wants a second term", "runs a day trip": the unit is the noun's ordinal or modifier, no rate.
      if (!freqWord && !/^per$/i.test(per) && /^\s+(?!(?:to|in|at|on|as|for|with|by|until|since|through|during|over|under|than|if|when|while|so|because|the|a|an|each|every|more|less)\b)[a-z]/.test(after)) return null;
      spec = { kind: 'value', type: 'SET', value };
      const f = freqWord ? (FREQ[freqWord.toLowerCase()] ?? `${parseNumber(freqWord.replace(/\s+times$/i, '')) ?? 'X'}X`) : undefined;
      if (f) spec.freq = f;
    } else return null;
    const result = context.createParsingResult(index, match[0]);
    attachSpec(result, spec);
    return result;
  }
}

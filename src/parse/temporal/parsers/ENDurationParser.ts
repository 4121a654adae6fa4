import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { APPROX_PATTERN, approxModOf, CLOCK_HOURS_BEFORE } from '../calendarWords.js';
import { AMOUNT_BEFORE, NUMBER_PATTERN, parseNumber } from '../numberWords.js';
import type { TimexMod } from '../Timex.js';
import { attachSpec } from '../TimexSpec.js';
import { gatedPattern } from './gatedPattern.js';

/** TimeML unit letters (years for decades and centuries, as TimeBank writes them). */
const UNIT: Readonly<Record<string, { code: string; factor: number }>> = {
  second: { code: 'TS', factor: 1 }, minute: { code: 'TM', factor: 1 }, hour: { code: 'TH', factor: 1 },
  day: { code: 'D', factor: 1 }, night: { code: 'D', factor: 1 }, week: { code: 'W', factor: 1 },
  fortnight: { code: 'W', factor: 2 }, month: { code: 'M', factor: 1 }, quarter: { code: 'Q', factor: 1 },
  year: { code: 'Y', factor: 1 }, decade: { code: 'Y', factor: 10 }, century: { code: 'Y', factor: 100 },
};
/** What half a unit is, in a finer unit ("2 1/2 years" → P2Y6M). */
const HALF: Readonly<Record<string, string>> = { Y: '6M', D: '12H', TH: '30M', TM: '30S' };

/** Nouns after "N-year-old" that make it the age of a thing that began then, not of a person. */
const STARTED_THING =
  /^\s+(?:[\w-]+\s+)?(?:campaign|war|conflict|truce|revolt|government|regime|presidency|administration|coalition|mission|operation|movement|tenure|reign|accord|agreement|deal|programme|program|initiative|cease-?fire|dispute|crisis|ban|embargo|insurgency|uprising|blockade|siege|occupation|strike|standoff|stand-off|feud|rivalry|slump|recession|boom|moratorium|freeze|boycott|sanctions|struggle|fight|battle|offensive|invasion|rebellion|revolution|investigation|probe|inquiry|stalemate|deadlock|impasse|negotiations|talks|protests?|unrest|violence|drought|famine|epidemic|outbreak|pandemic|shutdown|lockout|curfew|lull|pause|hiatus)\b/i;

/** What before "over N units" makes it "more than" ("for over", "lasted over"); elsewhere "over" is "during". */
const OVER_AS_MORE_THAN = /\b(?:for|in|of|than|after|within|since|last|lasts|lasted|lasting|took|take|takes|taking|spent|spend|spends|spending|served|serve|serves|serving|waited|wait|waits|waiting|been|aged|lived|stayed|remained)\s+$/i;

/** The lower count of a range right before a duration ("[two to] three years", "[the next 12 to] 18 months", "[1-]2 weeks"). */
const COUNT_RANGE_BEFORE = new RegExp(String.raw`(?:^|[^\w-])((?:the\s+(?:past|last|next|coming|first)\s+)?(?!(?:a|an|single|half)\b)(${NUMBER_PATTERN}))\s*(?:to|or|-|–)\s*$`, 'i');

/** "ahead" after a vague plural unit: "the weeks ahead", "difficult months ahead". */
const AHEAD_AFTER = /^\s+ahead\b(?!\s+of\b)/i;

/** Words without which the pattern cannot match (see `gatedPattern`). */
const TRIGGER = /\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)/i;

/**
 * Durations: "two-day", "a five-day visit", "48 hours", "a fortnight", "a few weeks", "recent
 * months", "the past three months", "the past week", "the first nine months", "nearly forty
 * years" (mod EQUAL_OR_LESS), "more than a decade" (P10Y, MORE_THAN), "5 1/2 hours" (PT5H30M),
 * "now two-year-old" (P2Y, an age: the thing began then). A person's age ("a 44-year-old
 * protester", "52 years old") is not a temporal expression in TimeML and is refused, as are
 * "a second" (the ordinal) and quarters of a year named by ordinals (see the part-of-year parser).
 */
export class ENDurationParser implements Parser {
  private readonly re = new RegExp(
    // "over three weeks" is more than three weeks; "over the past week" is during it, no bound
    // ("at least the past 18 months" is one).
    `(?<![\\w-])(?:(?!(?:(?:just|well)\\s+)?(?:over|under)\\s+the\\s)(${APPROX_PATTERN})\\s+)?` +
      `(?:(the\\s+(?:past|last|next|coming|previous|first|final|latest|initial|remaining|following|same)(?:\\s+(?:few|several|couple\\s+of))?|the|another|a\\s+few|few|several|some|many|recent|coming|(?:a\\s+)?couple(?:\\s+of)?|a\\s+number\\s+of|numerous)\\s+)?` +
      `(?:((?:half\\s+an?|${NUMBER_PATTERN}|several)(?:(?:\\s+and)?\\s+(?:a\\s+half|1/2)|-and-a-half|\\s+1/2)?)[-\\s]+)?` +
      `(?:(?:more|additional|further|straight|consecutive|full|long|short|trading|business|working|calendar)\\s+)?` +
      `(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)` +
      // "year-long", and AP's closed "yearlong", "weeklong", "daylong" ("monthslong" too).
      `(?:(?:-|(?=long\\b))(old|long))?(?:\\s+and\\s+(a\\s+half))?(?![\\w-])`,
    'i',
  );

  pattern(context: ParsingContext): RegExp {
    return gatedPattern(context, TRIGGER, this.re);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const approx = match[1];
    const quantifier = match[2]?.toLowerCase().replace(/\s+/g, ' ');
    const numberText = match[3]?.toLowerCase();
    const unitWord = (match[4] ?? '').toLowerCase();
    const suffix = match[5]?.toLowerCase();
    // "a minute and a half"
    const andAHalf = match[6] !== undefined;
    const singular = unitWord === 'centuries' ? 'century' : unitWord.replace(/s$/, '');
    const unit = UNIT[singular];
    if (!unit) return null;
    const plural = unitWord !== singular;
    const after = context.text.slice(index + match[0].length);
    const before = context.text.slice(0, index);

    // A person's age is not a duration; a thing's age is ("the now two-year-old campaign").
    if (suffix === 'old') {
      if (!/\bnow[\s-]+$/i.test(before) && !STARTED_THING.test(after)) return null;
    }
    if (/^[\s-]+(?:old|older|younger|of\s+age)\b/i.test(after)) return null;
    // "the first quarter" is a date (part of a year), "a quarter of the votes" no time at all.
    if (singular === 'quarter' && (!numberText ? !quantifier || !plural : /^(?:a|an|one|single|half)$/.test(numberText))) return null;
    // "a second", "the second" are ordinals.
    if (singular === 'second' && (!numberText || /^(?:a|an|one)$/.test(numberText))) return null;
    // "60 Minutes" (a programme), "Two Days in Paris": a capitalised unit in running text is a title.
    if (/^[A-Z]/.test(match[4] ?? '') && /[a-z]{3}/.test(context.text) && index > 0 && !/[.!?]\s*["“'`]*$/.test(before)) return null;
    // "three-quarters of its food": a fraction.
    if (singular === 'quarter' && numberText && (/-quarters?$/i.test(match[0]) || /^\s+of\b/i.test(after))) return null;
    // "one day he will…" is not a duration; "the day" is the date parsers' business ("a one-day trip" is).
    // Plural "days" with no number is the vague duration of "within days", "for days" (below);
    // "in the days before the slaying" names a time around a happening, not a stretch (TimeML: a date).
    if (singular === 'day' && plural && !numberText && !quantifier && /\bthe\s+$/i.test(before) && !AHEAD_AFTER.test(after)) return null;
    if (singular === 'day' && !suffix && !quantifier && !approx && ((!numberText && !plural) || /^(?:one|a)$/.test(numberText ?? '')) && !/^\s+(?:or|and|to)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\b/i.test(after) && !/^one-day$/i.test(match[0])) {
      // ("delayed by a day", "extended by one day", "The strike will last one day": a day's length.)
      if (!/^(?:a|one)$/.test(numberText ?? '') || !/\b(?:for|within|in|over|after|than|about|took|take|takes|lasted|last|lasts|spent|spend|by)\s+$/i.test(before)) return null;
    }

    // "$2 million a year", "four flights a week": a rate (see the set parser), no stretch of time.
    if (numberText && /^an?$/.test(numberText) && !quantifier && !approx && !suffix && AMOUNT_BEFORE.test(before)) return null;
    let amount: number | 'X' | undefined;
    let half = false;
    if (numberText === 'several') {
      // "a several-year tenure"
      if (!/^several-/i.test(match[0].slice((approx ? approx.length + 1 : 0) + (match[2]?.length ?? 0)).trimStart())) return null;
      amount = 'X';
    } else if (numberText && /^half\s+an?$/.test(numberText)) {
      // "half an hour" (PT30M), "half a century" (P50Y)
      amount = 0.5;
    } else if (numberText) {
      // ("850 hours" of "0850 hours": chrono tries again one character on; the tail of a number is none.)
      if (/\d$/.test(before)) return null;
      const m = /^(.*?)(?:(?:\s+and)?\s+(?:a\s+half|1\/2)|-and-a-half)$/.exec(numberText);
      amount = parseNumber(m ? (m[1] ?? '') : numberText);
      half = m !== null || andAHalf;
      if (amount === undefined) return null;
      // "the 1990 years"? A year-like number before a unit is not a count here.
      if (typeof amount === 'number' && amount >= 1000 && amount <= 2100 && /^\d{4}$/.test(numberText) && !unit.code.startsWith('T')) return null;
      // "at 0850 hours": a clock time (see the four-digit time parser), not 850 hours.
      if (singular === 'hour' && /^\d{4}$/.test(numberText) && (numberText.startsWith('0') || CLOCK_HOURS_BEFORE.test(before))) return null;
    }
    // "cut $1.2 trillion over 10 years", "prices climbed over three months": "over" is "during" after
    // an amount or a verb of change, outside the extent and no bound; it is "more than" after
    // "for", "in", "lasted", "took" ("for over 10 years", "lasted over three hours").
    const during = approx !== undefined && /^over$/i.test(approx) && !OVER_AS_MORE_THAN.test(before);
    // "optimistic about the next 12 months", "worried about the past year": "about" before "the" is
    // the preposition, not an estimate ("about three years").
    const preposition = approx !== undefined && /^(?:about|around)$/i.test(approx) && /^the\b/i.test(quantifier ?? '');
    let mod: TimexMod | undefined = during || preposition ? undefined : approxModOf(approx);
    if (suffix === 'long' && !quantifier && (amount === undefined || /^an?$/.test(numberText ?? ''))) {
      // "day-long" (P1D), "decades-long" (vague); "a years-long dispute" is vague too, its article outside.
      amount = plural ? 'X' : 1;
    }
    if (amount === undefined) {
      if (!quantifier) {
        // A bare plural unit: "for years", "in [weeks]", "over the years", "[weeks] of tension",
        // "[months] away" (vague).
        if (!plural || !(/\b(?:for|over|within|in|after|took|take|takes|lasted|spent|follows|followed|following|(?:could|may|might|will|would|can|to|should|must)\s+last|lasts|lasting)\s+(?:the\s+)?$/i.test(before) || AHEAD_AFTER.test(after) || (!/(?:\b(?:the|early|small|wee|late|pre-?dawn|daylight|morning|evening|night|overnight|business|working|opening|visiting)|\d)\s+$/i.test(before) && singular !== 'minute' && /^\s+(?:of\s+(?!(?:the|a|an)\s+(?:week|month|year)\b)[a-z]|away\b)/i.test(after)))) return null;
        // "after the minutes of the Fed's meeting were released": a meeting's record, not a stretch
        // of time ("in the minutes before the crash" is one).
        if (singular === 'minute' && /\bthe\s+$/i.test(before) && !/^\s+(?:before|after|since|that\s+followed|leading|until|ahead|to\s+come)\b/i.test(after)) return null;
        amount = 'X';
      } else if (/^the (?:past|last|next|coming|previous|first|final|latest|initial|remaining|following|same)$/.test(quantifier)) {
        // "the past week" = P1W; "the past weeks" is vague. "the next day", "the first week of"
        // name a time, not a stretch of it.
        if (!plural && (!/^the (?:past|last)$/.test(quantifier) || /^\s+of\b/i.test(after)) && !(singular === 'fortnight' && /^the (?:next|coming)$/.test(quantifier) && !/^\s+of\b/i.test(after))) return null;
        // "at the last minute", "to the last second": an idiom.
        if (!plural && /^(?:minute|second)$/.test(singular) && /^the last$/.test(quantifier)) return null;
        amount = plural ? 'X' : 1;
      } else if (quantifier === 'the') {
        return null;
      } else if (quantifier === 'another') {
        // "could last another week", "at least another month": one more of the unit.
        if (plural || /^\s+(?:of|in|to)\b/i.test(after) || singular === 'second') return null;
        // "live to fight another day", "a debate for another day": no stretch of time; "could last another day" is.
        if (singular === 'day' && !/\b(?:last|lasts|lasted|lasting|take|takes|took|wait|waits|waited|stay|stays|stayed|remain|remains|remained|spend|spends|spent|extended|delayed|continued?|continues)\s+(?:for\s+)?(?:at\s+least\s+)?$/i.test(before) && !/^\s+or\s+(?:two|so)\b/i.test(after)) return null;
        amount = 1;
      } else if (/couple/.test(quantifier)) {
        amount = 2;
        mod ??= 'APPROX';
      } else amount = 'X';
    } else if (quantifier && /few|several|couple|number|numerous|many|recent|coming/.test(quantifier)) return null;
    if (amount === 'X' && !plural && quantifier !== undefined && !/^the /.test(quantifier)) return null;

    let value: string;
    const time = unit.code.startsWith('T');
    const letter = time ? unit.code.slice(1) : unit.code;
    if (amount === 'X') value = `P${time ? 'T' : ''}X${letter}`;
    else if (amount === 0.5 && unit.factor === 1 && HALF[unit.code]) value = `P${unit.code === 'D' || time ? 'T' : ''}${HALF[unit.code]}`;
    else {
      const n = amount * unit.factor;
      // ("a decade and a half" is P15Y: half of a unit counted in years is in years.)
      const rest = half && unit.factor === 1 ? HALF[unit.code] : undefined;
      if (half && !rest) value = `P${time ? 'T' : ''}${n + unit.factor / 2}${letter}`;
      else if (rest && unit.code === 'D') value = `P${n}DT${rest}`;
      else value = `P${time ? 'T' : ''}${n}${letter}${rest ?? ''}`;
    }
    // An age's extent is the adjective alone ("the [eight-month-old] truce"); "about" and "around"
    // stay outside a duration's extent in TimeML ("about [five hours]"), "nearly" and "more than" in.
    let lead = 0;
    // So is "the" before a hyphenated adjective ("the [14-day] truce", as TempEval-3 tags it);
    // "the nine months" keeps it.
    if (!approx && suffix === 'long' && /^an?\s/i.test(match[0])) lead = match[0].length - match[0].replace(/^an?\s+/i, '').length;
    else if (!approx && quantifier === 'the' && /^the\s+[^\s-]+-/i.test(match[0])) lead = match[0].length - match[0].slice(3).trimStart().length;
    else if (suffix === 'old' && quantifier === 'the') lead = match[0].length - match[0].slice(match[0].search(/\bthe\s+/i) + 3).trimStart().length;
    else if (approx && (during || /^(?:about|around|approximately|roughly|some)$/i.test(approx))) lead = match[0].length - match[0].slice(approx.length).trimStart().length;
    // "only [five hours]", "just [a few minutes]", "Just [over an hour]": a focus word, outside too.
    else if (approx && /^(?:only|just|barely)\b/i.test(approx)) lead = match[0].length - match[0].replace(/^(?:only|just|barely)\s+/i, '').length;
    // "a quarter of a century" (P25Y), not a century.
    if (singular === 'century' && /^an?$/.test(numberText ?? '') && /\ba\s+quarter\s+of\s+$/i.test(before)) {
      const from = before.search(/a\s+quarter\s+of\s+$/i);
      const result = context.createParsingResult(from, context.text.slice(from, index + match[0].length));
      attachSpec(result, { kind: 'duration', value: 'P25Y', ...(mod ? { mod } : {}) });
      return result;
    }
    // "two to three years", "the next 12 to 18 months", "1-2 weeks": a range of counts is one
    // duration from its lower end on, as TempEval-3 tags it ("[two to three weeks]", P2W, EQUAL_OR_MORE).
    const range = !approx && !quantifier && !suffix && !half && typeof amount === 'number' && lead === 0 && !/^\s+(?:ago|earlier|later|before|after|back|hence|from\s+now)\b/i.test(after) ? COUNT_RANGE_BEFORE.exec(before) : null;
    const low = range ? parseNumber((range[2] ?? '').toLowerCase()) : undefined;
    if (range && typeof low === 'number' && typeof amount === 'number' && low < amount && Number.isInteger(low)) {
      const from = index - range[0].length + (range[0].length - range[0].trimStart().length);
      const result = context.createParsingResult(from, context.text.slice(from, index + match[0].length));
      attachSpec(result, { kind: 'duration', value: value.replace(/\d+(?:\.\d+)?/, String(low * unit.factor)), mod: 'EQUAL_OR_MORE' });
      return result;
    }
    // "weeks or months", "days or even weeks": vague units given as alternatives are one duration, of the first.
    const alternative = amount === 'X' && !quantifier ? /^\s+or\s+(?:even\s+)?(?:seconds|minutes|hours|days|weeks|months|years|decades)\b/i.exec(after) : null;
    // "in the weeks ahead", "difficult months ahead": the stretch to come, all of it the extent (as TempEval-3 tags "the weeks ahead").
    const ahead = amount === 'X' && !quantifier && !alternative ? AHEAD_AFTER.exec(after) : null;
    const the = ahead ? /\bthe\s+$/i.exec(before) : null;
    const result = the && ahead
      ? context.createParsingResult(index - the[0].length, context.text.slice(index - the[0].length, index + match[0].length + ahead[0].length))
      : context.createParsingResult(index + lead, match[0].slice(lead) + (alternative?.[0] ?? ahead?.[0] ?? ''));
    const spec: Parameters<typeof attachSpec>[1] = { kind: 'duration', value };
    if (mod) spec.mod = mod;
    if (suffix === 'old') spec.age = true;
    // "the first nine months", "the latest six months": the part of the year a report covers.
    if (/^the(?: first| latest)?$/.test(quantifier ?? '') && singular === 'month' && typeof amount === 'number' && amount > 1 && amount < 12 && !half) spec.report = true;
    attachSpec(result, spec);
    return result;
  }
}

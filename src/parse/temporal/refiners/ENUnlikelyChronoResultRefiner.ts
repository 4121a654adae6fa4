import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { FOUR_DIGIT_ZONES, RESTATED_TIME_BEFORE } from '../calendarWords.js';
import { specOf } from '../TimexSpec.js';

/** A clock time written so that it cannot be a price or a count: "10:30", "5 p.m.", "noon", "9 o'clock". */
const CLOCK = new RegExp(String.raw`\d[:.]\d\d\s*(?:[ap]\.?m\b\.?)?|\d{4}\s*(?:${FOUR_DIGIT_ZONES})\b|\d\s*(?:[ap]\.m\.?|[ap]m\b)|o['’]clock|\bnoon\b|\bmidnight\b|\bmid-?day\b`, 'i');

/** What after a number makes it an amount, not a clock time. */
const AMOUNT_AFTER = /^\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?(?:%|(?:percent|per\s+cent|cents?|pence|a\s+share|per\s+share|million|billion|trillion|thousand|euros?|dollars?|pounds|yuan|yen|rupees?|francs?|roubles?|rubles?|points?|percentage\s+points?|basis\s+points|degrees?|times)\b)/i;
/** What after a clock time makes it a game's clock ("4:30 remaining", "12:45 of the second period"). */
const GAME_CLOCK_AFTER = /^\s+(?:left|remaining|to\s+go|to\s+play|into\s+(?:the\s+)?(?:overtime|\w+\s+(?:period|quarter|half|round))|of\s+the\s+\w+\s+(?:period|quarter|half|round)|in\s+the\s+\w+\s+(?:period|quarter|half|round))\b/i;
/** A number with a dot that is no clock time without "a.m." or "p.m.": an hour "0" or one digit after the dot ("0.15 to 0.2 degrees", "1.5"). */
const DOTTED_AMOUNT = /(?:^|[^\d.])(?:0\.\d|\d\.\d(?!\d))/;

/** A clock time written with a dot and nothing else that makes it one ("11.55", not "9.15pm", "14.30 GMT"). */
const BARE_DOTTED = /^(?:(.*?\S)\s+(?:at\s+)?)?(\d{1,2}\.\d\d)(?:\s+(?:on\s+)?(.*))?$/s;
const TIME_AFTER_DOTTED = /^\s*(?:[ap]\.?m\b|(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT)\b|local\b|hours?\b|hrs\b|h\b|\()/i;
/** What after a level says it is a price or an index ("closed at 11.55, down 2%", "at 1.02, its lowest"). */
const LEVEL_AFTER = /^\s*,?\s*(?:(?:up|down|off)\s+(?:[\d.]|a\s+)|a\s+(?:gain|loss|rise|fall|drop|decline)\b|(?:the|its|their)\s+(?:lowest|highest|best|worst|weakest|strongest)\b)/i;
/** Words of a market report, where a number with a dot is a price or a level ("The loonie was at 1.02 on Friday"). */
const MARKET_WORDS = /\b(?:stocks?|shares?|index|indexes|indices|yields?|dollar|euro|yen|sterling|pound|loonie|currenc(?:y|ies)|VIX|futures|bonds?|barrel|ounce|Nasdaq|Dow|S&P|FTSE|Nikkei|DAX|CAC|Hang\s+Seng|Kospi)\b/;

/**
 * Removes chrono's own readings that news text rarely means: prices and counts read as clock
 * times ("$1.35 a share", "from 20% to 10%", "4.6 pence", "at 2.46 billion guilders", "0.15 to 0.2
 * degrees"), "high
 * noon", fractions read as dates ("3/4 of voters", "6 1/4%"), lower-case month names ("they may",
 * "the march"), bare numbers, "midday" as an adjective ("a midday meal"), and chrono's parts of
 * the day other than noon, midday and midnight (geodigest reads those itself).
 */
export class ENUnlikelyChronoResultRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const before = context.text.slice(0, r.index);
      // "noon (11:00 GMT) on Sunday": chrono joins the time restated in another zone to the day after
      // the parenthesis; the day stays, the restated time goes (the time before takes the day).
      const restated = r.text.includes(')') && r.start.isCertain('hour') ? /^[^()]*\)\s*(?:on\s+)?(\S.*)$/s.exec(r.text) : null;
      if (restated && /\(\s*$/.test(before) && RESTATED_TIME_BEFORE.test(before)) {
        const tail = restated[1] ?? '';
        r.index += r.text.length - tail.length;
        r.text = tail;
        r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
        return true;
      }
      if (specOf(r.start)) return true;
      const text = r.text.trim();
      const after = context.text.slice(r.index + r.text.length);
      if (/^[\d\s.,]+$/.test(text)) return false;
      // The tail of a number ("25-5.50" of "5.25-5.50%"): chrono tries again one character on.
      if (/^\d/.test(text) && /\d[.,]?$/.test(before)) return false;
      // chrono's "night", "this morning": geodigest's casual-day parser reads parts of the day; only
      // "noon" and "midnight" are left to chrono.
      if (r.tags().has('parser/ENCasualTimeParser') && !/\b(?:noon|midnight|midday)\b/i.test(text)) return false;
      const hasTime = r.start.isCertain('hour');
      const hasDate = r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('weekday');
      if (hasTime && !CLOCK.test(text)) return false;
      // Prices, rates and ranges of them: "$1.35 a share", "from 5.25%", "5.25-5.50%", "11.45 euros".
      if (hasTime && !hasDate && (/[$£€¥#]\s*[\d.,]*$/.test(before) || AMOUNT_AFTER.test(after) || (DOTTED_AMOUNT.test(text) && !/\d\s*[ap]\.?m\b/i.test(text)))) return false;
      // "The VIX closed on March 14 at 11.30, the lowest since 2007", "Apple closed Monday at 11.55":
      // in a market report a number with a dot is a level; the day stays.
      const atLead = /^at\s+/i.exec(text)?.[0] ?? '';
      const dotted = hasTime && !/\d\s*[ap]\.?m\b/i.test(text) && !TIME_AFTER_DOTTED.test(after) ? BARE_DOTTED.exec(text.slice(atLead.length)) : null;
      // (Not a time told after a level: "was at 6,432.1 at 10.15".)
      const stamped = /(?:\d,\d{3}|\d\.\d+)\s+(?:at|by)\s+$/.test(`${before}${atLead}`);
      if (dotted && !stamped && (LEVEL_AFTER.test(after) || MARKET_WORDS.test(context.text))) {
        const day = dotted[1] ?? dotted[3];
        if (!hasDate || !day || (dotted[1] && dotted[3])) return false;
        r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
        if (dotted[1]) r.text = dotted[1];
        else {
          r.index += text.length - day.length + (r.text.length - r.text.trimStart().length);
          r.text = day;
        }
        return true;
      }
      // "09:15 A quick reminder", "By 11:00 a crowd had gathered": the article, not "a.m.".
      const article = /^(.*?(\d{1,2})[:.](\d\d))\s*[aA]$/.exec(text);
      if (article && /^\s+[A-Za-z]/.test(after)) {
        r.start.delete('meridiem');
        r.start.assign('hour', Number(article[2]));
        r.text = r.text.slice(0, r.text.indexOf(article[1] ?? '') + (article[1] ?? '').length);
        return true;
      }
      // "the 1963 March on Washington", "the 2013 March for Life": a year before a march's name.
      const march = /^(\d{4})\s+(?:March|May)$/.exec(text);
      if (march && /^\s+(?:for|on|of|against|to)\s+(?:the\s+)?[A-Z]/.test(after)) {
        r.start.delete(['month', 'day']);
        r.text = r.text.slice(0, r.text.indexOf(march[1] ?? '') + 4);
        return true;
      }
      // "09:30 local time (08:30 GMT)": the same time restated in another zone, untagged as TimeML does
      // (and as the four-digit "(0830 GMT)").
      if (hasTime && !hasDate && RESTATED_TIME_BEFORE.test(before)) return false;
      // A game clock and a race time: "with 4:30 remaining", "2:14 left in the third quarter", "at
      // 12:45 of the second period", "3:12 into overtime", "finished in 2:21:45".
      if (hasTime && !hasDate && /^(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?$/.test(text) && (GAME_CLOCK_AFTER.test(after) || /^\d{1,2}:\d\d:\d\d$/.test(text))) return false;
      // "a midday meal": an adjective, not the time.
      if (/^mid-?day$/i.test(text) && /^\s+[a-z]/.test(after) && !/^\s+(?:on|and|or|to|in|at|as|after|before|when|while|with|from|by|today|tomorrow|yesterday)\b/.test(after)) return false;
      // "High Noon" (the film), "high noon" (the figure of speech).
      if (/^noon$/i.test(text) && /\bhigh\s+$/i.test(before)) return false;
      // "3/4 of voters", "6 1/4%": a slash date needs a year.
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) return false;
      // A month in lower case is a verb or a noun ("may rise", "the march").
      if (/^(?:may|march)$/i.test(text) && !/^[A-Z]/.test(text)) return false;
      // "… and 30 may attend", "10 march on": a number before the verb is no day of the month.
      if (/^\d{1,2}(?:st|nd|rd|th)?\s+(?:may|march)$/.test(text)) return false;
      return true;
    });
  }
}

import type { PartOfDay, Season } from './CalendarPoint.js';
import type { TimexMod } from './Timex.js';

/**
 * The calendar vocabulary of news English shared by geodigest's parsers: month, weekday, season
 * and part-of-day names, and the words that pick part of a period ("early", "the end of").
 */

/** Month names and their abbreviations ("Sept.", "Aug"); "May" and "March" need care (verbs). */
export const MONTH_PATTERN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.|jul\\.|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** The month number (1–12) of a month name or abbreviation. */
export function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().slice(0, 3)];
}

/** Weekday names and dotted abbreviations. */
export const WEEKDAY_PATTERN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\\.|tues?\\.|wed\\.|thur?s?\\.|fri\\.|sat\\.|sun\\.)';

const WEEKDAYS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** The weekday (0 = Sunday … 6 = Saturday) of a weekday name. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().slice(0, 3)];
}

/** Season names. */
export const SEASON_PATTERN = '(?:spring|summer|fall|autumn|winter)';

/** The TimeML season code of a season name. */
export function seasonOf(word: string): Season | undefined {
  return ({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' } as const)[word.toLowerCase() as 'spring'];
}

/** Parts of the day. */
export const PART_OF_DAY_PATTERN = '(?:morning|afternoon|evening|night|overnight)';

/** The TimeML code of a part of the day. */
export function partOfDayOf(word: string): PartOfDay | undefined {
  return ({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI' } as const)[word.toLowerCase() as 'morning'];
}

/** Words before a period that pick part of it ("early", "late", "mid-", "the end of"). */
export const PART_WORD_PATTERN =
  '(?:(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|close|dawn|turn)\\s+of(?:\\s+the)?|earlier|later|early|late|mid|middle|(?:end|start)(?=-))';

/**
 * The TimeML `mod` of a part word: "early"/"earlier"/"the beginning of"/"start-" START,
 * "late"/"later"/"the end of"/"end-" END, "mid"/"the middle of" MID; "the turn of" START
 * (the turn of the 20th century is about 1900, the start of it).
 */
export function modOf(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/mid|middle/.test(w)) return 'MID';
  if (/early|earlier|beginning|start|dawn|turn/.test(w)) return 'START';
  if (/late|later|end|close/.test(w)) return 'END';
  return undefined;
}

/** Words that make a quantity approximate or bounded ("about", "more than", "nearly"). */
export const APPROX_PATTERN =
  '(?:about|around|approximately|roughly|some|nearly|almost|close\\s+to|up\\s+to|as\\s+many\\s+as|as\\s+much\\s+as|as\\s+long\\s+as|at\\s+least|at\\s+most|no\\s+more\\s+than|no\\s+less\\s+than|more\\s+than|less\\s+than|fewer\\s+than|over|under|just\\s+over|just\\s+under|well\\s+over|only|barely|just)';

/** The TimeML `mod` of an approximation word ("nearly" EQUAL_OR_LESS, "more than" MORE_THAN). */
export function approxModOf(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:about|around|approximately|roughly|some)$/.test(w)) return 'APPROX';
  if (/^(?:nearly|almost|close to|up to|as many as|as much as|as long as|at most|no more than|just under|under)$/.test(w)) return 'EQUAL_OR_LESS';
  if (/^(?:at least|no less than)$/.test(w)) return 'EQUAL_OR_MORE';
  if (/^(?:more than|over|just over|well over)$/.test(w)) return 'MORE_THAN';
  if (/^(?:less than|fewer than)$/.test(w)) return 'LESS_THAN';
  return undefined;
}

/**
 * What before a clock time in brackets shows it restates the time just told in another zone ("9
 * a.m. (0700 GMT)", "09:30 local time (08:30 GMT)"): TimeML leaves the restatement untagged.
 */
export const RESTATED_TIME_BEFORE = /(?:\d[:.]\d\d|\d\s*[apAP]\.?[mM]\.?|\btime|\b(?:noon|midnight|midday)|\b[A-Z]{2,4}|\d{4}\s*(?:GMT|UTC))\s*\(\s*$/;

/** What follows a four-digit clock time as wires write it: a zone, "hrs", "hours", "local time" ("0700 GMT", "1530 IST", "0850 hours"). */
export const FOUR_DIGIT_ZONES = String.raw`GMT|UTC|Z|hrs|hours|local\s+time|IST|BST|JST|KST|HKT|SGT|PKT|WIB|MSK|CES?T|EES?T|AES?T|AEDT`;

/** Words before a four-digit number and "hours" that make it a clock time ("at 2200 hours"), not a count ("1500 hours of service"). */
export const CLOCK_HOURS_BEFORE = /\b(?:at|by|until|till|from|before|after|around|about|between|since)\s+$/i;

/** A verb of saying or knowing right before "that", which is then a conjunction: "said that summer school would close", "knew that night shifts were hard". */
export const THAT_CONJUNCTION_BEFORE = /\b(?:said|says|say|told\s+\w+|tells\s+\w+|added|noted|argued|insisted|claimed|warned|announced|reported|believed?|believes|thinks?|thought|knows?|knew|found|finds|showed|shows|suggests?|suggested|means?|meant|hopes?|hoped|fears?|feared|realized|realised|admitted|agreed|decided|ensure[sd]?|so)\s+$/i;

/** A noun right after a period word, which makes that word a modifier after the conjunction "that" ("said that summer school would close"). */
export const NOUN_AFTER_THAT = /^\s+(?!(?:that|he|she|they|it|we|i|you|was|were|is|are|had|has|have|would|will|the|a|an|to|in|on|at|by|for|with|and|but|or|of|after|before|when|while|as)\b)[a-z]/;

/** Where a year's end named in a past-tense clause is the last one ("had $4 billion at year-end"); "by year-end" is a goal. */
export const GONE_BEFORE = /\b(?:at|as\s+of|since|in|towards?)\s+(?:the\s+)?$/i;

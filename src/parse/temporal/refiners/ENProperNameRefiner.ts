import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTH_PATTERN } from '../calendarWords.js';

/** Newspapers and programmes named with "on" and a weekday ("The Mail on Sunday", "Independent on Sunday"). */
const PAPER_ON = /\b(?:Sun|Mail|Independent|Express|Mirror|Telegraph|Herald|Post|Times|Observer|Record)\s+on\s+$/;
/** A capitalised word that starts a name going on after a time word ("Daily Mail", "Summer Olympics", "Winter Storm Jonas"). */
const NAME_GOES_ON = new RegExp(String.raw`^\s+(?!(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|And|But|Or|As)\b)\p{Lu}[\p{L}'’-]*`, 'u');
/** Words before a month or season that make it a time ("in April", "last Summer", "The Spring of 2020" aside). */
const CUE_BEFORE = /\b(?:in|since|by|until|from|through|during|of|last|next|this|early|late|mid|end|and|or|to|between|before|after|on|for|each|every|that)\s+$/i;
/** What turns a holiday into the name of something else ("the Good Friday Agreement", "the Tet Offensive", "the Easter Rising", "the Yom Kippur War"). */
const HOLIDAY_NAMED = /^\s+(?:Agreement|Accords?|Offensive|War|Massacre|Rising|Uprising|Revolution|Treaty|Truce|Island|Islands|Parade|Bombing|Bombings)\b/;

/** A month and day alone ("March 14", "26th of July"), and a month alone. */
const MONTH_DAY = new RegExp(String.raw`^(?:${MONTH_PATTERN}\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+of\s+${MONTH_PATTERN})$`, 'i');
const MONTH_ALONE = new RegExp(String.raw`^${MONTH_PATTERN}$`, 'i');

/** What a result must hold to be part of a name below: a capitalised time word, or a day or years before "War". */
const CANDIDATE = /^(?:the\s+|on\s+)?[A-Z]|Day$|Years?$|^the\s+(?:Week|Month|Year|Decade|Century)$|^\d{4}$|^\d+(?:st|nd|rd|th)\s+(?:Century|of\s+[A-Z])/;
/** A company's suffix after a name ("Tuesday Morning Corp.", "21st Century Fox", "Summer Infant Inc."). */
const COMPANY_AFTER = /^\s+(?:Corp\b|Corporation\b|Inc\b|Co\.|Ltd\b|LLC\b|[Pp]lc\b|Holdings\b|Fox\b)/;

/**
 * Time words that are part of a proper name: newspapers and programmes ("the Daily Mail", "the
 * Weekly Standard", "The Mail on Sunday", "Fox News Sunday", "BBC Radio 4's Today programme"),
 * events ("the Summer Olympics", "the Winter Games", "the Good Friday Agreement", "the Six-Day War",
 * "the Hundred Years' War"), people and storms ("Summer Zervos", "Winter Storm Jonas"), companies
 * ("Tuesday Morning Corp.", "21st Century Fox") and programmes ("Vision 2030"). TimeML does not tag them.
 */
export class ENProperNameRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const text = r.text.trim();
      // Most results hold none of these words: leave them at once.
      if (!CANDIDATE.test(text)) return true;
      const before = context.text.slice(0, r.index);
      const after = context.text.slice(r.index + r.text.length);
      // "Daily Mail", "Weekly Standard", "Evening Standard": a capitalised frequency or part of day before a name.
      if (/^(?:Daily|Weekly|Monthly|Nightly|Evening|Morning)$/.test(text) && NAME_GOES_ON.test(after)) return false;
      // "the Summer Olympics", "Winter Storm Jonas", "Summer Zervos": a capitalised season inside a name.
      if (/^(?:[Tt]he\s+)?(?:Summer|Winter|Spring|Autumn|Fall)$/.test(text)) {
        if (/^\s+(?:Olympics?|Games|Paralympics?|Universiade)\b/.test(after)) return false;
        // "Summer Lee won", "The Spring Budget", "Donna Summer died".
        if (NAME_GOES_ON.test(after) && (/[\p{Ll},]\s*$/u.test(before) || /^\s*["“‘']?\s*$/.test(before))) return false;
        if (/\b\p{Lu}\p{Ll}+\s+$/u.test(before) && !CUE_BEFORE.test(before)) return false;
      }
      // "April Ryan", "June Carter", "August Wilson": a month before a name, with no preposition before it ("In April Trump visited").
      if (/^(?:January|February|April|June|July|August|September|October|November|December)$/.test(text) && NAME_GOES_ON.test(after) && !CUE_BEFORE.test(before) && !/^\s+\d/.test(after)) return false;
      // "USA Today", "HBO Now", "CBS This Morning", "The Tonight Show", "Entertainment Weekly".
      if (/^(?:Today|TODAY|Now|NOW)$/.test(text) && /\b(?:USA|HBO|NBC['’]s|Apple\s+TV)\s+$/.test(before)) return false;
      if (/^(?:This\s+Morning|Tonight)$/.test(text) && (/\b(?:CBS|ITV|The)\s+$/.test(before) || /^\s+Show\b/.test(after))) return false;
      if (/^(?:Weekly|Daily|Monthly)$/.test(text) && /\b(?:Entertainment|Publishers|Business|Investor['’]s|Jewish|Catholic|Evening|The)\s+$/.test(before)) return false;
      // "Monday Night Football", "Saturday Night Live", "Friday Night Lights".
      if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+Night$/.test(text) && /^\s+(?:Football|Live|Lights|Baseball|Raw|SmackDown|Fights?)\b/.test(after)) return false;
      // "Player of the Week", "Teacher of the Year", "Person of the Year": an award.
      if (/^the\s+(?:Week|Month|Year|Decade|Century)$/.test(text) && /\b\p{Lu}\p{L}+\s+of\s+$/u.test(before)) return false;
      // "Midnight Oil" (the band), "Midnight Express".
      if (/^Midnight$/.test(text) && /^\s+(?:Oil|Express|Cowboy|Run)\b/.test(after)) return false;
      // "the March 14 coalition", "Lebanon's March 8 alliance", "the April 6 Youth Movement", "the 26th of
      // July Movement", "Black September": a date that names a movement.
      if (MONTH_DAY.test(text) && /^\s+(?:[Yy]outh\s+)?(?:coalition|alliance|[Mm]ovement|bloc|camp|[Gg]roup|[Ff]orces|[Rr]evolution)\b/.test(after)) return false;
      if (MONTH_ALONE.test(text) && /\bBlack\s+$/.test(before)) return false;
      // "May's deal", "May's government": Theresa May, not the month ("May's jobs report" stays a month).
      if (text === 'May' && /^['’]s\s+(?:(?:Brexit|withdrawal|draft|own|new)\s+)?(?:deal|government|cabinet|allies|aides|spokesman|spokeswoman|premiership|plan|team|party|successor|resignation|leadership|administration|ministers|critics|office|authority|Chequers|speech|strategy|red\s+lines)\b/.test(after)) return false;
      // "Tuesday Morning Corp.", "21st Century Fox".
      if (/^[A-Z\d]/.test(text) && /[A-Za-z]$/.test(text) && COMPANY_AFTER.test(after)) return false;
      // "Vision 2020", "Agenda 2030", "its 2020 Vision plan": a year naming a programme.
      if (/^\d{4}$/.test(text) && (/\b(?:Vision|Agenda)\s+$/.test(before) || /^\s+(?:Vision|Committee|Group|Club|Society)\b/.test(after))) return false;
      // "the Year 10 pupils": a school year.
      if (/^[Tt]he\s+Year$/.test(text) && /^\s+\d/.test(after)) return false;
      // "Monday.com"
      if (/^\.com\b/.test(after)) return false;
      // "The Mail on Sunday", "Fox News Sunday", "Meet the Press on Sunday" stays a day.
      if (/^(?:on\s+)?(?:Sunday|Saturday)$/.test(text) && (PAPER_ON.test(before) || /\bNews\s+$/.test(before) || /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Mail|People|Star|World|Night\s+Live)\b/.test(after))) return false;
      // "BBC One's Sunday Politics", "the Saturday Guardian", "World News Tonight": a programme or a
      // newspaper's edition.
      if (/^(?:Sunday|Saturday|Friday)$/.test(text) && /^\s+(?:Politics|Guardian|Review|Supplement|Magazine|Edition|Brunch|Morning\s+Live|Live|Night\s+Dinners?)\b/.test(after)) return false;
      if (/^Tonight$/.test(text) && /\b(?:News|World|Business|Nightline)\s+$/.test(before)) return false;
      // "the Today programme", "NBC's Today show".
      if (/^Today$/.test(text) && (/^\s+(?:programme|program|show)\b/i.test(after) || /['’]s\s+$/.test(before))) return false;
      // "the Good Friday Agreement", "the Tet Offensive".
      if (HOLIDAY_NAMED.test(after) && /^[A-Z]/.test(text)) return false;
      // "told The Weekend Australian": a newspaper.
      if (/^The\s+Weekend$/.test(text) && /^\s+(?:Australian|Edition|Post|FT)\b/.test(after)) return false;
      // "The Hundred Days", "The Hundred Days' Offensive": a period's name, capitalised.
      if (/^The\s+(?:Hundred|Thousand)\s+Days$/.test(text)) return false;
      // "the Six-Day War", "the Hundred Years' War", "the Thirty Years War".
      if (/^['’]?\s+War\b/.test(after) && /(?:Day|Years?['’]?)$/.test(text)) return false;
      return true;
    });
  }
}

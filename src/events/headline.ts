import { datelineLength } from '../parse/datelineLength.js';
import type { EventStatus } from './Event.js';
import { presentTense } from './presentTense.js';

/** Articles, prepositions and conjunctions: what a headline's own words never end on. */
const JOINING = 'a|an|the|of|to|in|on|at|for|from|with|by|and|or|but|as|his|her|its|their|after|before|since|between|into|over';
/** Where words were cut off after a joining word ("… to victims and"). */
const CUT_AFTER = new RegExp(`\\s+(?:${JOINING})$`, 'i');
/** Words a headline cut at MAX_WORDS may not end on: also "that", "which", "who" (a whole headline may end on "that": "we can handle that"). */
const DANGLING = new RegExp(`\\s+(?:${JOINING}|that|which|who)$`, 'i');
const MAX_WORDS = 16;
/** A pronoun subject of reported speech, before its verb ("said it would", "that they will"). */
const PRONOUN_SUBJECT = String.raw`(?:^|\S)\s+(?:that\s+)?(?:it|he|she|they|we)`;
/** "would" after such a pronoun, kept as "will". */
const WOULD_AFTER_PRONOUN = new RegExp(String.raw`(?<=${PRONOUN_SUBJECT})\s+would\s+(?!not\b)`, 'gi');
/** Any other "will", "shall", "would": the headline's "to". */
const MODAL_TO = new RegExp(String.raw`(?<!${PRONOUN_SUBJECT})\s(?:will|shall|would)\s+(?:also\s+|now\s+|then\s+)?(?!not\b)`, 'gi');
/** Endings whose last small word belongs to the verb: "if they have to", "to be sworn in", "takes over". */
const COMPLETE_ENDING = /\b(?:(?:have|has|had|want|wants|need|needs|going|ought|used|able|plans?|expects?|tries|try)\s+to|(?:sworn|swore|swear|swears|take|takes|took|taken|hand|hands|handed|step|steps|stepped|move|moves|moved|carry|carries|carried|go|goes|went|come|comes|came|sign|signs|signed|turn|turns|turned|give|gives|gave|given|hold|holds|held|stand|stands|stood|pass|passes|passed|pull|pulls|pulled|kick|kicks|kicked|log|logs|logged|sit|sits|sat|weigh|weighs|weighed|cave|caves|caved|close|closes|closed)\s+(?:in|on|over|by))$/i;

/** How to read the words. */
export interface HeadlineOptions {
  /** False when the words are a noun phrase ("Russia's war against Ukraine"): no verb to put in the present. */
  verbal?: boolean;
}

/**
 * Turns the words of an event's clause (names already in their display form, dates already cut)
 * into a news headline, using only the text's own words: "will make" → "to make", "is expected
 * to sign" → "to sign", past and perfect verbs in the present ("returned" → "returns", see
 * `presentTense`), "was sworn in" → "sworn in", articles and possessive pronouns
 * dropped, long clauses cut at a word boundary with an ellipsis.
 *
 * @example
 * headline('Putin will make a two-day state visit to China', 'scheduled') //=> 'Putin to make two-day state visit to China'
 * headline('Mr Xi returned from a five-day visit to Europe', 'past') //=> 'Mr Xi returns from five-day visit to Europe'
 */
export function headline(words: string, status: EventStatus, options: HeadlineOptions = {}): string {
  let s = ` ${words.replace(/``|''/g, '"').replace(/\s+/g, ' ').trim()} `;
  // Wire datelines: "O'SMACH, Cambodia (AP)_ The top commander …", "NICOSIA, March 22 (Example
  // Wire) - …" (its date may be cut already: "NICOSIA, (Example Wire) -").
  s = ` ${s.trim().slice(datelineLength(s.trim()))} `;
  // What a cut date leaves at the start: ", the Slepian family sent …".
  s = s.replace(/^\s*[,;:]\s*/, ' ');
  // An adverb of sequence before the verb tells of other times, not of this one: "Blinken last
  // visited the region" → "Blinken visits region", "he first met Xi" → "meets Xi".
  s = s.replace(/(?<=\p{L}['’]?\s)(?<!\b(?:the|a|an|his|her|its|their)\s)(?:last|first|previously|once|recently)\s+(?=\p{Ll}+ed\b|(?:met|went|came|saw|spoke|took|held|won|lost|flew)\b)/giu, '');
  // Sentence adverbs are not news: "Meantime, FBI agents scanned …".
  s = s.replace(/^\s*(?:Meantime|Meanwhile|However|Still|Also|Now|Then|Separately|Earlier|Later|Instead|Moreover|Indeed|But|And|So)\s*,?\s+/i, ' ');
  const passive = /\s(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|sworn|held|hit|shot|struck|built|sent|seen|put|set|cut|led|told|given|taken|found|brought|caught|sold|won|lost|met|made)\b/i.test(s);
  // Reported speech keeps its pronoun's "will": "Germany announced it would send" → "Germany announces it will send".
  s = s.replace(WOULD_AFTER_PRONOUN, ' will ');
  // Modality: the headline "to" future.
  const before = s;
  s = s
    .replace(MODAL_TO, ' to ')
    .replace(/\s(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:expected|due|set|scheduled|slated|poised|planning|preparing|going|about)\s+to\s/gi, ' to ')
    .replace(/\s(?:is|are)\s+to\s/gi, ' to ')
    .replace(/(?<!\s(?:a|an|the|its|his|her|their|\w+ed))\s(?:plans?|intends?|aims?)\s+to\s/gi, ' to ');
  const future = s !== before;
  // Passives read without their auxiliary: "was sworn in" → "sworn in".
  s = s.replace(/(?<!\s(?:that|which|who))\s(?:was|were|has been|have been|had been|is being|are being)\s+(?=(?:\w+ly\s+)?(?:\w+(?:ed|en)|sworn|held|hit|shot|struck|built|sent|seen|put|set|cut|led|told|given|taken|found|brought|caught|sold|won|lost|met|made)\b)/gi, ' ');
  if (status !== 'scheduled' && !passive && options.verbal !== false && !future) s = ` ${presentTense(s.trim())} `;
  s = s
    .replace(/\s(?:a|an)\s+(?=\S)/g, ' ')
    .replace(/^\s*(?:The|A|An)\s+/, ' ')
    .replace(/^\s*(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?=\p{Lu})/u, ' ')
    .replace(/\sthe\s+(?!West\b|Hague\b)/g, ' ')
    .replace(/(\S\s+\S+\s)(?:his|her|its|their)\s+/g, '$1')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/[\s,;:.!?–—-]+$/, '');
  s = balanceQuotes(s);
  // Words cut off after a joining word ("… to victims and"): the headline stops before it, and says so.
  if (CUT_AFTER.test(s) && !COMPLETE_ENDING.test(s) && s.split(' ').length <= MAX_WORDS) s = stopBefore(s, CUT_AFTER);
  const tokens = s.split(' ');
  if (tokens.length > MAX_WORDS) {
    let cut = tokens.slice(0, MAX_WORDS).join(' ');
    const comma = cut.lastIndexOf(',');
    if (comma > cut.length / 2) cut = cut.slice(0, comma);
    s = stopBefore(cut, DANGLING);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words that stop short: without the joining words they end on, and with an ellipsis that says so. */
function stopBefore(s: string, dangling: RegExp): string {
  let out = s;
  while (dangling.test(out)) out = out.replace(dangling, '');
  return `${balanceQuotes(out.replace(/[\s,;:]+$/, ''))}…`;
}

/** Drops a quotation mark left open by a cut. */
function balanceQuotes(s: string): string {
  let out = s;
  for (const [open, close] of [['“', '”'], ['"', '"'], ['‘', '’']] as const) {
    if (open === close) {
      if ((out.split(open).length - 1) % 2) out = out.replace(new RegExp(`${open}(?=[^${open}]*$)`), '');
    } else if ((out.split(open).length - 1) > (out.split(close).length - 1)) {
      const i = out.lastIndexOf(open);
      out = out.slice(0, i) + out.slice(i + 1);
    }
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

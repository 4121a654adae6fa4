import type { Sentence } from './Sentence.js';
import { isDebris } from './isDebris.js';

/** Sentences of a text, and the debris lines left out. */
export interface SentenceSplit {
  sentences: Sentence[];
  /** Lines dropped as page debris ("– Advertisement –"), with their offsets. */
  dropped: Sentence[];
}

/** Abbreviations after which a period never ends a sentence (titles before a name). */
const ALWAYS_JOIN = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Hon|Pres|St|Sr|Jr|Mt|No|Nos|vs|cf|etc|approx|ca|Fig|Vol|Ch|Art|Sec|Dept|Corp|Inc|Ltd|Co|Bros)\.\s*$/;
/** Abbreviations that end a sentence only when a capitalised word follows that is not a continuation. */
const JOIN_BEFORE_LOWER = /(?:^|[\s(“"‘'])(?:(?:[A-Z]\.){2,}|[ap]\.m\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.k\.a)\.?\s*$/;
/**
 * What may follow "p.m." in the same expression: a zone ("EDT", "ET", "Eastern time", "New York
 * time", "Eastern"), a weekday, a month and day, "today" ("at 10 p.m. Wednesday").
 */
const CLOCK_CONTINUATION = /^(?:[A-Z]{1,4}T\b|GMT\b|UTC\b|(?:Eastern|Pacific|Central|Mountain|Atlantic)\b|(?:[A-Z][a-z]+\s+){1,2}time\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:today|tomorrow|tonight|yesterday)\b)/;
/** A month abbreviation followed by a day ("Jan. 5") continues the sentence. */
const MONTH_ABBR = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits article text into sentences with their offsets, using `Intl.Segmenter` and re-joining
 * after abbreviations ("Mr.", "Dr.", "U.S.", "p.m.", "Jan."; "10 p.m. Wednesday", "5 p.m. EST"). Lines of page debris are dropped and
 * reported. Curly quotes and dashes are kept as they are.
 *
 * @param text the article text
 * @param from offset to start at (e.g. after the title line)
 * @example
 * splitSentences('Mr. Putin left. He said so.').sentences.map((s) => s.text)
 * //=> ['Mr. Putin left.', 'He said so.']
 */
export function splitSentences(text: string, from = 0): SentenceSplit {
  const sentences: Sentence[] = [];
  const dropped: Sentence[] = [];
  // Paragraphs first: chrono and the segmenter stay linear, and debris is line-shaped.
  const lineRe = /[^\n]+/g;
  lineRe.lastIndex = from;
  let pending: Sentence | undefined;
  const flush = () => {
    if (pending) sentences.push(pending);
    pending = undefined;
  };
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    if (isDebris(line)) {
      flush();
      dropped.push(trimmed(line, m.index));
      continue;
    }
    for (const seg of segmenter.segment(line)) {
      const s = trimmed(seg.segment, m.index + seg.index);
      if (!s.text) continue;
      if (pending && continues(pending.text, s.text)) {
        pending = { text: text.slice(pending.start, s.end), start: pending.start, end: s.end };
      } else {
        flush();
        pending = s;
      }
    }
    flush();
  }
  flush();
  return { sentences, dropped };
}

/** Words that start a new sentence after an initialism ("… in the U.S. The talks …"); other capitals continue it ("the U.S. Embassy"). */
const STARTERS = /^(?:The|A|An|He|She|It|They|We|I|You|In|On|At|But|And|Or|So|This|That|These|Those|There|Then|When|While|After|Before|If|As|Its|His|Her|Their|Our|Mr|Mrs|Ms|Dr|Officials?|Police)\b/;

function continues(previous: string, next: string): boolean {
  if (ALWAYS_JOIN.test(previous)) return true;
  if (/(?:^|[\s(“"‘'])(?:[A-Z]\.){2,}\s*$/.test(previous) && /^\p{Lu}/u.test(next) && !STARTERS.test(next)) return true;
  if (MONTH_ABBR.test(previous) && /^\d/.test(next)) return true;
  if (/\b[ap]\.m\.\s*$/i.test(previous) && CLOCK_CONTINUATION.test(next)) return true;
  if (JOIN_BEFORE_LOWER.test(previous)) return /^[a-z\d(,;]/.test(next);
  return false;
}

function trimmed(segment: string, offset: number): Sentence {
  const lead = segment.length - segment.trimStart().length;
  const t = segment.trim();
  return { text: t, start: offset + lead, end: offset + lead + t.length };
}

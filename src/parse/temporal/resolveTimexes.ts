import type { Chrono, ParsingResult } from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { splitSentences } from '../splitSentences.js';
import type { Sentence } from '../Sentence.js';
import { createChrono } from './createChrono.js';
import type { Timex, TimexInput } from './Timex.js';
import { toTimex } from './toTimex.js';

let shared: Chrono | undefined;

/** Leading words that TimeML leaves out of an expression's extent ("on Thursday" → "Thursday"). */
const LEADING = /^(?:(?:on|in|at|by|during|for|from|since|until|till|of|the)\s+)+/i;
const TRAILING = /[\s,.;:!?'’"”)]+$/;

/**
 * Finds every temporal expression in a text and resolves it against the publication instant in
 * the article's IANA time zone: TIMEX3 type, value and mod, and the interval of days it names.
 * The text is parsed sentence by sentence (chrono is quadratic on one long string), and the
 * result does not depend on the machine's `TZ`.
 *
 * @example
 * resolveTimexes({ text: 'He will visit on Thursday.', published: new Date('2024-05-14T12:00:00Z'), timeZone: 'Europe/London' })
 * //=> [{ start: 17, end: 25, text: 'Thursday', type: 'DATE', value: '2024-05-16', interval: {…} }]
 */
export function resolveTimexes(input: TimexInput, sentences?: readonly Sentence[]): Timex[] {
  const chrono = (shared ??= createChrono());
  const offset = tzOffset(input.timeZone, input.published);
  const local = new TZDate(input.published.getTime(), input.timeZone);
  const ref = { day: new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 'UTC') };
  const out: Timex[] = [];
  for (const sentence of sentences ?? splitSentences(input.text).sentences) {
    let results: ParsingResult[];
    try {
      results = chrono.parse(sentence.text, { instant: input.published, timezone: offset }) as ParsingResult[];
    } catch {
      continue;
    }
    for (const r of results) {
      const resolved = toTimex(r, ref);
      if (!resolved) continue;
      const extent = trimExtent(r.text);
      const start = sentence.start + r.index + extent.lead;
      const end = start + extent.text.length;
      out.push({ start, end, text: input.text.slice(start, end), ...resolved });
    }
  }
  return out;
}

function trimExtent(text: string): { text: string; lead: number } {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead).replace(TRAILING, '');
  // "Monday's" → "Monday"
  const bare = rest.replace(/['’]s$/, '');
  return bare ? { text: bare, lead } : { text: text.replace(TRAILING, ''), lead: 0 };
}

import { addDays, getDay } from 'date-fns';
import type { Sentence } from '../parse/Sentence.js';
import type { Timex } from '../parse/temporal/Timex.js';
import { formatIsoDate, isoDateToDate, type IsoDate } from '../time/isoDate.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const BARE_WEEKDAY = /^(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
/** A date label that opens a line of a diary: "Monday:", "Thursday, May 23 –". */
const LABEL_AFTER = /^\s*(?::|–|—|-\s)/;

/** Temporal expressions as the events stage reads them, and the labels that date whole lines. */
export interface AdjustedTimexes {
  timexes: Timex[];
  /** Sentence start offset → the label timex that governs it (diary lines). */
  labels: Map<number, Timex>;
}

/**
 * Corrections the events stage makes to the resolver's weekdays, for two news conventions:
 * - a bare weekday in the past tense that is the publication's own weekday means that day
 *   ("Wang said on Wednesday" in a Wednesday article), not a week earlier;
 * - in a diary, lines opened by a date label ("Monday: …", "Thursday, May 23: …") list what is
 *   ahead in order, so each bare weekday label is the first such day after the previous label
 *   (the first on or after publication), and the label dates every sentence of its line.
 * Explicit dates are never changed.
 *
 * @example
 * // published Sunday 19 May 2024: "Monday: …" → 20 May, "Tuesday: …" → 21 May, "Sunday: …" → 26 May
 */
export function adjustTimexes(text: string, sentences: readonly Sentence[], timexes: readonly Timex[], published: IsoDate): AdjustedTimexes {
  const out = timexes.map((t) => ({ ...t }));
  const pubDay = isoDateToDate(published);
  // Same-weekday "said on Wednesday".
  for (const t of out) {
    const m = BARE_WEEKDAY.exec(t.text.trim());
    if (!m || !t.interval || t.interval.precision !== 'day') continue;
    if (WEEKDAYS.indexOf(m[1]!.toLowerCase()) === getDay(pubDay) && t.interval.start === formatIsoDate(addDays(pubDay, -7))) {
      t.interval = { ...t.interval, start: published, end: published };
      t.value = published;
    }
  }
  // Diary labels: a date at the start of a line, followed by a colon or dash.
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const labelled = out.filter((t) => t.interval && t.type !== 'DURATION' && /^\s*$/.test(text.slice(lineStart(t.start), t.start)) && LABEL_AFTER.test(text.slice(t.end)));
  const labels = new Map<number, Timex>();
  if (labelled.length < 2) return { timexes: out, labels };
  let previous: IsoDate | undefined;
  for (const t of labelled.sort((a, b) => a.start - b.start)) {
    const m = BARE_WEEKDAY.exec(t.text.trim());
    if (m && t.interval) {
      const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const after = previous ? addDays(isoDateToDate(previous), 1) : pubDay;
      const day = formatIsoDate(addDays(after, (weekday - getDay(after) + 7) % 7));
      t.interval = { ...t.interval, start: day, end: day };
      t.value = day;
    }
    if (t.interval) previous = t.interval.start;
    const line = lineStart(t.start);
    const lineEnd = text.indexOf('\n', t.end);
    for (const s of sentences) if (s.start >= line && (lineEnd < 0 || s.start < lineEnd)) labels.set(s.start, t);
  }
  return { timexes: out, labels };
}

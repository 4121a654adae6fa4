import type { Interval } from '../../time/Interval.js';

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML TIMEX3 `mod` values. */
export type TimexMod =
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER'
  | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'
  | 'START' | 'MID' | 'END' | 'APPROX';

/**
 * A temporal expression found in a text, normalized as a TimeML TIMEX3, and, when it names a time,
 * resolved to a real interval in the article's time zone.
 */
export interface Timex {
  /** Offset of the first character (a JavaScript string index into the text as given). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2024-05-16`, `2024-W20`, `P2D`, `PRESENT_REF`, `XXXX-WXX-4`… */
  value: string;
  mod?: TimexMod;
  /** For a SET: TimeML `quant` (`EVERY` for "every week", "each year"). */
  quant?: string;
  /** For a SET: TimeML `freq` (`2X` for "twice a week"). */
  freq?: string;
  /**
   * The days it names, in the article's zone. For a duration, the span it covers when it is
   * anchored ("a two-day visit starting on Thursday" → 16–17 May; "now two-year-old" → about 2022,
   * the start).
   */
  interval?: Interval;
  /**
   * How `interval` relates to the expression: `span` when it is the whole stretch an anchored
   * duration or a range covers ("a two-day visit starting on Thursday" → 16–17 May; each end of
   * "16-17 May"), `start` when only the beginning is known ("now two-year-old" → about 2022).
   */
  intervalRole?: 'span' | 'start';
}

/** What the resolver needs to know about a text. */
export interface TimexInput {
  text: string;
  /** The publication instant: the reference for every relative expression. */
  published: Date;
  /** IANA zone of the publication, e.g. `Europe/London`. */
  timeZone: string;
}

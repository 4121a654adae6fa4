import type { IsoDate } from './isoDate.js';

/** How fine a date is known. `time` is finer than a day; the timeline shows it as a day. */
export type Precision = 'time' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century';

/** Whether the text states the value ("16 May 2024") or we inferred part of it ("Thursday": the week is implied). */
export type Certainty = 'stated' | 'implied';

/**
 * A span of calendar days in the article's time zone, inclusive at both ends, with how precisely and
 * how surely it is known. "this week" is `{start: Monday, end: Sunday, precision: 'week'}`.
 */
export interface Interval {
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  /** True for "about 2022", "early May", "a few weeks ago": the edges are fuzzy. */
  approximate: boolean;
  certainty: Certainty;
  /** For `time` precision: the local time of day `HH:MM`. */
  time?: string;
}

/** Orders precisions from finest to coarsest. */
export const PRECISION_RANK: Readonly<Record<Precision, number>> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  season: 4,
  quarter: 4,
  year: 5,
  decade: 6,
  century: 7,
};

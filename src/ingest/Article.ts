import type { IsoDate } from '../time/isoDate.js';

/** When an article was published: its calendar day in its zone, and the instant used as reference. */
export interface Publication {
  /** The calendar day in the article's time zone. */
  date: IsoDate;
  /** Local time `HH:MM` when the source gave one. */
  time?: string;
  /** The reference instant: the stated time, or local noon when only a day is known. */
  instant: Date;
}

/** The kind of input an article was read from. */
export type ArticleFormat = 'text' | 'markdown' | 'json' | 'feed' | 'html';

/**
 * One news article as read from a file: everything later stages need, and nothing about the file
 * format. Character offsets anywhere in geodigest (`sources[].offset`, timex `start`/`end`) index `text`.
 */
export interface Article {
  /** Stable, unique id: the file name without extension (plus `#n` for items of a multi-article file). */
  id: string;
  /** The file as the user named it, for diagnostics and provenance. */
  file: string;
  title: string;
  /** The article as read, after any front matter: for plain text the title line, a blank line, then the body. */
  text: string;
  /** Offset in `text` where the body (after the title line, if it is in `text`) begins. */
  bodyStart: number;
  /** 1-based line of the file where `text` begins (after front matter), to report positions. */
  firstLine: number;
  published: Publication;
  /** IANA time zone of the publication, e.g. `Europe/London`. */
  timeZone: string;
  /** Outlet or wire, when known. */
  source?: string;
  url?: string;
  lang?: string;
  /**
   * What the article was read from. For `text` the lines of `text` are the file's lines from
   * `firstLine` on; for the others `text` was converted (Markdown, HTML, JSON strings, feed items)
   * and `firstLine` is where the article starts in its file.
   */
  format?: ArticleFormat;
}

/** An article without its text: what later stages keep once its events are read (`ArticleEvents`). */
export type ArticleInfo = Omit<Article, 'text'>;

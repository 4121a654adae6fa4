/** A sentence of an article: its text (trimmed) and where it stands in the article's `text`. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the article text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

import { Marked } from 'marked';
import { htmlToPlainText } from './htmlToPlainText.js';

const marked = new Marked({ gfm: true, async: false });

/**
 * Markdown to plain text: `marked` (CommonMark + GFM) renders it, `htmlToPlainText` reads the
 * HTML. Paragraphs hard-wrapped over several lines become one line each (the sentence splitter
 * works line by line), emphasis and link syntax disappear, link text stays.
 *
 * @example
 * markdownToText('# Visit\n\nMr **Xi** will\nvisit [Moscow](https://x).') //=> 'Visit\n\nMr Xi will visit Moscow.'
 */
export function markdownToText(markdown: string): string {
  return htmlToPlainText(marked.parse(markdown) as string);
}

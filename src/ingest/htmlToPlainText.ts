import { compile, type HtmlToTextOptions } from 'html-to-text';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  decodeEntities: true,
  // html-to-text cuts input past 16 Mi characters by default, silently but for a console line;
  // our own size limits (input.maxFileMegabytes, feedMaxMegabytes) bound the input instead.
  limits: { maxInputLength: Number.MAX_SAFE_INTEGER },
  // Not U+200B: a zero-width space is no word break, and cleanText removes it without a gap.
  whitespaceCharacters: ' \t\r\n\f',
  selectors: [
    ...HEADINGS,
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'figure', format: 'skip' },
    { selector: 'picture', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'button', format: 'skip' },
    { selector: 'table', format: 'dataTable' },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'hr', format: 'skip' },
  ],
};

const convert = compile(OPTIONS);

/**
 * HTML to plain text with `html-to-text`: one line per paragraph, a blank line between blocks,
 * headings as they are written (not upper-cased), link text without the URL, no images, scripts,
 * styles or buttons, entities decoded. Curly quotes and dashes come through unchanged.
 *
 * @example
 * htmlToPlainText('<h1>Visit</h1><p>Mr Xi’s <a href="/x">guest</a>\n arrives.</p>') //=> 'Visit\n\nMr Xi’s guest arrives.'
 */
export function htmlToPlainText(html: string): string {
  return convert(html).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

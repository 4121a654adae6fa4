import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { cleanText } from './cleanText.js';
import { markdownToText } from './markdownToText.js';
import { toArticle, type ArticleDefaults, type ArticleFields, type ParsedArticle, type Place } from './toArticle.js';

export type { ParsedArticle } from './toArticle.js';

/** Options for reading one Markdown or plain-text article. */
export interface ParseArticleOptions extends ArticleDefaults {
  /** `markdown` converts the body to plain text; default: by extension (`.md`, `.markdown`). */
  format?: 'text' | 'markdown';
}

/** Front-matter keys for each field, first match wins. */
export const FIELD_KEYS: Readonly<Record<keyof ArticleFields, readonly string[]>> = {
  title: ['title', 'headline'],
  published: ['published', 'date', 'pubDate', 'published_at', 'publishedAt', 'datePublished'],
  timeZone: ['timezone', 'timeZone', 'tz'],
  source: ['source', 'outlet', 'publisher'],
  url: ['url', 'link'],
  lang: ['lang', 'language'],
};

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Turns the text of one Markdown or plain-text article file into an `Article`: optional YAML front
 * matter (`title`, `published`, `timezone`, `source`, `url`, `lang`), then the text; without a
 * front-matter title the first non-empty line is the title. A plain-text body is kept as written
 * (offsets index the file's lines); a Markdown body is converted to plain text. The publication
 * date comes from the front matter, else a `YYYY-MM-DD` in the file name, else
 * `options.referenceDate`; with none of them the result is an error that says how to add one.
 * Broken front matter is an error at its line and column. Pure: no I/O.
 *
 * @example
 * parseArticle('2024-05-14-visit.txt', 'Putin to visit China\n\nThe visit starts on Thursday.').article?.published.date
 * //=> '2024-05-14'
 */
export function parseArticle(file: string, content: string, options: ParseArticleOptions = {}): ParsedArticle {
  const diagnostics: Diagnostic[] = [];
  const fail = (place: Place, ruleId: string, message: string): ParsedArticle => {
    diagnostics.push({ file, ...place, severity: 'error', ruleId, message });
    return { diagnostics };
  };
  const markdown = (options.format ?? (/\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'text')) === 'markdown';
  let text = cleanText(content).text;
  let firstLine = 1;
  const fields: ArticleFields = {};
  const places = new Map<keyof ArticleFields, Place>();

  const open = OPEN.exec(text);
  if (open) {
    const rest = text.slice(open[0].length);
    const close = CLOSE.exec(rest);
    if (!close) return fail({ line: 1, column: 1 }, 'front-matter', 'the front matter opened here is never closed; end it with a line "---" (or remove this line if the file has no front matter)');
    const yamlText = rest.slice(0, close.index);
    const lines = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
    const place = (offset: number): Place => {
      const p = lines.linePos(offset);
      return { line: p.line + 1, column: p.col };
    };
    const err = doc.errors[0];
    if (err) return fail(place(err.pos[0]), 'front-matter', `front matter is not valid YAML: ${err.message.split('\n')[0]}; fix it or remove the --- block`);
    if (doc.contents !== null && !isMap(doc.contents)) return fail({ line: 2, column: 1 }, 'front-matter', 'front matter must be "key: value" lines (title, published, timezone, source, url, lang)');
    for (const [field, keys] of Object.entries(FIELD_KEYS) as [keyof ArticleFields, readonly string[]][]) {
      for (const key of keys) {
        const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        if (!pair || !isScalar(pair.value) || pair.value.value === null || pair.value.value === '') continue;
        const v = pair.value.value;
        if (typeof v !== 'string' && typeof v !== 'number') continue;
        fields[field] = String(v).trim();
        const range = pair.value.range ?? (isScalar(pair.key) ? pair.key.range : undefined);
        if (range) places.set(field, place(range[0]));
        break;
      }
    }
    const bodyAt = open[0].length + close.index + close[0].length + 1;
    firstLine = text.slice(0, bodyAt).split('\n').length;
    text = text.slice(bodyAt);
  }

  if (markdown) text = markdownToText(text);
  // The title: front matter, else the first non-empty line (which then stays in `text`).
  let bodyStart = 0;
  if (!fields.title) {
    const m = /^\s*(.+?)[ \t]*(?:\n|$)/.exec(text);
    if (m?.[1]) {
      fields.title = m[1].replace(/^#+\s*/, '');
      bodyStart = m[0].length;
    }
  }
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  const parsed = toArticle({
    file, id, format: markdown ? 'markdown' : 'text', fields, text, bodyStart, firstLine,
    place: { line: firstLine, column: 1 },
    placeOf: (f) => places.get(f),
    dateHint: '  front matter: a first block "---\\npublished: 2024-05-14\\ntimezone: Europe/London\\n---"\n  a date in the file name: 2024-05-14-title.txt',
  }, options);
  return { ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}

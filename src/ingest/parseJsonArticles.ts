import path from 'node:path';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ParsedArticles } from './ParsedArticles.js';
import { cleanText } from './cleanText.js';
import { htmlToPlainText } from './htmlToPlainText.js';
import { lineIndex } from './lineIndex.js';
import { toArticle, type ArticleDefaults, type ArticleFields, type Place } from './toArticle.js';


/** Keys for each field in a JSON article object, first match wins. */
const KEYS: Readonly<Record<keyof ArticleFields | 'text' | 'html', readonly string[]>> = {
  title: ['title', 'headline'],
  published: ['published', 'date', 'pubDate', 'published_at', 'publishedAt', 'datePublished'],
  timeZone: ['timezone', 'timeZone', 'tz'],
  source: ['source', 'outlet', 'publisher'],
  url: ['url', 'link'],
  lang: ['lang', 'language'],
  text: ['text', 'body', 'content'],
  html: ['html', 'contentHtml', 'content_html'],
};

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;
const DATE_HINT = '  a "published": "2024-05-14" (or "2024-05-14T09:30:00+01:00") key in the object\n  a date in the file name: 2024-05-14-articles.json';

/**
 * Reads a `.json` file (one article object, an array of them, or `{"articles": [...]}`) or, with
 * `lines`, a `.jsonl` file (one article object per line). Keys: `title`, `published`, `timezone`,
 * `source`, `url`, `lang`, and the body as `text` (plain) or `html` (converted to text). A JSON
 * syntax error is reported at its line and column: in `.jsonl` only that line is lost, in `.json`
 * the whole file. Each item's problems name the line where the item starts. Item ids are
 * `<file>#<n>`: n is the line in `.jsonl`, the position in a `.json` array. Pure: no I/O.
 *
 * @example
 * parseJsonArticles('a.jsonl', '{"title":"T","published":"2024-05-14","text":"Body."}\n', { lines: true }).articles[0]?.id
 * //=> 'a#1'
 */
export function parseJsonArticles(file: string, content: string, options: ArticleDefaults & { lines?: boolean } = {}): ParsedArticles {
  const out: ParsedArticles = { articles: [], diagnostics: [], skipped: 0 };
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const error = (place: Place, ruleId: string, message: string) => {
    out.diagnostics.push({ file, ...place, severity: 'error', ruleId, message });
    out.skipped++;
  };
  /** Each item with its number in the id: the line in `.jsonl`, the position in a `.json` array. */
  const items: { node: Node; placeAt: (offset: number) => Place; n: number }[] = [];

  if (options.lines) {
    let lineStart = 0;
    let line = 0;
    while (lineStart <= content.length) {
      const nl = content.indexOf('\n', lineStart);
      const end = nl === -1 ? content.length : nl;
      const text = content.slice(lineStart, end);
      line++;
      lineStart = end + 1;
      if (!text.trim()) continue;
      const errors: ParseError[] = [];
      const node = parseTree(text, errors, STRICT);
      const lineNo = line;
      const at = (offset: number): Place => ({ line: lineNo, column: offset + 1 });
      if (errors[0] || !node) {
        const e = errors[0];
        error(at(e?.offset ?? 0), 'bad-json', `line ${lineNo} is not valid JSON (${e ? describe(e) : 'no value'}); that line was skipped, the others are read`);
        continue;
      }
      items.push({ node, placeAt: at, n: lineNo });
    }
  } else {
    const placeAt = lineIndex(content);
    const errors: ParseError[] = [];
    const root = parseTree(content, errors, STRICT);
    if (errors[0] || !root) {
      const e = errors[0];
      error(placeAt(e?.offset ?? 0), 'bad-json', `not valid JSON (${e ? describe(e) : 'no value'}); fix it, or use .jsonl (one article per line) so that one bad article does not cost the others`);
      return out;
    }
    const list = root.type === 'array' ? root
      : root.type === 'object' ? (root.children?.find((p) => ['articles', 'items'].includes(p.children?.[0]?.value as string))?.children?.[1] ?? root) : root;
    if (list.type === 'array') (list.children ?? []).forEach((node, i) => items.push({ node, placeAt, n: i + 1 }));
    else items.push({ node: list, placeAt, n: 1 });
  }

  const multi = options.lines || items.length !== 1 || items[0]?.node.parent?.type === 'array';
  for (const { node, placeAt, n } of items) {
    const place = placeAt(node.offset);
    if (node.type !== 'object') {
      error(place, 'bad-json', `expected an article object {"title": …, "published": …, "text": …}, found ${node.type}`);
      continue;
    }
    const props = new Map<string, Node>();
    for (const pair of node.children ?? []) {
      const [k, v] = pair.children ?? [];
      if (k && v && typeof k.value === 'string' && !props.has(k.value)) props.set(k.value, v);
    }
    const fieldPlaces = new Map<string, Place>();
    const get = (field: keyof typeof KEYS): string | undefined => {
      for (const key of KEYS[field]) {
        const v = props.get(key);
        if (!v || v.type === 'null') continue;
        if (v.type !== 'string' && v.type !== 'number') {
          out.diagnostics.push({ file, ...placeAt(v.offset), severity: 'warning', ruleId: 'bad-field', message: `"${key}" should be a string, not ${v.type}; it was ignored` });
          continue;
        }
        fieldPlaces.set(field, placeAt(v.offset));
        return String(v.value);
      }
      return undefined;
    };
    const fields: ArticleFields = {};
    for (const f of ['title', 'published', 'timeZone', 'source', 'url', 'lang'] as const) {
      const v = get(f);
      if (v !== undefined) fields[f] = v;
    }
    const plain = get('text');
    const html = plain === undefined ? get('html') : undefined;
    let text = cleanText(plain ?? (html !== undefined ? htmlToPlainText(html) : '')).text;
    let bodyStart = 0;
    if (!fields.title) {
      const m = /^\s*(.+?)[ \t]*(?:\n|$)/.exec(text);
      if (m?.[1]) {
        fields.title = m[1];
        bodyStart = m[0].length;
      }
    } else fields.title = cleanText(fields.title).text;
    if (!text.trim() && fields.title) {
      error(place, 'empty-article', `the article "${fields.title}" has no "text" (or "html"); add the article's body`);
      continue;
    }
    text = text.replace(/\s+$/, '');
    const parsed = toArticle({
      file, id: multi ? `${base}#${n}` : base, format: 'json', fields, text, bodyStart, firstLine: place.line,
      place, placeOf: (f) => fieldPlaces.get(f), dateHint: DATE_HINT,
    }, options);
    out.diagnostics.push(...parsed.diagnostics);
    if (parsed.article) out.articles.push(parsed.article);
    else out.skipped++;
  }
  return out;
}

function describe(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

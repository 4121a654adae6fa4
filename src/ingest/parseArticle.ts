import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { isTimeZone } from '../time/isTimeZone.js';
import type { Article } from './Article.js';
import { parsePublished } from './parsePublished.js';

/** Options for reading one article. */
export interface ParseArticleOptions {
  /** Publication day to use when the file has none (`--reference-date`). */
  referenceDate?: string;
  /** Zone to use when the file names none (`--timezone`); `UTC` when absent. */
  timeZone?: string;
}

/** What reading one file gave: an article when it could be used, and what was wrong either way. */
export interface ParsedArticle {
  article?: Article;
  diagnostics: Diagnostic[];
}

const FILE_DATE = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?:[^\d]|$)/;
const DATE_KEYS = ['published', 'date', 'pubDate', 'published_at'] as const;

/**
 * Turns the text of one Markdown or plain-text article file into an `Article`: optional YAML front
 * matter (`title`, `published`, `timezone`, `source`, `url`, `lang`), then the text; without a
 * front-matter title the first non-empty line is the title. The publication date comes from the
 * front matter, else a `YYYY-MM-DD` in the file name, else `options.referenceDate`; with none of
 * them the result is an error that says how to add one. Pure: no I/O.
 */
export function parseArticle(file: string, content: string, options: ParseArticleOptions = {}): ParsedArticle {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, column: number, severity: Diagnostic['severity'], ruleId: string, message: string) =>
    diagnostics.push({ file, line, column, severity, ruleId, message });

  let data: Record<string, unknown> = {};
  let text = content.replace(/^\uFEFF/, '');
  let firstLine = 1;
  if (/^---\r?\n/.test(text)) {
    try {
      const parsed = matter(text, { engines: { yaml: (s: string) => parseYaml(s, { schema: 'core' }) as object } });
      data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
      const bodyAt = text.length - parsed.content.length;
      firstLine = text.slice(0, bodyAt).split('\n').length;
      text = parsed.content;
    } catch (err) {
      const pos = err instanceof YAMLParseError ? err.linePos?.[0] : undefined;
      at((pos?.line ?? 0) + 1, pos?.col ?? 1, 'error', 'front-matter', `front matter is not valid YAML: ${String((err as Error).message).split('\n')[0]}; fix it or remove the --- block`);
      return { diagnostics };
    }
  }

  const str = (key: string): string | undefined => {
    const v = data[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined;
  };

  // The title: front matter, else the first non-empty line (which then stays in `text`).
  let title = str('title');
  let bodyStart = 0;
  if (!title) {
    const m = /^\s*(.+?)\s*(?:\r?\n|$)/.exec(text);
    if (!m?.[1]) {
      at(firstLine, 1, 'error', 'empty-article', 'the article has no text; add a title line and a body, or remove the file');
      return { diagnostics };
    }
    title = m[1].replace(/^#+\s*/, '');
    bodyStart = m[0].length;
  }
  if (!text.slice(bodyStart).trim()) {
    at(firstLine, 1, 'error', 'empty-article', 'the article has a title but no body text');
    return { diagnostics };
  }

  const zoneRaw = str('timezone') ?? str('timeZone') ?? str('tz');
  let timeZone = options.timeZone ?? 'UTC';
  if (zoneRaw !== undefined) {
    if (isTimeZone(zoneRaw)) timeZone = zoneRaw;
    else {
      at(lineOfKey(content, 'timezone'), 1, 'error', 'unknown-time-zone', `unknown time zone "${zoneRaw}"; use an IANA name such as Europe/London or America/New_York`);
      return { diagnostics };
    }
  }

  const dateKey = DATE_KEYS.find((k) => str(k) !== undefined);
  const fromFile = FILE_DATE.exec(file.split(/[\\/]/).pop() ?? '')?.[1];
  const stamp = (dateKey && str(dateKey)) ?? fromFile ?? options.referenceDate;
  if (stamp === undefined) {
    at(1, 1, 'error', 'missing-date', [
      'no publication date, so relative dates ("this week", "Thursday") cannot be resolved; add one of:',
      '  front matter: a first block "---\\npublished: 2024-05-14\\ntimezone: Europe/London\\n---"',
      '  a date in the file name: 2024-05-14-title.txt',
      '  the flag --reference-date 2024-05-14 (for every file without a date)',
    ].join('\n'));
    return { diagnostics };
  }
  const published = parsePublished(stamp, timeZone);
  if (typeof published === 'string') {
    const line = dateKey ? lineOfKey(content, dateKey) : 1;
    const what = published === 'impossible' ? 'is not a real date or time' : 'is not a date';
    at(line, 1, 'error', 'bad-date', `publication date "${stamp}" ${what}; write it as YYYY-MM-DD, optionally with THH:MM and an offset`);
    return { diagnostics };
  }

  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  const article: Article = { id: base, file, title, text, bodyStart, firstLine, published, timeZone };
  const source = str('source');
  const url = str('url') ?? str('link');
  const lang = str('lang');
  if (source) article.source = source;
  if (url) article.url = url;
  if (lang) article.lang = lang;
  return { article, diagnostics };
}

function lineOfKey(content: string, key: string): number {
  const i = content.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}

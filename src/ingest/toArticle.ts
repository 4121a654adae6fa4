import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { isTimeZone } from '../time/isTimeZone.js';
import type { Article, ArticleFormat } from './Article.js';
import { parsePublished } from './parsePublished.js';

/** The metadata an article may carry, as strings, whatever the format it came in. */
export interface ArticleFields {
  title?: string;
  published?: string;
  timeZone?: string;
  source?: string;
  url?: string;
  lang?: string;
}

/** A 1-based place in a file. */
export interface Place {
  line: number;
  column: number;
}

/** One article as a reader found it, before its metadata is checked. */
export interface ArticleDraft {
  file: string;
  id: string;
  format: ArticleFormat;
  /** The title when the text's first line is not it. */
  fields: ArticleFields;
  text: string;
  bodyStart: number;
  firstLine: number;
  /** Where the article (or item) starts, for problems about all of it. */
  place: Place;
  /** Where a field was given, for problems with it; `place` when unknown. */
  placeOf?: (field: keyof ArticleFields) => Place | undefined;
  /** What the user can do to add a missing date, in this format. */
  dateHint: string;
}

/** Options shared by every reader: defaults for what an article leaves out, and the clock. */
export interface ArticleDefaults {
  /** Publication day (or stamp) to use when an article has none (`--reference-date`). */
  referenceDate?: string;
  /** Zone to use when an article names none (`--timezone`); `UTC` when absent. */
  timeZone?: string;
  /** "Now", for refusing dates far in the future; default: the real clock. */
  now?: Date;
}

/** An article, or the errors that kept it out, and warnings either way. */
export interface ParsedArticle {
  article?: Article;
  diagnostics: Diagnostic[];
}

/** Zone names seen, checked once each: building an Intl.DateTimeFormat per article is slow. */
const knownZones = new Map<string, boolean>();
function isKnownZone(name: string): boolean {
  let ok = knownZones.get(name);
  if (ok === undefined) knownZones.set(name, (ok = isTimeZone(name)));
  return ok;
}

/** Dates before this are typos (1024 for 2024), not news. */
const EARLIEST = Date.UTC(1900, 0, 1);
/** Later than this after now is a typo too; a day or two covers zones and scheduled posts. */
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

/**
 * Checks a draft article's metadata and turns it into an `Article`: a title and a body, a known
 * IANA time zone, and a publication date that exists and is neither before 1900 nor far in the
 * future. The date comes from the article (`fields.published`), else a `YYYY-MM-DD` in the file
 * name, else `defaults.referenceDate`; with none, an error lists the ways to add one.
 */
export function toArticle(draft: ArticleDraft, defaults: ArticleDefaults = {}): ParsedArticle {
  const diagnostics: Diagnostic[] = [];
  const { file, fields } = draft;
  const at = (field: keyof ArticleFields | undefined, ruleId: string, message: string, severity: Diagnostic['severity'] = 'error') => {
    const place = (field && draft.placeOf?.(field)) ?? draft.place;
    diagnostics.push({ file, line: place.line, column: place.column, severity, ruleId, message });
    return { diagnostics };
  };

  const title = fields.title?.trim();
  if (!title) return at('title', 'empty-article', 'the article has no title and no text; add a title and a body, or remove it');
  if (!draft.text.slice(draft.bodyStart).trim()) return at(undefined, 'empty-article', `the article "${ellipsis(title)}" has a title but no body text`);

  let timeZone = defaults.timeZone ?? 'UTC';
  if (fields.timeZone !== undefined) {
    if (!isKnownZone(fields.timeZone)) return at('timeZone', 'unknown-time-zone', `unknown time zone "${fields.timeZone}"; use an IANA name such as Europe/London or America/New_York`);
    timeZone = fields.timeZone;
  }

  const fromFileName = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?:\D|$)/.exec(file.split(/[\\/]/).pop() ?? '')?.[1];
  const [stamp, origin] = fields.published !== undefined ? [fields.published, 'published'] as const
    : fromFileName !== undefined ? [fromFileName, 'file name'] as const
      : defaults.referenceDate !== undefined ? [defaults.referenceDate, '--reference-date'] as const : [undefined, undefined];
  if (stamp === undefined) {
    return at(undefined, 'missing-date', `no publication date, so relative dates ("this week", "Thursday") cannot be resolved; add one of:\n${draft.dateHint}\n  the flag --reference-date 2024-05-14 (for every article without a date)`);
  }
  const field = origin === 'published' ? 'published' : undefined;
  const published = parsePublished(stamp, timeZone);
  if (published === 'impossible') return at(field, 'bad-date', `publication date "${stamp}" (${origin}) is not a real date or time; check the day of the month and the hour`);
  if (published === 'malformed') return at(field, 'bad-date', `publication date "${stamp}" (${origin}) is not a date; write it as YYYY-MM-DD, optionally with THH:MM and an offset (2024-05-14T09:30+01:00)`);
  const t = published.instant.getTime();
  const now = (defaults.now ?? new Date()).getTime();
  if (t < EARLIEST) return at(field, 'date-out-of-range', `publication date "${stamp}" (${origin}) is before 1900; is the year a typo?`);
  if (t > now + FUTURE_SLACK_MS) return at(field, 'date-out-of-range', `publication date "${stamp}" (${origin}) is in the future; is the year a typo? (relative dates would be resolved against it)`);

  const article: Article = { id: draft.id, file, title, text: draft.text, bodyStart: draft.bodyStart, firstLine: draft.firstLine, published, timeZone, format: draft.format };
  if (fields.source?.trim()) article.source = fields.source.trim();
  if (fields.url?.trim()) article.url = fields.url.trim();
  if (fields.lang?.trim()) article.lang = fields.lang.trim();
  return { article, diagnostics };
}

function ellipsis(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

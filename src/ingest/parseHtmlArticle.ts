import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText } from './cleanText.js';
import { htmlToPlainText } from './htmlToPlainText.js';
import { lineIndex } from './lineIndex.js';
import { toArticle, type ArticleDefaults, type ArticleFields, type ParsedArticle, type Place } from './toArticle.js';

/** `<meta>` names and properties for each field, most specific first. */
const META: Readonly<Record<'title' | 'published' | 'source' | 'url', readonly string[]>> = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  published: ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date'],
  source: ['og:site_name', 'application-name', 'dc.publisher'],
  url: ['og:url', 'twitter:url'],
};
const DATE_HINT = '  a <meta property="article:published_time" content="2024-05-14T09:30:00+01:00"> in the page\n  a date in the file name: 2024-05-14-title.html';

/** The small slice of the DOM this reader uses (linkedom's `Document` is typed loosely). */
interface Doc {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
  title: string;
}

/**
 * Reads an HTML page saved from a browser: the main text is extracted with Mozilla's Readability
 * (the Firefox Reader View algorithm) on a `linkedom` DOM, then converted to plain text. The title
 * comes from `og:title` (else Readability's, else `<title>`), the date from
 * `article:published_time` and the other usual meta tags, JSON-LD `datePublished` or the first
 * `<time datetime>`, the URL from `og:url`, `<link rel="canonical">` or the browser's
 * `<!-- saved from url=… -->` comment, the outlet from `og:site_name`, the language from
 * `<html lang>`. A page where no article text can be found is an error. Pure: no I/O.
 */
export function parseHtmlArticle(file: string, html: string, options: ArticleDefaults = {}): ParsedArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  const meta = (names: readonly string[]): string | undefined => {
    const found = new Map<string, string>();
    for (const el of doc.querySelectorAll('meta')) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const content = el.getAttribute('content')?.trim();
      if (key && content && !found.has(key)) found.set(key, content);
    }
    return names.map((n) => found.get(n)).find((v) => v !== undefined);
  };
  const first = (selector: string, attr: string): string | undefined => {
    for (const el of doc.querySelectorAll(selector)) {
      const v = el.getAttribute(attr)?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const fields: ArticleFields = {};
  const metaTitle = meta(META.title);
  const metaPublished = meta(META.published) ?? first('time[datetime]', 'datetime');
  const url = meta(META.url) ?? first('link[rel="canonical"]', 'href') ?? /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const docTitle = doc.title;

  // Readability changes the document, so the metadata above is read first.
  const result = new Readability(document as never, { charThreshold: 100 }).parse();
  const text = cleanText(result?.content ? htmlToPlainText(result.content) : '').text;
  const place: Place = { line: 1, column: 1 };
  // Readability always returns something; a few words of navigation are not an article.
  if (text.replace(/\s+/g, ' ').trim().length < 40) {
    return { diagnostics: [{ file, ...place, severity: 'error', ruleId: 'no-article-text', message: 'no article text found in this HTML page (is it an index page, a paywall or a page built by JavaScript?); save the article itself, or copy its text into a .txt file' }] };
  }
  const title = metaTitle ?? (result?.title || undefined) ?? (docTitle || undefined);
  let bodyStart = 0;
  if (title) fields.title = cleanText(title).text.trim();
  else {
    // No title anywhere in the page: the first line of the text, as in a plain-text article.
    const m = /^\s*(.+?)[ \t]*(?:\n|$)/.exec(text);
    if (m?.[1]) [fields.title, bodyStart] = [m[1], m[0].length];
  }
  const published = metaPublished ?? result?.publishedTime ?? undefined;
  if (published) fields.published = published;
  const source = meta(META.source) ?? result?.siteName ?? undefined;
  if (source) fields.source = cleanText(source).text.trim();
  if (url) fields.url = url;
  const language = lang ?? result?.lang ?? undefined;
  if (language) fields.lang = language;

  const placeAt = lineIndex(html);
  const placeOf = (field: keyof ArticleFields): Place | undefined => {
    const value = fields[field];
    const i = value ? html.indexOf(value.replace(/&/g, '&amp;')) : -1;
    return i >= 0 ? placeAt(i) : undefined;
  };
  return toArticle({
    file, id: path.basename(file).replace(/\.[^.]+$/, ''), format: 'html', fields, text, bodyStart, firstLine: 1,
    place, placeOf, dateHint: DATE_HINT,
  }, options);
}

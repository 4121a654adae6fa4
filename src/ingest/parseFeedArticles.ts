import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { cleanText } from './cleanText.js';
import { htmlToPlainText } from './htmlToPlainText.js';
import { lineIndex } from './lineIndex.js';
import type { ParsedArticles } from './ParsedArticles.js';
import { toArticle, type ArticleDefaults, type ArticleFields, type Place } from './toArticle.js';

/** Options for reading a feed. */
export interface ParseFeedOptions extends ArticleDefaults {
  /** Id prefix of the items (`<id>#1`, `<id>#2`…); default: the file name without extension. */
  id?: string;
}

/** Item date elements (local names, lower case), most specific first. */
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'created', 'updated', 'modified'];
const DATE_HINT = '  a <pubDate> (RSS) or <published> (Atom) element in the item';

/**
 * Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom feed into one article per item: the item's title,
 * link, publication date and content (HTML converted to text; the description when there is no
 * content, the title when there is neither). The feed's title is each article's `source` and its
 * language the `lang`. Parsing is `@rowanmanning/feed-parser`'s, lenient with the invalid XML real
 * feeds have (with a warning where `fast-xml-parser`'s validator finds it); dates are read here,
 * strictly, so "30 Feb" is an error and not 1 March. Input that is not a feed at all is one error
 * at the line and column where the XML breaks. Feeds that declare entities (`<!ENTITY`) are refused,
 * so a small file cannot expand into gigabytes. Pure: no I/O.
 *
 * @example
 * parseFeedArticles('world.xml', rss).articles.map((a) => a.id) //=> ['world#1', 'world#2']
 */
export function parseFeedArticles(file: string, xml: string, options: ParseFeedOptions = {}): ParsedArticles {
  const out: ParsedArticles = { articles: [], diagnostics: [], skipped: 0 };
  const placeAt = lineIndex(xml);
  const fail = (place: Place, ruleId: string, message: string): ParsedArticles => {
    out.diagnostics.push({ file, ...place, severity: 'error', ruleId, message });
    out.skipped++;
    return out;
  };
  const entity = /<!ENTITY/i.exec(xml);
  if (entity) return fail(placeAt(entity.index), 'feed-entities', 'the feed declares XML entities (<!ENTITY …>), which geodigest refuses (they can expand a small file into gigabytes); ask the publisher for a plain feed');

  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  const xmlError = valid === true ? undefined : valid.err;
  let feed: ReturnType<typeof parseFeed> | undefined;
  try {
    feed = parseFeed(xml);
  } catch {
    feed = undefined;
  }
  if (!feed || (!feed.items.length && !feed.title)) {
    if (xmlError) return fail({ line: xmlError.line, column: xmlError.col }, 'not-a-feed', `not an RSS or Atom feed: the XML breaks here (${xmlError.msg}); is this an HTML page or an error message instead of the feed?`);
    const root = /<([A-Za-z_][\w:.-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1];
    return fail({ line: 1, column: 1 }, 'not-a-feed', `not an RSS or Atom feed${root ? ` (the root element is <${root}>, expected <rss>, <feed> or <rdf:RDF>)` : ''}`);
  }
  if (xmlError) {
    out.diagnostics.push({ file, line: xmlError.line, column: xmlError.col, severity: 'warning', ruleId: 'feed-xml', message: `the feed is not well-formed XML (${xmlError.msg}); it was read leniently, check its items` });
  }
  if (!feed.items.length) {
    out.diagnostics.push({ file, line: 1, column: 1, severity: 'warning', ruleId: 'empty-feed', message: `the feed "${feed.title ?? file}" has no items` });
    return out;
  }

  const itemStarts = elementStarts(xml, feed.meta.type === 'atom' ? 'entry' : 'item');
  const base = options.id ?? path.basename(file).replace(/\.[^.]+$/, '');
  const source = feed.title ? cleanText(feed.title).text.trim() : undefined;
  feed.items.forEach((item, i) => {
    const offset = itemStarts[i] ?? 0;
    const place = placeAt(offset);
    const fields: ArticleFields = {};
    const title = item.title ? cleanText(item.title).text.trim() : '';
    if (title) fields.title = title;
    if (item.url) fields.url = item.url;
    if (source) fields.source = source;
    if (feed.language) fields.lang = feed.language;
    const rawDate = DATE_ELEMENTS.map((n) => item.element.findElementWithName(n)?.textContent.trim()).find((v) => v);
    if (rawDate) fields.published = rawDate;
    const content = item.content ?? '';
    const description = item.description ?? '';
    const html = content.length >= description.length ? content : description;
    let text = cleanText(html ? htmlToPlainText(html) : '').text;
    if (!text.trim()) text = title;
    const parsed = toArticle({
      file, id: `${base}#${i + 1}`, format: 'feed', fields, text, bodyStart: 0, firstLine: place.line,
      place, dateHint: DATE_HINT,
    }, options);
    out.diagnostics.push(...parsed.diagnostics);
    if (parsed.article) out.articles.push(parsed.article);
    else out.skipped++;
  });
  return out;
}

/** Offsets of the start tags `<name` / `<ns:name` outside comments and CDATA, in document order. */
function elementStarts(xml: string, name: string): number[] {
  const starts: number[] = [];
  const re = new RegExp(`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'gi');
  for (let m = re.exec(xml); m; m = re.exec(xml)) if (!m[0].startsWith('<!')) starts.push(m.index);
  return starts;
}

import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Article } from './Article.js';

/** Where the first of a set of duplicates was read. */
interface FirstSeen {
  file: string;
  line: number;
}

/**
 * Tells, article after article, whether one is the same as an article met before: the same URL
 * (ignoring scheme, `www.`, a trailing slash, the fragment and `utm_*` tracking parameters) or the
 * same body text (ignoring spacing). It keeps a hash of each text and where the first was read,
 * never the texts, so a stream of any length can be filtered. `dedupeArticles` is its array form.
 *
 * @example
 * const filter = new DuplicateFilter();
 * filter.check(a); //=> undefined (new)
 * filter.check(copyOfA)?.ruleId; //=> 'duplicate-article'
 */
export class DuplicateFilter {
  private readonly byUrl = new Map<string, FirstSeen>();
  private readonly byText = new Map<string, FirstSeen>();

  /**
   * `undefined` for an article not met before (it is remembered), else the info note for leaving
   * it out, whose `cause` points at the first.
   */
  check(article: Article): Diagnostic | undefined {
    const url = article.url ? normalizeUrl(article.url) : undefined;
    const text = createHash('sha256').update(article.text.slice(article.bodyStart).replace(/\s+/g, ' ').trim()).digest('base64');
    const sameUrl = url !== undefined ? this.byUrl.get(url) : undefined;
    const first = sameUrl ?? this.byText.get(text);
    if (first) {
      const same = sameUrl ? `the same URL (${article.url})` : 'the same text';
      return {
        file: article.file, line: article.firstLine, column: 1, severity: 'info', ruleId: 'duplicate-article',
        message: `"${article.title}" has ${same} as an article read before; it was read once`,
        cause: { file: first.file, line: first.line, column: 1 },
      };
    }
    const seen = { file: article.file, line: article.firstLine };
    if (url !== undefined) this.byUrl.set(url, seen);
    this.byText.set(text, seen);
    return undefined;
  }
}

function normalizeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    for (const key of [...u.searchParams.keys()]) if (/^utm_|^(?:fbclid|gclid|ocid)$/i.test(key)) u.searchParams.delete(key);
    u.searchParams.sort();
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const search = u.searchParams.toString();
    return `${host}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '')}${search ? `?${search}` : ''}`;
  } catch {
    return raw.trim();
  }
}

import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Article } from './Article.js';

/** Articles with duplicates left out, and a note for each one left out. */
export interface DedupedArticles {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** How many duplicates were left out. */
  duplicates: number;
}

/**
 * Keeps the first of articles that are the same: the same URL (ignoring scheme, `www.`, a
 * trailing slash, the fragment and `utm_*` tracking parameters) or the same body text (ignoring
 * spacing). Each one left out gets an info note whose `cause` points at the first. The same story
 * told by two outlets has different text and URLs, so both stay: merging their events is the
 * timeline's job.
 *
 * @example
 * dedupeArticles([a, copyOfA, b]).articles //=> [a, b]
 */
export function dedupeArticles(articles: readonly Article[]): DedupedArticles {
  const byUrl = new Map<string, Article>();
  const byText = new Map<string, Article>();
  const out: DedupedArticles = { articles: [], diagnostics: [], duplicates: 0 };
  for (const article of articles) {
    const url = article.url ? normalizeUrl(article.url) : undefined;
    const text = createHash('sha256').update(article.text.slice(article.bodyStart).replace(/\s+/g, ' ').trim()).digest('base64');
    const first = (url !== undefined ? byUrl.get(url) : undefined) ?? byText.get(text);
    if (first) {
      const same = url !== undefined && byUrl.get(url) === first ? `the same URL (${article.url})` : 'the same text';
      out.diagnostics.push({
        file: article.file, line: article.firstLine, column: 1, severity: 'info', ruleId: 'duplicate-article',
        message: `"${article.title}" has ${same} as an article read before; it was read once`,
        cause: { file: first.file, line: first.firstLine, column: 1 },
      });
      out.duplicates++;
      continue;
    }
    if (url !== undefined) byUrl.set(url, article);
    byText.set(text, article);
    out.articles.push(article);
  }
  return out;
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

import type { Article } from '../ingest/Article.js';

/**
 * The 1-based line and column in the article's file of an offset into `article.text`.
 *
 * @example
 * positionOf({ text: 'a\nbc', firstLine: 5 } as Article, 3) //=> { line: 6, column: 2 }
 */
export function positionOf(article: Pick<Article, 'text' | 'firstLine'>, offset: number): { line: number; column: number } {
  const before = article.text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  let lines = 0;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
  return { line: article.firstLine + lines, column: offset - lastBreak };
}

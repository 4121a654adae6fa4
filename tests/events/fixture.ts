import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/ingest/Article.js';
import { parseArticle } from '../../src/ingest/parseArticle.js';
import { ROOT } from '../helpers.js';

/** A news article from tests/fixtures/articles, as the pipeline reads it. */
export function fixture(name: string): Article {
  const file = path.join(ROOT, 'tests', 'fixtures', 'articles', name);
  const { article } = parseArticle(file, readFileSync(file, 'utf8'));
  if (!article) throw new Error(`fixture ${name} does not parse`);
  return article;
}

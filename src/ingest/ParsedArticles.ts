import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { Article } from './Article.js';

/** Articles read from one input (a file or a feed), and every problem found in it. */
export interface ParsedArticles {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Articles (or whole inputs) that could not be used: each has an error in `diagnostics`. */
  skipped: number;
}

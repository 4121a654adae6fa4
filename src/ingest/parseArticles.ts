import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { articleFormatOf, type InputKind } from './articleFormatOf.js';
import { cleanText, describeRemoved } from './cleanText.js';
import { decodeBytes } from './decodeBytes.js';
import { lineIndex } from './lineIndex.js';
import { parseArticle } from './parseArticle.js';
import type { ParsedArticles } from './ParsedArticles.js';
import { parseFeedArticles } from './parseFeedArticles.js';
import { parseHtmlArticle } from './parseHtmlArticle.js';
import { parseJsonArticles } from './parseJsonArticles.js';
import type { ArticleDefaults } from './toArticle.js';

/** Options for reading one input's content. */
export interface ParseArticlesOptions extends ArticleDefaults {
  /** How to read it; default: by the file's extension. */
  kind?: InputKind;
  /** Charset named outside the bytes (HTTP `Content-Type`). */
  charset?: string;
  /** Id prefix for the items of a feed. */
  id?: string;
}

/**
 * Reads the content of one input (a file's bytes or decoded text) into articles, whatever its
 * format: decodes it (`decodeBytes`: empty, binary, invalid UTF-8), cleans it (`cleanText`, with a
 * note of the invisible characters removed) and hands it to the reader for its kind: plain text
 * and Markdown (`parseArticle`), JSON and JSON Lines (`parseJsonArticles`), RSS/Atom
 * (`parseFeedArticles`), HTML (`parseHtmlArticle`). Pure: no I/O.
 *
 * @example
 * parseArticles('2024-05-14-visit.txt', Buffer.from('Title\n\nBody.')).articles.length //=> 1
 */
export function parseArticles(file: string, content: Uint8Array | string, options: ParseArticlesOptions = {}): ParsedArticles {
  const kind = options.kind ?? articleFormatOf(file) ?? 'text';
  const diagnostics: Diagnostic[] = [];
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeBytes(file, content, options.charset ? { charset: options.charset } : {});
    diagnostics.push(...decoded.diagnostics);
    if (decoded.text === undefined) return { articles: [], diagnostics, skipped: 1 };
    text = decoded.text;
  }
  const cleaned = cleanText(text);
  if (cleaned.firstRemovedAt !== undefined) {
    const n = Object.values(cleaned.removed).reduce((a, b) => a + b, 0);
    diagnostics.push({ file, ...lineIndex(text)(cleaned.firstRemovedAt), severity: 'info', ruleId: 'invisible-characters', message: `removed ${n} invisible character${n === 1 ? '' : 's'} (${describeRemoved(cleaned.removed)})` });
  }
  if (!cleaned.text.trim()) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'empty-file', message: 'the file has only blank space; write an article into it or remove it' });
    return { articles: [], diagnostics, skipped: 1 };
  }
  const defaults: ArticleDefaults = {
    ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
    ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  };
  let result: ParsedArticles;
  switch (kind) {
    case 'json':
    case 'jsonl':
      result = parseJsonArticles(file, cleaned.text, { ...defaults, lines: kind === 'jsonl' });
      break;
    case 'feed':
      result = parseFeedArticles(file, cleaned.text, { ...defaults, ...(options.id ? { id: options.id } : {}) });
      break;
    case 'html': {
      const one = parseHtmlArticle(file, cleaned.text, defaults);
      result = { articles: one.article ? [one.article] : [], diagnostics: one.diagnostics, skipped: one.article ? 0 : 1 };
      break;
    }
    default: {
      const one = parseArticle(file, cleaned.text, { ...defaults, format: kind });
      result = { articles: one.article ? [one.article] : [], diagnostics: one.diagnostics, skipped: one.article ? 0 : 1 };
    }
  }
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

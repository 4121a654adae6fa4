import path from 'node:path';

/** How a file is read, by its extension. */
export type InputKind = 'text' | 'markdown' | 'json' | 'jsonl' | 'feed' | 'html';

const KINDS: Readonly<Record<string, InputKind>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/** The extensions geodigest reads, for messages. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(KINDS);

/**
 * How a file is read, from its extension (case-insensitive); `undefined` for files that are not articles.
 *
 * @example
 * articleFormatOf('news/2024-05-14.JSONL') //=> 'jsonl'
 */
export function articleFormatOf(file: string): InputKind | undefined {
  return KINDS[path.extname(file).toLowerCase()];
}

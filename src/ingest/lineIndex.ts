import type { Place } from './toArticle.js';

/**
 * A function from character offsets in `text` to 1-based line and column, built once in linear
 * time; each look-up is a binary search.
 *
 * @example
 * lineIndex('ab\ncd')(4) //=> { line: 2, column: 2 }
 */
export function lineIndex(text: string, firstLine = 1): (offset: number) => Place {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: firstLine + lo, column: offset - starts[lo]! + 1 };
  };
}

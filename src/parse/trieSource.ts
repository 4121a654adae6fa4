import { escapeRegExp } from './escapeRegExp.js';

/**
 * The source of a regular expression that matches any of some non-empty literal words, as a trie
 * of alternatives: `v(?:isit|ote)|sworn in` tries at each position only the words that
 * start with its letter. Where a word is a prefix of others, `shortest` stops there (enough to
 * know that one matches); `longest` tries the longer ones first (to know which matches).
 *
 * @example
 * trieSource(['visit', 'vote'], 'shortest') //=> 'v(?:isit|ote)'
 */
export function trieSource(words: readonly string[], prefer: 'shortest' | 'longest'): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const first = w[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), w.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) => {
    const ends = rests.includes('');
    if (ends && prefer === 'shortest') return escapeRegExp(first);
    const longer = rests.filter((r) => r !== '');
    if (!longer.length) return escapeRegExp(first);
    const inner = longer.length === 1 ? escapeRegExp(longer[0]!) : `(?:${trieSource(longer, prefer)})`;
    return ends ? `${escapeRegExp(first)}(?:${inner})?` : `${escapeRegExp(first)}${inner}`;
  });
  return branches.join('|');
}

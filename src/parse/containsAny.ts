import { trieSource } from './trieSource.js';

/**
 * A test for whether a text contains any of some literal strings, as
 * `words.some((w) => text.includes(w))` answers it, compiled once into one pattern: the words as a
 * trie of alternatives (`s(?:anction|worn in)|v(?:isit)`), which scans the text once and at each
 * position tries only the words that start with its letter, where `some(includes)` scans the text
 * once per word (measured three to four times faster for sixty words over news sentences). Used as
 * a cheap gate before costly patterns that need one of the words.
 *
 * @example
 * const hasRole = containsAny(['president', 'minister']);
 * hasRole('the prime minister said') //=> true
 * hasRole('shares rose') //=> false
 */
export function containsAny(words: readonly string[]): (text: string) => boolean {
  if (words.includes('')) return () => true;
  if (!words.length) return () => false;
  const pattern = new RegExp(trieSource([...new Set(words)], 'shortest'));
  return (text) => pattern.test(text);
}

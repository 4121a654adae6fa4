import { trieSource } from './trieSource.js';

/**
 * Which of some literal strings a text contains, as `words.filter((w) => text.includes(w))`
 * answers it, found in one scan: the words as a trie of alternatives inside a lookahead
 * (`(?=(s(?:anction(?:s)?|worn in)|v(?:isit)))`), tried once at each position of the text and
 * taking the longest word that starts there; the words it begins with are there too. Where a
 * gate per group of words (`containsAny`) scans the text once per group, this scans it once for
 * all of them, and each group then asks the set.
 *
 * @example
 * const present = wordsPresent(['sanction', 'sanctions', 'visit']);
 * present('new sanctions on visitors') //=> Set { 'sanction', 'sanctions', 'visit' }
 */
export function wordsPresent(words: readonly string[]): (text: string) => Set<string> {
  const unique = [...new Set(words)].filter((w) => w !== '');
  const always = words.includes('') ? [''] : [];
  if (!unique.length) return () => new Set(always);
  // The words each word begins with (itself included): a match of the longest is a match of them all.
  const prefixes = new Map(unique.map((w) => [w, unique.filter((p) => w.startsWith(p))]));
  const pattern = new RegExp(`(?=(${trieSource(unique, 'longest')}))`, 'g');
  return (text) => {
    const found = new Set(always);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      for (const p of prefixes.get(m[1]!)!) found.add(p);
      pattern.lastIndex = m.index + 1;
    }
    return found;
  };
}

import { describe, expect, it } from 'vitest';
import { wordsPresent } from '../../src/parse/wordsPresent.js';

const naive = (words: readonly string[], text: string) => new Set(words.filter((w) => text.includes(w)));

describe('wordsPresent', () => {
  it('answers as filter(includes) does, with prefixes, overlaps and words inside words', () => {
    const words = ['sanction', 'sanctions', 'action', 'rul', 'ruling', 'run', 'runoff', 'gen.', 'a|b', '(x)', 'cease-fire', 'met', 'meet', 'meeting', 'eting'];
    const present = wordsPresent(words);
    const texts = ['new sanctions', 'a sanction', 'no action', 'the ruling party', 'a runoff vote', 'Gen. Smith', 'gen. smith', 'a|b', 'ab', '(x)', 'a cease-fire', 'a ceasefire', '', 'they met at the meeting', 'meetings'];
    for (const t of texts) expect(present(t), t).toEqual(naive(words, t));
  });
  it('finds a word each time the scan passes it, not only at the first match', () => {
    expect(wordsPresent(['ab', 'b', 'bc'])('abc')).toEqual(new Set(['ab', 'b', 'bc']));
    expect(wordsPresent(['aa'])('aaa')).toEqual(new Set(['aa']));
  });
  it('is case-sensitive and literal, like includes', () => {
    expect(wordsPresent(['visit'])('VISIT').size).toBe(0);
    expect(wordsPresent(['.'])('no stop').size).toBe(0);
    expect(wordsPresent(['.'])('a stop.')).toEqual(new Set(['.']));
  });
  it('knows no words and the empty word', () => {
    expect(wordsPresent([])('anything').size).toBe(0);
    expect(wordsPresent(['', 'x'])('abc')).toEqual(new Set(['']));
  });
  it('agrees with filter(includes) on random texts over a small alphabet', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let i = 0; i < 200; i++) {
      const words = Array.from({ length: 1 + rand(6) }, () => word(1 + rand(4)));
      const text = word(rand(12));
      expect(wordsPresent(words)(text), `${words.join(',')} in ${text}`).toEqual(naive(words, text));
    }
  });
});

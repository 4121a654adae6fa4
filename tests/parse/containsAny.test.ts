import { describe, expect, it } from 'vitest';
import { containsAny } from '../../src/parse/containsAny.js';

describe('containsAny', () => {
  it('answers as some(includes) does', () => {
    const words = ['sworn in', 'rul', 'ruling', 'gen.', 'a|b', '(x)', 'cease-fire'];
    const has = containsAny(words);
    const texts = ['he was sworn in', 'the ruling party', 'Gen. Smith', 'general smith', 'a|b', 'ab', '(x)', 'x', 'a cease-fire', 'a ceasefire', '', 'swornin'];
    for (const t of texts) expect(has(t), t).toBe(words.some((w) => t.includes(w)));
  });
  it('is case-sensitive and literal, like includes', () => {
    expect(containsAny(['visit'])('VISIT')).toBe(false);
    expect(containsAny(['.'])('no stop')).toBe(false);
    expect(containsAny(['.'])('a stop.')).toBe(true);
  });
  it('knows no words and the empty word', () => {
    expect(containsAny([])('anything')).toBe(false);
    expect(containsAny(['', 'x'])('abc')).toBe(true);
  });
});

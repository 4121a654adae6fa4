import { describe, expect, it } from 'vitest';
import { trieSource } from '../../src/parse/trieSource.js';

const at0 = (words: string[], prefer: 'shortest' | 'longest', text: string) => new RegExp(`^(?:${trieSource(words, prefer)})`).exec(text)?.[0];

describe('trieSource', () => {
  it('matches any of the words, escaped, stopping at a prefix or trying the longer word first', () => {
    expect(at0(['met', 'meet', 'meeting'], 'longest', 'meetings')).toBe('meeting');
    expect(at0(['met', 'meet', 'meeting'], 'shortest', 'meetings')).toBe('meet');
    expect(at0(['a.b', 'a|c'], 'shortest', 'a|c')).toBe('a|c');
    expect(at0(['a.b', 'a|c'], 'shortest', 'axb')).toBeUndefined();
    expect(trieSource(['visit', 'vote'], 'shortest')).toBe('v(?:isit|ote)');
  });
});

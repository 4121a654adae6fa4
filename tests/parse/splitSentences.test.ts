import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/parse/splitSentences.js';

describe('splitSentences', () => {
  it('splits sentences and keeps their offsets into the text', () => {
    const text = 'Title\n\nMr. Putin met Dr. Xi in the U.S. on Jan. 5. He left at 10 p.m. on Friday. The next day was calm.';
    const { sentences } = splitSentences(text, 6);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Putin met Dr. Xi in the U.S. on Jan. 5.',
      'He left at 10 p.m. on Friday.',
      'The next day was calm.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps curly quotes and drops page debris, saying what was dropped', () => {
    const text = 'He said “no limits… as well.” Then left.\n– Advertisement –\nRead more: other story\nLast line.';
    const { sentences, dropped } = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['He said “no limits… as well.”', 'Then left.', 'Last line.']);
    expect(dropped.map((d) => d.text)).toEqual(['– Advertisement –', 'Read more: other story']);
  });

  it('joins after an initialism before a name, not before a new sentence', () => {
    const { sentences } = splitSentences('The bombings of the U.S. Embassies in Nairobi killed 200. Talks with the U.N. The envoy left.');
    expect(sentences.map((s) => s.text)).toEqual(['The bombings of the U.S. Embassies in Nairobi killed 200.', 'Talks with the U.N.', 'The envoy left.']);
  });

  it('joins after titles and a month before its day, Dr. and Jan. included', () => {
    const { sentences } = splitSentences('Dr. Slepian was shot on Jan. 23 at home. Mrs. Slepian said so.');
    expect(sentences.map((s) => s.text)).toEqual(['Dr. Slepian was shot on Jan. 23 at home.', 'Mrs. Slepian said so.']);
  });

  it('does not join at an abbreviation that ends a sentence before a capital', () => {
    const { sentences } = splitSentences('They arrived at 10 p.m. The talks began.');
    expect(sentences).toHaveLength(2);
  });

  it('keeps a clock time with the day or zone after "p.m." in one sentence', () => {
    const { sentences } = splitSentences('Slepian was shot at 10 p.m. Wednesday at his home. The deadline is 5 p.m. EST today. He left at 9 a.m. Jan. 5 and returned.');
    expect(sentences.map((s) => s.text)).toEqual(['Slepian was shot at 10 p.m. Wednesday at his home.', 'The deadline is 5 p.m. EST today.', 'He left at 9 a.m. Jan. 5 and returned.']);
  });

  it('keeps the zones of US and city times after "a.m." in the sentence ("ET", "Eastern time", "New York time")', () => {
    const text = 'It will host a call at 8:30 a.m. ET on Tuesday. Bids are due by 5 p.m. New York time on Friday. The call begins at 9 a.m. Eastern. It starts at 10 a.m. The talks begin later.';
    expect(splitSentences(text).sentences.map((s) => s.text)).toEqual(['It will host a call at 8:30 a.m. ET on Tuesday.', 'Bids are due by 5 p.m. New York time on Friday.', 'The call begins at 9 a.m. Eastern.', 'It starts at 10 a.m.', 'The talks begin later.']);
  });
});

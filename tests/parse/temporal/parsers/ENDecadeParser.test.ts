import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENDecadeParser', () => {
  it('reads decades as TimeML writes them, with part words as mod', () => {
    expect(only('in the 1990s')).toMatchObject({ value: '199', interval: { start: '1990-01-01', end: '1999-12-31', precision: 'decade' } });
    expect(only('in the mid-1990s')).toMatchObject({ text: 'the mid-1990s', value: '199', mod: 'MID' });
    expect(only('the early 1980s')).toMatchObject({ value: '198', mod: 'START' });
    expect(found('in the nineties', '1998-02-13')).toEqual([['the nineties', '199']]);
    expect(found("in the '80s", '1998-02-13')).toEqual([["the '80s", '198']]);
    expect(found("in the '20s")).toEqual([["the '20s", '202']]);
  });

  it('reads centuries', () => {
    expect(found('in the 19th century')).toEqual([['the 19th century', '18']]);
    // "the 1800s" is that century, not its first decade; "the 2000s" stays the decade.
    expect(only('in the 1800s')).toMatchObject({ text: 'the 1800s', value: '18', interval: { start: '1800-01-01', end: '1899-12-31' } });
    expect(only('the early 1900s')).toMatchObject({ value: '19', mod: 'START' });
    expect(found('in the 2000s')).toEqual([['the 2000s', '200']]);
    expect(found('the twentieth century')).toEqual([['the twentieth century', '19']]);
  });

  it('refuses ages', () => {
    expect(found('a man in his twenties')).toEqual([]);
    expect(found('a woman in her early thirties')).toEqual([]);
  });

  it('reads "the turn of" a century as its start', () => {
    expect(only('The building dates from the turn of the 20th century.')).toMatchObject({ text: 'the turn of the 20th century', value: '19', mod: 'START' });
  });

  it('reads "the 80s" without an apostrophe, not degrees or an age', () => {
    expect(found('Unemployment soared in the 80s.', '2013-03-06')).toEqual([['the 80s', '198']]);
    expect(found('It was big in the 1970s and 80s.', '2013-03-06')).toEqual([['the 1970s', '197'], ['80s', '198']]);
    expect(found('Highs will be in the 80s.', '2013-03-06')).toEqual([]);
    expect(found('He is in his 80s.', '2013-03-06')).toEqual([]);
  });
});

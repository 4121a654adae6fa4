import { describe, expect, it } from 'vitest';
import { headline } from '../../src/events/headline.js';

describe('headline', () => {
  it('writes the future with "to" and the past in the present', () => {
    expect(headline('Putin will make a two-day state visit to China', 'scheduled')).toBe('Putin to make two-day state visit to China');
    expect(headline('Mr Xi returned from a five-day visit to Europe', 'past')).toBe('Mr Xi returns from five-day visit to Europe');
  });
  it('drops an adverb of sequence before the verb: it tells of other times', () => {
    expect(headline('Blinken last visited the region', 'past')).toBe('Blinken visits region');
    expect(headline('Xi first met Putin in Moscow', 'past')).toBe('Xi meets Putin in Moscow');
    expect(headline('The minister recently signed the deal', 'past')).toBe('Minister signs deal');
  });
  it('drops what a cut date leaves at the start', () => {
    expect(headline(', the Slepian family sent a fax to police', 'past')).toBe('Slepian family sends fax to police');
  });
  it('keeps "last" and "first" that are not adverbs of the verb', () => {
    expect(headline('The last visited site was closed', 'past')).toBe('Last visited site closed');
    expect(headline('Putin made his first visit abroad', 'past')).toBe('Putin makes first visit abroad');
  });
});

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
  it('keeps "will" of reported speech after its pronoun, and the headline "to" elsewhere', () => {
    expect(headline('The Netherlands said it would contribute 150 million euros', 'past')).toBe('Netherlands says it will contribute 150 million euros');
    expect(headline('Putin will make a two-day state visit to China', 'scheduled')).toBe('Putin to make two-day state visit to China');
    expect(headline('He said he would not resign', 'past')).toBe('He says he would not resign');
    // What was said is headlined on its own first: its pronoun opens it.
    expect(headline('it would send a third Patriot system', 'past')).toBe('It will send third Patriot system');
  });
  it('drops a possessive pronoun before the name that opens it', () => {
    expect(headline('his Conservative Party lost nearly 500 seats in local elections', 'past')).toBe('Conservative Party loses nearly 500 seats in local elections');
  });
  it('stops before a joining word its words were cut after, and says so', () => {
    expect(headline('Negotiations broke off at', 'past')).toBe('Negotiations break off…');
    expect(headline('He offered condolences to victims and', 'past')).toBe('He offers condolences to victims…');
    expect(headline('The party will challenge the move if they have to', 'scheduled')).toBe('Party to challenge move if they have to');
    expect(headline('Lai will be sworn in', 'scheduled')).toBe('Lai to be sworn in');
    expect(headline('The army took over', 'past')).toBe('Army takes over');
    expect(headline('Marous said we can handle that', 'past')).toBe('Marous says we can handle that');
  });
  it('drops what a cut date leaves at the start', () => {
    expect(headline(', the Slepian family sent a fax to police', 'past')).toBe('Slepian family sends fax to police');
  });
  it('keeps "last" and "first" that are not adverbs of the verb', () => {
    expect(headline('The last visited site was closed', 'past')).toBe('Last visited site closed');
    expect(headline('Putin made his first visit abroad', 'past')).toBe('Putin makes first visit abroad');
  });
});

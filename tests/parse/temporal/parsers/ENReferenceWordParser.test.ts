import { describe, expect, it } from 'vitest';
import { found } from '../resolveHelpers.js';

describe('ENReferenceWordParser', () => {
  it('reads the present, the past and the future', () => {
    expect(found('The party is now in power.')).toEqual([['now', 'PRESENT_REF']]);
    expect(found('It is currently closed.')).toEqual([['currently', 'PRESENT_REF']]);
    expect(found('right now')).toEqual([['right now', 'PRESENT_REF']]);
    expect(found('The site was recently extended.')).toEqual([['recently', 'PAST_REF']]);
    expect(found('as happened in the past')).toEqual([['the past', 'PAST_REF']]);
    expect(found('in the near future')).toEqual([['the near future', 'FUTURE_REF']]);
    expect(found('It will end soon.')).toEqual([['soon', 'FUTURE_REF']]);
    expect(found('now that we know')).toEqual([['now', 'PRESENT_REF']]);
  });

  it('refuses "as soon as", "the future of", "now" in a noun phrase and "the past week"', () => {
    expect(found('as soon as possible')).toEqual([]);
    expect(found('the future of NATO')).toEqual([]);
    expect(found('the now-defunct party')).toEqual([]);
    expect(found('its now two-year-old campaign')).toEqual([['two-year-old', 'P2Y']]);
    expect(found('the past week')).toEqual([['the past week', 'P1W']]);
    // "the past four seasons" is no reference to the past.
    expect(found('They reached the postseason the past four seasons.')).toEqual([]);
  });
});

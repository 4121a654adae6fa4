import { describe, expect, it } from 'vitest';
import { found } from './resolveHelpers.js';

/** Texts that must not yield a temporal expression (or not the one a naive reading gives). */
describe('negative cases', () => {
  it.each([
    ['Prices rose 12.53% this time.'],
    ['Prices may rise.'],
    ['3/4 of voters agreed.'],
    ['The 6 1/4% notes are due.'],
    ['They paid $1.35 a share.'],
    ['Thousands march on the capital.'],
    ['The Sunday Times reported it.'],
    ['the now-defunct party'],
    ['A 44-year-old protester was held.'],
    ['It would be a second betrayal.'],
    ['Iraq imports three-quarters of its food.'],
    ['He lives at No. 1990 Main Street.'],
    ['They sent 1990 troops.'],
    ['as soon as possible'],
    ['christmas shopping'],
    ['a man in his twenties'],
    ['in the first half of the game'],
    ['Prices fall as demand weakens.'],
    ["in today's world"],
    ['Thousands took part in March for Life events.'],
    ['They marched in the March on Washington.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads "now" inside "now two-year-old" as part of an age, not the present', () => {
    expect(found('its now two-year-old campaign').map(([, v]) => v)).toEqual(['P2Y']);
  });

  it('reads "in five years" after a superlative as a look-back duration, not a date ahead', () => {
    expect(found('his first trip to the continent in five years')).toEqual([['five years', 'P5Y']]);
    expect(found('the lowest level in a decade')).toEqual([['a decade', 'P10Y']]);
  });

  it('does not date "13 days after the bombings" by the publication: it is a stretch of time', () => {
    expect(found('Retaliating 13 days after the deadly embassy bombings, U.S. forces struck.', '1998-08-20')).toEqual([['13 days', 'P13D']]);
    expect(found('He died three weeks after the attack.')).toEqual([['three weeks', 'P3W']]);
  });

  it('reads "March" and "May" as months only where a month can stand', () => {
    expect(found('It opened in March.')).toEqual([['March', '2024-03']]);
    expect(found('since May')).toEqual([['May', '2024-05']]);
    expect(found('They March on.')).toEqual([]);
  });
});

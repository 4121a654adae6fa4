import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../src/parse/datelineLength.js';

const rest = (s: string) => s.slice(datelineLength(s));

describe('datelineLength', () => {
  it('measures wire datelines with a place, a country or date, and an outlet', () => {
    expect(rest('WASHINGTON, May 16 (Example Wire) - The United States acted.')).toBe('The United States acted.');
    expect(rest('KYIV, Ukraine (AP) — Russia launched attacks.')).toBe('Russia launched attacks.');
    expect(rest("O'SMACH, Cambodia (AP)_ The top commander fled.")).toBe('The top commander fled.');
    expect(rest('NICOSIA, 22 March (Reuters) -- Talks went on.')).toBe('Talks went on.');
    expect(rest('MIAMI _ Elian stayed.')).toBe('Elian stayed.');
    expect(rest('NEW YORK — Stocks fell.')).toBe('Stocks fell.');
  });

  it('finds none in ordinary sentences', () => {
    expect(datelineLength('US - China talks resumed.')).toBe(0);
    expect(datelineLength('The UN (United Nations) - said nothing.')).toBe(0);
    expect(datelineLength('Putin will visit China.')).toBe(0);
  });
});

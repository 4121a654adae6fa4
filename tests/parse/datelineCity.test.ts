import { describe, expect, it } from 'vitest';
import { datelineCity } from '../../src/parse/datelineCity.js';

describe('datelineCity', () => {
  it('reads the place of a wire dateline, with its country and region', () => {
    expect(datelineCity('TBILISI, May 16 (Example Wire) - Georgian President Salome Zourabichvili vetoed a law.')).toEqual({ name: 'Tbilisi', kind: 'place', country: 'GE', region: 'Europe' });
    expect(datelineCity('BUENOS AIRES, May 16 (Reuters) - Milei spoke.')).toMatchObject({ name: 'Buenos Aires', country: 'AR', region: 'Americas' });
    expect(datelineCity('KYIV, Ukraine (AP) — Drones struck.')).toMatchObject({ name: 'Kyiv', country: 'UA' });
  });

  it('gives nothing without a dateline or for a place it does not know', () => {
    expect(datelineCity('US - China talks resumed on Monday.')).toBeUndefined();
    expect(datelineCity('SPRINGFIELD, May 15 (Example Wire) - Talks resumed.')).toBeUndefined();
    expect(datelineCity('DUBAI, May 15 (Example Wire) - Talks resumed.')).toMatchObject({ name: 'Dubai', country: 'AE' });
    expect(datelineCity('Talks resumed in Tbilisi.')).toBeUndefined();
  });
});

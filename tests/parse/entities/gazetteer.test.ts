import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/parse/entities/gazetteer.js';
import { ROOT } from '../../helpers.js';

describe('gazetteer', () => {
  it('finds forms exactly where its pattern does, left to right, longest first, as whole words', () => {
    const g = gazetteer();
    const dir = path.join(ROOT, 'tests', 'fixtures', 'articles');
    const texts = [
      ...readdirSync(dir).map((n) => readFileSync(path.join(dir, n), 'utf8')),
      'South Korea, North Korea and Korea; the U.S. and US-led, USA.; Nato/NATO; anti-Russian Russians; Chinas China’s; Élysée; the West; UK2 U.K. G7G20 G20',
    ];
    for (const text of texts) {
      const expected = [...text.matchAll(g.pattern)].map((m) => ({ form: m[0], index: m.index }));
      expect(g.find(text)).toEqual(expected);
    }
  });

  it('knows towns in the news besides capitals, with their country and region', () => {
    const g = gazetteer();
    expect(g.lookup.get('Kharkiv')?.entity).toEqual({ name: 'Kharkiv', kind: 'place', country: 'UA', region: 'Europe' });
    expect(g.lookup.get('Odessa')?.entity.name).toBe('Odesa');
    expect(g.lookup.get('Rafah')?.entity).toMatchObject({ country: 'PS', region: 'Middle East' });
    expect(g.lookup.get('Tehran')?.entity).toMatchObject({ name: 'Iran', region: 'Middle East' });
    expect(g.lookup.get('Nice')).toBeUndefined();
  });
});


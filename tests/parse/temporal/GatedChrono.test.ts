import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import type { ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { createChrono } from '../../../src/parse/temporal/createChrono.js';
import { GatedChrono } from '../../../src/parse/temporal/GatedChrono.js';
import { splitSentences } from '../../../src/parse/splitSentences.js';
import { ROOT, SEED_FILE } from '../../helpers.js';

const ref = { instant: new Date('1998-02-13T12:00:00Z'), timezone: 0 };
const shape = (rs: ParsingResult[]) => rs.map((r) => [r.index, r.text, [...r.tags()].sort(), r.start.date().toISOString(), r.end?.date().toISOString()]);

describe('GatedChrono', () => {
  it('finds exactly what chrono\'s own parse loop finds with the same parsers and refiners', () => {
    const gated = createChrono();
    expect(gated).toBeInstanceOf(GatedChrono);
    const plain = new chrono.Chrono({ parsers: gated.parsers, refiners: gated.refiners });
    const dir = path.join(ROOT, 'tests', 'fixtures', 'te3');
    const texts = [readFileSync(SEED_FILE, 'utf8'), ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tml')).map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/<[^>]+>/g, ''))];
    let compared = 0;
    for (const text of texts) {
      for (const s of splitSentences(text).sentences) {
        const a = shape(gated.parse(s.text, ref) as ParsingResult[]);
        expect(a, s.text).toEqual(shape(plain.parse(s.text, ref) as ParsingResult[]));
        compared += a.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('clones as itself', () => {
    expect(createChrono().clone()).toBeInstanceOf(GatedChrono);
  });
});

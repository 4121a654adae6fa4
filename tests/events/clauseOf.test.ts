import { describe, expect, it } from 'vitest';
import { clauseOf } from '../../src/events/clauseOf.js';

const clause = (s: string, word: string) => {
  const { start, end } = clauseOf(s, s.indexOf(word));
  return s.slice(start, end).trim();
};

describe('clauseOf', () => {
  it('splits at a coordinating conjunction that starts a new subject', () => {
    expect(clause('The sides held drills and China has opposed sanctions.', 'sanctions')).toBe('China has opposed sanctions.');
    // Names listed as one subject are no clause of their own.
    expect(clause('Britain, France and Germany imposed sanctions.', 'sanctions')).toBe('Britain, France and Germany imposed sanctions.');
    expect(clause('Britain and France imposed sanctions.', 'sanctions')).toBe('Britain and France imposed sanctions.');
  });
  it('closes a relative clause at its comma when the main clause goes on with its verb', () => {
    const s = 'Milei, who took office in December, has visited the United States three times since January.';
    expect(clause(s, 'took')).toBe('took office in December');
    expect(clause(s, 'visited')).toBe('has visited the United States three times since January.');
    const met = 'Blinken, who arrived in Kyiv on Tuesday, met Zelensky on Wednesday.';
    expect(clause(met, 'arrived')).toBe('arrived in Kyiv on Tuesday');
    expect(clause(met, 'met')).toBe('met Zelensky on Wednesday.');
  });
  it('keeps a list inside a relative clause whole', () => {
    const s = 'Taylor, who stepped down as chairman, president and chief executive in March for health reasons.';
    expect(clause(s, 'stepped')).toBe('stepped down as chairman, president and chief executive in March for health reasons.');
  });
});

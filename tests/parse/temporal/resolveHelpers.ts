import { resolveTimexes } from '../../../src/parse/temporal/resolveTimexes.js';
import type { Timex } from '../../../src/parse/temporal/Timex.js';

/** Tuesday 14 May 2024, noon in London: the reference the examples use. */
export const PUBLISHED = new Date('2024-05-14T11:00:00Z');

/** The expressions found in a text, published at `published` (a date, noon UTC) in `timeZone`. */
export function timexes(text: string, published: Date | string = PUBLISHED, timeZone = 'Europe/London'): Timex[] {
  const at = typeof published === 'string' ? new Date(`${published}T12:00:00Z`) : published;
  return resolveTimexes({ text, published: at, timeZone });
}

/** `[text, value]` pairs, the shortest way to state what a parser found. */
export function found(text: string, published?: Date | string, timeZone?: string): [string, string][] {
  return timexes(text, published, timeZone).map((t) => [t.text, t.value]);
}

/** The single expression of a text (fails the test when there is not exactly one). */
export function only(text: string, published?: Date | string, timeZone?: string): Timex {
  const r = timexes(text, published, timeZone);
  if (r.length !== 1) throw new Error(`expected one expression in "${text}", got ${JSON.stringify(r.map((t) => t.text))}`);
  return r[0] as Timex;
}

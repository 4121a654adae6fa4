import type { Entity } from './entities/Entity.js';
import { gazetteer } from './entities/gazetteer.js';
import { datelineLength } from './datelineLength.js';

/**
 * The place a wire dateline names ("TBILISI, May 16 (Reuters) -" → Tbilisi, in Georgia and
 * Europe), when the gazetteer knows it: the capital as a place with its country and region, or a
 * country named itself ("UKRAINE (AP) —"). Undefined when the sentence has no dateline or the
 * place is unknown ("SPRINGFIELD").
 *
 * @example
 * datelineCity('TOKYO, May 15 (Example Wire) - Japan lifted a tsunami advisory.')
 * //=> { name: 'Tokyo', kind: 'place', country: 'JP', region: 'East Asia' }
 */
export function datelineCity(sentence: string): Entity | undefined {
  const length = datelineLength(sentence);
  if (!length) return undefined;
  const caps = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*)/u.exec(sentence.slice(0, length))?.[1];
  if (!caps) return undefined;
  const name = caps.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const entry = gazetteer().lookup.get(name);
  if (!entry) return undefined;
  if (entry.city) return { ...entry.city };
  return entry.entity.kind === 'country' || entry.entity.kind === 'place' ? { ...entry.entity } : undefined;
}

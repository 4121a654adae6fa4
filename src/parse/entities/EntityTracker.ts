import type { Entity, Mention } from './Entity.js';
import { gazetteer } from './gazetteer.js';

const NAME = "[A-Z][a-z]+(?:[-'’][A-Za-z]+)*";
const FULL_NAME = `${NAME}(?:\\s+${NAME}){1,3}`;
const ROLE =
  '(?:President|Vice President|Prime Minister|Deputy Prime Minister|Premier|Chancellor|leader|Leader|Supreme Leader|Foreign Minister|Defen[cs]e Minister|Finance Minister|minister|Minister|Secretary of State|Secretary-General|Secretary General|King|Queen|Crown Prince|Prince|Emir|Sultan|Pope|General|Gen\\.|Chairman|spokesman|spokeswoman|spokesperson|ambassador|envoy|Ambassador)';
const TITLED = new RegExp(`(?:(\\p{Lu}[\\p{L}-]+)\\s+)?(${ROLE})\\s+(${FULL_NAME})`, 'gu');
const APPOSITIVE = new RegExp(`(${FULL_NAME})(?:,)?\\s+(?:as|,)\\s+(?:the\\s+)?(?:next\\s+|new\\s+|incoming\\s+|former\\s+)?(president|prime minister|leader|premier|chancellor|king|queen)\\s+of\\s+(\\p{Lu}[\\p{L}\\s]+?)(?=[,.;]|\\s+(?:and|who|which|the)\\b|$)`, 'gu');
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|President|Premier|Chancellor)\.?\s+(\p{Lu}[\p{L}-]+)(?![-\s]+\p{Lu})/gu;

/**
 * Finds actors and places sentence by sentence through one article, remembering the people it has
 * met so that later mentions ("Mr Putin", "Mr Xi") link back to them ("Vladimir Putin",
 * "Xi Jinping"). Countries come as names, demonyms ("Russian") and capitals or seats used as
 * metonyms ("Beijing", "the Kremlin").
 */
export class EntityTracker {
  readonly people: Entity[] = [];

  /** Mentions in one sentence, in text order, without overlaps. */
  mentions(sentence: string): Mention[] {
    const g = gazetteer();
    const found: Mention[] = [];

    for (const m of sentence.matchAll(TITLED)) {
      const [, nationality, role, name] = m;
      if (!role || !name) continue;
      const country = nationality ? g.lookup.get(nationality)?.entity : undefined;
      const person = this.person(cleanName(name), role.toLowerCase() === 'leader' ? 'leader' : role, country?.country);
      const at = (m.index ?? 0) + m[0].length - name.length;
      found.push({ entity: person, start: at, end: at + cleanName(name).length, via: 'title' });
    }
    for (const m of sentence.matchAll(APPOSITIVE)) {
      const [, name, role, place] = m;
      if (!name || !role || !place) continue;
      const country = g.lookup.get(place.trim())?.entity;
      const person = this.person(cleanName(name), role, country?.country);
      const at = m.index ?? 0;
      found.push({ entity: person, start: at, end: at + cleanName(name).length, via: 'title' });
    }
    for (const m of sentence.matchAll(HONORIFIC)) {
      const surname = m[1];
      const person = this.people.find((p) => p.name.split(/\s+/).includes(surname ?? ''));
      if (!person) continue;
      found.push({ entity: person, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, via: 'alias' });
    }
    g.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(g.pattern)) {
      const entry = g.lookup.get(m[0]);
      if (entry) found.push({ entity: entry.entity, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, via: entry.via });
    }
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const out: Mention[] = [];
    for (const f of found) {
      const last = out[out.length - 1];
      if (last && f.start < last.end) continue;
      out.push(f);
    }
    return out;
  }

  private person(name: string, role: string, country: string | undefined): Entity {
    let p = this.people.find((x) => x.name === name || x.name.endsWith(` ${name}`) || name.endsWith(` ${x.name}`));
    if (!p) {
      p = { name, kind: 'person' };
      this.people.push(p);
    }
    if (!p.role) p.role = role;
    if (country && !p.country) {
      p.country = country;
      const region = gazetteer().country(country)?.region;
      if (region) p.region = region;
    }
    return p;
  }
}

function cleanName(name: string): string {
  return name.replace(/['’]s$/, '').trim();
}

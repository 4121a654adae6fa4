import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { ADDITIONS, COUNTRY_ALIASES, REGION_OF_SUBREGION, REGION_OVERRIDES } from './additions.js';
import { escapeRegExp } from '../escapeRegExp.js';
import type { Entity, Mention } from './Entity.js';

/** What a surface form names, and how. */
export interface GazetteerEntry {
  entity: Entity;
  via: Mention['via'];
  /** For a capital or seat: the city itself as a place. */
  city?: Entity;
}

/** Surface form → entity, built once from `world-countries` and our additions. */
export interface Gazetteer {
  lookup: ReadonlyMap<string, GazetteerEntry>;
  /** Matches any surface form as a whole word, longest first. */
  pattern: RegExp;
  /**
   * The surface forms in a text, left to right: what `text.matchAll(pattern)` finds, found by
   * looking up each word's first two letters instead of trying 800 alternatives at every position.
   */
  find(text: string): { form: string; index: number }[];
  /** Country entity by ISO alpha-2. */
  country(code: string): Entity | undefined;
  /** The adjective for a country ("Chinese" for CN), for naming its institutions. */
  demonym(code: string): string | undefined;
}

let built: Gazetteer | undefined;

// world-countries ships CommonJS whose typings declare an ES default export; require() is exact.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/**
 * The gazetteer of countries (names, demonyms singular and plural, capitals used as metonyms),
 * organisations and regions. Country data comes from the `world-countries` package; our own
 * additions live in `additions.ts`.
 *
 * @example
 * gazetteer().lookup.get('Kremlin')?.entity.country //=> 'RU'
 */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const lookup = new Map<string, GazetteerEntry>();
  const byCode = new Map<string, Entity>();
  const demonyms = new Map<string, string>();
  const add = (form: string, entry: GazetteerEntry) => {
    if (form.length < 2 || lookup.has(form)) return;
    lookup.set(form, entry);
  };
  for (const c of countries) {
    if (!c.independent && !COUNTRY_ALIASES[c.cca2] && c.cca2 !== 'TW' && c.cca2 !== 'PS') continue;
    const region = REGION_OVERRIDES[c.cca2] ?? REGION_OF_SUBREGION[c.subregion] ?? c.region;
    const aliases = COUNTRY_ALIASES[c.cca2];
    const name = aliases?.[0] && !/^[A-Z.]+$/.test(aliases[0]) ? aliases[0] : c.name.common;
    const entity: Entity = { name, kind: 'country', country: c.cca2, region };
    byCode.set(c.cca2, entity);
    add(name, { entity, via: 'name' });
    add(c.name.common, { entity, via: 'name' });
    for (const a of aliases ?? []) add(a, { entity, via: 'name' });
    const dem = c.demonyms?.['eng'];
    if (dem) {
      demonyms.set(c.cca2, dem.m);
      for (const d of new Set([dem.m, dem.f])) {
        add(d, { entity, via: 'demonym' });
        // "Lithuanians vote", "Israelis": the plural names the people of the country.
        if (!/(?:s|sh|ch|ese|x|z)$/.test(d)) add(`${d}s`, { entity, via: 'demonym' });
      }
    }
    for (const capital of c.capital ?? []) {
      const city: Entity = { name: capital, kind: 'place', country: c.cca2, region };
      add(capital, { entity, via: 'metonym', city });
    }
  }
  for (const a of ADDITIONS) {
    for (const form of a.forms) {
      const country = a.country ? byCode.get(a.country) : undefined;
      const region = a.region ?? country?.region;
      let entity: Entity;
      if (a.kind === 'country' && country) entity = country;
      else {
        entity = { name: a.name || form, kind: a.kind === 'country' ? 'organisation' : a.kind };
        if (a.country) entity.country = a.country;
        if (region) entity.region = region;
      }
      const entry: GazetteerEntry = { entity, via: a.country || a.city ? 'metonym' : 'name' };
      if (a.city) {
        const cityRegion = byCode.get(a.city.country)?.region;
        entry.city = { name: a.city.name, kind: 'place', country: a.city.country, ...(cityRegion ? { region: cityRegion } : {}) };
      }
      lookup.set(form, entry);
    }
  }
  const sorted = [...lookup.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // Every form starts with a letter or digit (so only at a word's start) and is two or more units long.
  const byStart = new Map<string, string[]>();
  for (const form of sorted) {
    const key = form.slice(0, 2);
    const list = byStart.get(key);
    if (list) list.push(form);
    else byStart.set(key, [form]);
  }
  const find = (text: string) => {
    const out: { form: string; index: number }[] = [];
    let end = 0;
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
      const at = m.index;
      if (at < end) continue;
      const list = byStart.get(text.slice(at, at + 2));
      if (!list) continue;
      for (const form of list) {
        if (!text.startsWith(form, at)) continue;
        LETTER_OR_DIGIT.lastIndex = at + form.length;
        if (LETTER_OR_DIGIT.test(text)) continue;
        out.push({ form, index: at });
        end = at + form.length;
        break;
      }
    }
    return out;
  };
  built = { lookup, pattern, find, country: (code) => byCode.get(code), demonym: (code) => demonyms.get(code) };
  return built;
}

/** A run of letters and digits: where a form may start is the start of one. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

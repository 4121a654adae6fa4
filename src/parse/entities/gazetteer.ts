import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { ADDITIONS, COUNTRY_ALIASES, REGION_OF_SUBREGION, REGION_OVERRIDES } from './additions.js';
import type { Entity, Mention } from './Entity.js';

interface Entry {
  entity: Entity;
  via: Mention['via'];
}

/** Surface form → entity, built once from `world-countries` and our additions. */
export interface Gazetteer {
  lookup: ReadonlyMap<string, Entry>;
  /** Matches any surface form as a whole word, longest first. */
  pattern: RegExp;
  /** Country entity by ISO alpha-2. */
  country(code: string): Entity | undefined;
}

let built: Gazetteer | undefined;

// world-countries ships CommonJS whose typings declare an ES default export; require() is exact.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/**
 * The gazetteer of countries (names, demonyms, capitals used as metonyms), organisations and
 * regions. Country data comes from the `world-countries` package; our own additions live in
 * `additions.ts`.
 */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const lookup = new Map<string, Entry>();
  const byCode = new Map<string, Entity>();
  const add = (form: string, entry: Entry) => {
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
      add(dem.m, { entity, via: 'demonym' });
      add(dem.f, { entity, via: 'demonym' });
    }
    for (const capital of c.capital ?? []) add(capital, { entity, via: 'metonym' });
  }
  for (const a of ADDITIONS) {
    for (const form of a.forms) {
      const entity: Entity = { name: a.name || form, kind: a.kind };
      if (a.country) entity.country = a.country;
      const region = a.region ?? (a.country ? byCode.get(a.country)?.region : undefined);
      if (region) entity.region = region;
      lookup.set(form, { entity, via: a.country ? 'metonym' : 'name' });
    }
  }
  const forms = [...lookup.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  built = { lookup, pattern, country: (code) => byCode.get(code) };
  return built;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

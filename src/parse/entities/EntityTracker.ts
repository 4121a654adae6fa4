import { containsAny } from '../containsAny.js';
import type { Entity, Mention } from './Entity.js';
import { findNames, ORG_SUFFIX, type NameContext } from './findNames.js';
import { gazetteer } from './gazetteer.js';

/** First letter either case: "[Pp]resident". */
const ci = (words: string) => words.split(' ').map((w) => w.replace(/^([A-Za-z])/, (_, c: string) => `[${c.toUpperCase()}${c.toLowerCase()}]`)).join(' ');

const ROLE_WORDS = [
  'Vice President', 'President', 'Deputy Prime Minister', 'Prime Minister', 'Premier', 'Chancellor', 'Supreme Leader', 'opposition leader', 'leader',
  'Foreign Minister', 'Defen[cs]e Minister', 'Finance Minister', 'Interior Minister', 'Economy Minister', 'Trade Minister', 'Justice Minister', 'Energy Minister', 'Minister',
  'Secretary of State', 'Secretary-General', 'Secretary General', 'Attorney General', 'Defen[cs]e Secretary', 'Foreign Secretary', 'Home Secretary', 'Treasury Secretary', 'Secretary',
  'Crown Prince', 'King', 'Queen', 'Prince', 'Emir', 'Sultan', 'Pope', 'Ayatollah', 'Archbishop', 'Cardinal',
  'General', 'Gen\\.', 'Admiral', 'Commander', 'Colonel', 'Col\\.', 'Chairman', 'Chairwoman', 'Chair',
  'spokesman', 'spokeswoman', 'spokesperson', 'Ambassador', 'envoy', 'aide', 'adviser', 'advisor', 'official', 'negotiator',
  'journalist', 'correspondent', 'lawyer', 'attorney', 'prosecutor', 'Judge', 'Justice', 'Senator', 'Sen\\.', 'Rep\\.', 'Representative', 'Congressman', 'Congresswoman',
  'Governor', 'Gov\\.', 'Mayor', 'Commissioner', 'Director', 'Chief Executive', 'chief', 'CEO', 'analyst', 'economist', 'President-elect',
];
const ROLE = `(?:${ROLE_WORDS.map((r) => (/^[a-z]/.test(r) || r.includes(' ') ? ci(r).replace(/\[Oo\]f /g, 'of ') : r)).join('|')})`;
const NAME = "\\p{Lu}[\\p{Ll}\\p{Lu}]*(?:[-'’]\\p{L}+)*";
/** Lowercase particles inside names: "Daniel arap Moi", "Osama bin Laden", "Ursula von der Leyen". */
const PARTICLE = '(?:al|bin|ibn|arap|de|da|del|der|van|von|la|le|di|du|dos|el|ben)';
const NAMES = `${NAME}(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME}){0,3}`;
/** Who the person speaks for, before the role: "Russian", "Kremlin", "Chinese foreign ministry", "U.N.". */
const PREFIX = `(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?(?:\\s+(?:foreign|defen[cs]e|interior|finance)\\s+ministry)?)`;
const TITLED = new RegExp(`(?:${PREFIX}\\s+)?(?:(?:deputy|former|acting|then-|new|incoming|outgoing|top)\\s+)?(${ROLE})\\s+(${NAMES})`, 'gu');
const APPOSITIVE = new RegExp(`(${NAME}(?:\\s+${NAME}){1,3})(?:,)?\\s+(?:(?:will be |was |is |has been |had been )?(?:sworn in |inaugurated |elected |re-elected |appointed |named |installed )?as|,|who is)\\s+(?:the\\s+)?(?:next\\s+|new\\s+|incoming\\s+|former\\s+)?(president|prime minister|leader|premier|chancellor|king|queen|foreign minister|defen[cs]e minister)\\s+of\\s+(\\p{Lu}[\\p{L}\\s]+?)(?=[,.;]|\\s+(?:and|who|which|the|in|on|at)\\b|$)`, 'gu');
/** The last word of every role, lower case: a sentence with none of them has no TITLED match. */
const TITLED_NEEDS = containsAny(ROLE_WORDS.map((r) => (r.split(' ').pop() ?? r).replace(/\\\./g, '.').toLowerCase()));
const APPOSITIVE_NEEDS = containsAny(['president', 'minister', 'leader', 'premier', 'chancellor', 'king', 'queen']);
const HONORIFIC_NEEDS = containsAny(['Mr', 'Ms', 'Miss', 'Dr', 'Mme']);
const HONORIFIC = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Mme)\\.?\\s+(${NAME}(?:\\s+${NAME}){0,2})`, 'gu');
/** Ministries: "the Chinese Foreign Ministry", "China's foreign ministry", "Russia's Defence Ministry". */
const MINISTRY = /\b(?:(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:['’]s)?\s+)?([Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Ee]conomy|[Tt]rade|[Jj]ustice|[Hh]ealth|[Ee]nergy|[Ee]mergencies)\s+[Mm]inistry\b|\b[Mm]inistry\s+of\s+(Foreign Affairs|Defen[cs]e|the Interior|Finance|Justice)(?:\s+of\s+(\p{Lu}[\p{L}]+))?/gu;

/** Where a sentence names people by role ("President Vladimir Putin"), apposition or honorific ("Mr Xi"). */
interface Roles {
  titled: RegExpMatchArray[];
  appositive: RegExpMatchArray[];
  honorific: RegExpMatchArray[];
}

/** Capitalised words that never start or make up a person's name. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'When', 'While', 'This', 'That', 'His', 'Her', 'Its', 'Their',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'President', 'Minister', 'Prime', 'Foreign', 'Ministry', 'Secretary', 'General', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen',
  'Capt', 'Sgt', 'Lt', 'Col', 'Cmdr', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Det', 'Supt', 'Insp', 'Prof', 'Rev',
  'Inc', 'Corp', 'Co', 'Ltd', 'Group', 'Party', 'Congress', 'Senate', 'House', 'Court', 'Council', 'Union', 'Bank', 'University', 'Street', 'Day', 'News', 'Times', 'Post', 'Press',
]);

/**
 * Finds actors and places through one article, remembering the people it has met so that later
 * mentions ("Mr Putin", "Putin", "Mr Xi") link back to them ("Vladimir Putin", "Xi Jinping").
 * Call `learn` with all the article's sentences first: people are read from roles ("Russian
 * President Vladimir Putin", "Kremlin aide Yuri Ushakov"), appositions ("William Lai Ching-te …
 * president of Taiwan"), honorifics and capitalised runs (`findNames`), and each person's short name is
 * the one the text itself uses. Countries come as names, demonyms ("Russian", "Lithuanians") and
 * capitals or seats used as metonyms ("Beijing", "the Kremlin"); ministries carry their country.
 *
 * @example
 * const t = new EntityTracker();
 * t.learn(['Russian President Vladimir Putin will visit.', 'Mr Putin said so.']);
 * t.mentions('Mr Putin said so.')[0]?.entity.name //=> 'Vladimir Putin'
 */
export class EntityTracker {
  readonly people: Entity[] = [];
  private readonly ministries: Entity[] = [];
  /** Organisations found in capitalised runs, by name. */
  private readonly orgs = new Map<string, Entity>();
  /** Towns and cities found in capitalised runs, by name. */
  private readonly places = new Map<string, Entity>();
  /** Short name → person, for names that identify one person in this article. */
  private shortForms = new Map<string, Entity>();
  /** Every word of every person's name met so far. */
  private readonly personWords = new Set<string>();
  /** The role patterns' matches in each sentence, found once for `learn` and `mentions`. */
  private readonly roles = new Map<string, Roles>();

  /** Reads the people of a whole article before linking mentions, so a first "Putin" already links. */
  learn(sentences: readonly string[]): void {
    const g = gazetteer();
    const context = nameContext(sentences, this.personWords);
    const maybePlaces: [string, string][] = [];
    for (const s of sentences) {
      const roles = this.rolesIn(s);
      for (const m of roles.titled) this.fromTitled(m);
      for (const m of roles.appositive) this.fromAppositive(m);
      for (const m of roles.honorific) {
        const name = cleanName(m[1] ?? '');
        if (name) this.person(name, undefined, undefined);
      }
      // Names without a role ("Putin and Xi", "Luis Baez"), from capitalised runs; keep full names only.
      const found = findNames(s, context);
      for (const raw of found.people) {
        const tokens = cleanName(raw).split(/\s+/).filter((t) => t && !NOT_NAME.has(t) && /^\p{Lu}/u.test(t) && !g.lookup.has(t));
        if (!tokens.length) continue;
        // A name may go on past what was found: "William Lai" … "Ching-te".
        const joined = tokens.join(' ');
        const at = s.indexOf(joined);
        const more = at < 0 ? [] : followingNames(s, at + joined.length).trim().split(/\s+/);
        for (const t of more) {
          if (!t || NOT_NAME.has(t) || g.lookup.has(t) || tokens.length >= 4) break;
          tokens.push(cleanName(t));
        }
        if (tokens.length >= 2 && tokens.length <= 4) this.person(tokens.join(' '), undefined, undefined);
      }
      // Organisations the data does not know: "the Justice Department", "INS", "Metropolitan Police".
      for (const raw of found.organisations) {
        const name = raw.replace(/^(?:the|a|an)\s+/i, '').replace(/[,.;:!?"”’']+$/, '').replace(/['’]s$/, '').trim();
        if (!/^(?:\p{Lu}[\p{L}&.-]*)(?:\s+(?:of|for|and|\p{Lu}[\p{L}&.-]*))*$/u.test(name) || name.length < 2 || g.lookup.has(name) || this.orgs.has(name)) continue;
        if (this.people.some((p) => p.name === name) || NOT_NAME.has(name) || /[Mm]inistry/.test(name) || name.split(/\s+/).some((w, i, ws) => g.lookup.get(w)?.entity.kind === 'country' && ws[i + 1] !== 'Affairs')) continue;
        this.orgs.set(name, { name, kind: 'organisation' });
      }
      // Towns and cities the country data does not know: "the northeastern city of Harbin", "Stresa, Italy".
      for (const raw of found.places) this.place(raw, s);
      for (const raw of found.maybePlaces) maybePlaces.push([raw, s]);
    }
    // "in X" is a place unless X also names a person or begins an organisation here ("a stake in Intel" … "Intel Corp.").
    for (const [raw, s] of maybePlaces) {
      if (this.personWords.has(raw) || this.orgs.has(raw) || [...this.orgs.keys()].some((o) => o.startsWith(`${raw} `) || o.endsWith(` ${raw}`))) continue;
      this.place(raw, s);
    }
    this.mergeSingleNames();
    const text = sentences.join('\n');
    const owners = new Map<string, Entity[]>();
    for (const p of this.people) for (const t of p.name.split(/\s+/)) if (t.length > 1) owners.set(t, [...(owners.get(t) ?? []), p]);
    for (const p of this.people) {
      const tokens = p.name.split(/\s+/);
      if (tokens.length === 1) {
        if (owners.get(p.name)?.length === 1) this.shortForms.set(p.name, p);
        continue;
      }
      // The short name is the token the text uses on its own most often ("Mr Xi", "Putin said").
      let best: { token: string; count: number } | undefined;
      for (const t of tokens) {
        if (t.length < 2 || (owners.get(t)?.length ?? 0) > 1 || NOT_NAME.has(t)) continue;
        const alone = countAlone(text, t, p.name);
        if (alone > 0 && (!best || alone > best.count)) best = { token: t, count: alone };
      }
      if (best) {
        p.short = best.token;
        this.shortForms.set(best.token, p);
      }
    }
  }

  /** Mentions in one sentence, in text order, without overlaps. */
  mentions(sentence: string): Mention[] {
    const g = gazetteer();
    const found: Mention[] = [];
    /** "Russian President" before "Vladimir Putin": the person's country, not a separate actor. */
    const covered: { start: number; end: number }[] = [];
    const roles = this.rolesIn(sentence);
    for (const m of roles.titled) {
      const titled = this.fromTitled(m);
      if (!titled) continue;
      const at = (m.index ?? 0) + m[0].length - (m[3] ?? '').length;
      found.push({ entity: titled.person, start: at, end: at + titled.length, via: 'title', titleStart: m.index ?? 0 });
      if (!m[1] || !/ministry/i.test(m[1])) covered.push({ start: m.index ?? 0, end: at });
    }
    for (const m of roles.appositive) {
      const person = this.fromAppositive(m);
      if (person) found.push({ entity: person, start: m.index ?? 0, end: (m.index ?? 0) + cleanName(m[1] ?? '').length, via: 'title' });
    }
    for (const m of roles.honorific) {
      const name = cleanName(m[1] ?? '');
      const person = this.known(name) ?? this.person(name, undefined, undefined);
      found.push({ entity: person, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length - ((m[1] ?? '').length - name.length), via: 'alias' });
    }
    // Full names and short names of the people already met.
    for (const p of this.people) {
      for (const form of new Set([p.name, ...(p.short ? [p.short] : [])])) {
        if (form !== p.name && this.shortForms.get(form) !== p) continue;
        for (const at of wordsIn(sentence, form, PERSON_EDGES)) found.push({ entity: p, start: at, end: at + form.length, via: form === p.name ? 'name' : 'alias' });
      }
    }
    for (const [name, place] of [...this.places, ...this.orgs]) {
      for (const at of wordsIn(sentence, name, PLACE_EDGES)) found.push({ entity: place, start: at, end: at + name.length, via: 'name' });
    }
    for (const m of sentence.matchAll(MINISTRY)) {
      const { entity, owned } = this.ministry(m[1], m[2] ?? m[3] ?? 'Foreign', m[4]);
      const start = (m.index ?? 0) + (m[1] && !owned ? m[0].indexOf(m[2] ?? '', m[1].length) : 0);
      found.push({ entity, start, end: (m.index ?? 0) + m[0].length, via: 'name' });
    }
    for (const { form, index } of g.find(sentence)) {
      const entry = g.lookup.get(form);
      if (!entry) continue;
      if (covered.some((c) => index >= c.start && index < c.end)) continue;
      const mention: Mention = { entity: entry.entity, start: index, end: index + form.length, via: entry.via };
      if (entry.city) mention.city = entry.city;
      found.push(mention);
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

  private rolesIn(sentence: string): Roles {
    let roles = this.roles.get(sentence);
    if (!roles) {
      // Each pattern needs one of its words (in any case): most sentences have none and are not searched.
      const lower = sentence.toLowerCase();
      roles = {
        titled: TITLED_NEEDS(lower) ? [...sentence.matchAll(TITLED)] : [],
        appositive: APPOSITIVE_NEEDS(lower) ? [...sentence.matchAll(APPOSITIVE)] : [],
        honorific: HONORIFIC_NEEDS(sentence) ? [...sentence.matchAll(HONORIFIC)] : [],
      };
      this.roles.set(sentence, roles);
    }
    return roles;
  }

  private fromTitled(m: RegExpMatchArray): { person: Entity; length: number } | undefined {
    const [, prefix, role, rawName] = m;
    if (!role || !rawName) return undefined;
    const g = gazetteer();
    const tokens = cleanName(rawName).split(/\s+/);
    const kept: string[] = [];
    for (const t of tokens) {
      if (NOT_NAME.has(t) || g.lookup.has(t) || ORG_SUFFIX.has(t)) break;
      kept.push(t);
    }
    if (!kept.length) return undefined;
    const name = kept.join(' ');
    let country: string | undefined;
    for (const word of (prefix ?? '').split(/\s+/)) {
      const e = g.lookup.get(word)?.entity ?? g.lookup.get(word.replace(/['’]s$/, ''))?.entity;
      if (e?.country) {
        country = e.country;
        break;
      }
    }
    const known = this.known(name);
    if (known && kept.length === 1) {
      if (!known.role) known.role = normaliseRole(role);
      return { person: known, length: name.length };
    }
    return { person: this.person(name, normaliseRole(role), country), length: name.length };
  }

  private fromAppositive(m: RegExpMatchArray): Entity | undefined {
    const [, name, role, place] = m;
    if (!name || !role || !place) return undefined;
    const clean = cleanName(name);
    if (clean.split(/\s+/).some((t) => NOT_NAME.has(t) || gazetteer().lookup.has(t))) return undefined;
    const country = gazetteer().lookup.get(place.trim())?.entity;
    return this.person(clean, role, country?.country);
  }

  /** A person already met under this full name or unambiguous short name. */
  private known(name: string): Entity | undefined {
    return this.people.find((p) => p.name === name) ?? this.shortForms.get(name) ?? this.people.find((p) => p.name.split(/\s+/).length > 1 && (p.name.endsWith(` ${name}`) || p.short === name));
  }

  private person(name: string, role: string | undefined, country: string | undefined): Entity {
    let p = this.people.find((x) => x.name === name || (name.includes(' ') && (x.name.endsWith(` ${name}`) || name.endsWith(` ${x.name}`) && x.name.includes(' '))));
    if (!p) {
      p = { name, kind: 'person' };
      this.people.push(p);
      for (const w of name.split(' ')) this.personWords.add(w);
    }
    if (role && !p.role) p.role = role;
    if (country && !p.country) {
      p.country = country;
      const region = gazetteer().country(country)?.region;
      if (region) p.region = region;
    }
    return p;
  }

  /** A town or city found in sentence `s`, with the country the text gives it ("Stresa, Italy"). */
  private place(raw: string, s: string): void {
    const g = gazetteer();
    const name = (raw.split(',')[0] ?? '').replace(/^(?:the\s+)?(?:[a-z-]+\s+)*(?:city|town|village|port|province|region) of\s+/, '').replace(/[,.;:!?]+$/, '').replace(/['’]s$/, '').trim();
    if (!/^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u.test(name) || g.lookup.has(name) || NOT_NAME.has(name) || this.places.has(name)) return;
    if (this.people.some((p) => p.name.split(/\s+/).includes(name))) return;
    const country = nameAfterComma(s, name);
    const owner = country ? g.lookup.get(country)?.entity : undefined;
    const place: Entity = { name, kind: 'place' };
    if (owner?.kind === 'country' && owner.country) {
      place.country = owner.country;
      if (owner.region) place.region = owner.region;
    }
    this.places.set(name, place);
  }

  /** A single name learned from "Mr Putin" folds into "Vladimir Putin" when the text has both. */
  private mergeSingleNames(): void {
    for (const single of [...this.people]) {
      if (single.name.includes(' ')) continue;
      const full = this.people.filter((p) => p !== single && p.name.split(/\s+/).includes(single.name));
      if (full.length !== 1) continue;
      const [into] = full;
      if (!into) continue;
      if (single.role && !into.role) into.role = single.role;
      if (single.country && !into.country) {
        into.country = single.country;
        if (single.region) into.region = single.region;
      }
      this.people.splice(this.people.indexOf(single), 1);
    }
  }

  private ministry(owner: string | undefined, type: string, ofCountry: string | undefined): { entity: Entity; owned: boolean } {
    const g = gazetteer();
    const label = type.replace(/^the\s+/i, '').replace(/\s+Affairs$/, '').replace(/^\w/, (c) => c.toUpperCase());
    const kind = `${label} Ministry`;
    const country = [ofCountry, ...(owner ?? '').split(/\s+/)].map((w) => (w ? g.lookup.get(w.replace(/['’]s$/, ''))?.entity : undefined)).find((e) => e?.country)?.country;
    if (!country) {
      // "the Foreign Ministry" after "China's Foreign Ministry": the same one.
      const last = [...this.ministries].reverse().find((m) => m.name.endsWith(kind));
      if (last) return { entity: last, owned: false };
    }
    const adjective = country ? g.demonym(country) : undefined;
    const name = adjective ? `${adjective} ${kind}` : kind;
    let entity = this.ministries.find((m) => m.name === name);
    if (!entity) {
      entity = { name, kind: 'organisation' };
      if (country) {
        entity.country = country;
        const region = g.country(country)?.region;
        if (region) entity.region = region;
      }
      this.ministries.push(entity);
    }
    return { entity, owned: country !== undefined };
  }
}

/** What `findNames` asks: the article's lower-case words (a capitalised one of them is a common word) and the gazetteer. */
function nameContext(sentences: readonly string[], personWords: ReadonlySet<string>): NameContext {
  const g = gazetteer();
  const lower = new Set<string>();
  for (const s of sentences) for (const m of s.matchAll(LOWER_WORD)) lower.add(m[0]);
  return {
    isCommon: (word) => lower.has(word),
    isKnown: (form) => g.lookup.has(form),
    isCountry: (form) => g.lookup.get(form)?.entity.kind === 'country',
    isPersonWord: (word) => personWords.has(word),
  };
}
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu;

function cleanName(name: string): string {
  return name.replace(/[,.;:!?"”’']+$/, '').replace(/['’]s$/, '').trim();
}

function normaliseRole(role: string): string {
  return /^leader$/i.test(role) ? 'leader' : role.replace(/\s+/g, ' ');
}

/** What may not touch a word found in a text, before and after it (code points). */
interface Edges {
  before: RegExp;
  after: RegExp;
  /** Also not a hyphen followed by a letter ("Putin-era"). */
  hyphenLetterAfter: boolean;
}
/** A person's name or short name: not inside a word, a number or a hyphenated name. */
const PERSON_EDGES: Edges = { before: /[\p{L}\p{N}-]/u, after: /[\p{L}\p{N}]/u, hyphenLetterAfter: true };
/** A place or organisation learned from capitalised runs. */
const PLACE_EDGES: Edges = { before: /[\p{L}\p{N}-]/u, after: /[\p{L}\p{N}]/u, hyphenLetterAfter: false };
/** A name token counted on its own. */
const TOKEN_EDGES: Edges = { before: /[\p{L}-]/u, after: /\p{L}/u, hyphenLetterAfter: true };
/** Any occurrence. */
const NO_EDGES: Edges = { before: /(?!)/u, after: /(?!)/u, hyphenLetterAfter: false };

/**
 * Where `word` stands in `text` between the given edges, left to right without overlaps: what
 * `text.matchAll(/(?<!before)word(?!after)/gu)` finds, found with `indexOf` instead of a pattern
 * compiled per name (each such pattern is kilobytes of machine code, for every name of every article).
 */
function wordsIn(text: string, word: string, edges: Edges): number[] {
  const out: number[] = [];
  if (!word) return out;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (edges.before.test(codePointBefore(text, at))) continue;
    const end = at + word.length;
    const next = codePointAt(text, end);
    if (edges.after.test(next)) continue;
    if (edges.hyphenLetterAfter && next === '-' && /\p{L}/u.test(codePointAt(text, end + 1))) continue;
    out.push(at);
    at = end - 1;
  }
  return out;
}

function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text.charAt(at - 2)) ? text.slice(at - 2, at) : text.charAt(at - 1);
}

function codePointAt(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Capitalised names right after `at`: " Ching-te" after "William Lai". */
const FOLLOWING_NAMES = new RegExp(`(?:\\s+${NAME})*`, 'uy');

function followingNames(text: string, at: number): string {
  FOLLOWING_NAMES.lastIndex = at;
  return FOLLOWING_NAMES.exec(text)?.[0] ?? '';
}

/** The country after a town's first "Town, Country" in `text` ("Stresa, Italy"). */
const AFTER_COMMA = /,\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/uy;

function nameAfterComma(text: string, name: string): string | undefined {
  for (let at = text.indexOf(`${name},`); at >= 0; at = text.indexOf(`${name},`, at + 1)) {
    AFTER_COMMA.lastIndex = at + name.length;
    const m = AFTER_COMMA.exec(text);
    if (m) return m[1];
  }
  return undefined;
}


/** How often `token` stands alone in `text`, not as part of `full`. */
function countAlone(text: string, token: string, full: string): number {
  return wordsIn(text, token, TOKEN_EDGES).length - wordsIn(text, full, NO_EDGES).length;
}

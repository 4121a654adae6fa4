import compromise from 'compromise';

/** The parts of compromise's internal match net that its sweep reads (compromise 14). */
interface Match {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Match[]>;
  always: Match[];
}
type Term = object;
interface Methods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[];
    match(document: Term[][], match: Match): { ptrs: number[][] };
    bulkMatch: typeof bulkMatch;
    tokenize: { fromString(text: string, world: World): Term[][] };
  };
}
interface World {
  methods: Methods;
  hooks: string[];
}

/** A net's hooks as compromise's sweep walks them: each hook name's rank and its rules, each rule numbered by its pattern. */
interface NetIndex {
  rank: Map<string, number>;
  rules: { id: number; match: Match }[][];
  /** `seen[id] === stamp`: the pattern was already met in this sentence. */
  seen: Uint32Array;
  stamp: number;
}

/** Built once per net: compromise never changes a net once built. */
const indexes = new WeakMap<Record<string, Match[]>, NetIndex>();

function indexOf(hooks: Record<string, Match[]>): NetIndex {
  let ix = indexes.get(hooks);
  if (!ix) {
    const keys = Object.keys(hooks);
    const ids = new Map<string, number>();
    const rules = keys.map((k) => hooks[k]!.map((match) => {
      let id = ids.get(match.match);
      if (id === undefined) ids.set(match.match, (id = ids.size));
      return { id, match };
    }));
    ix = { rank: new Map(keys.map((k, i) => [k, i])), rules, seen: new Uint32Array(ids.size), stamp: 0 };
    indexes.set(hooks, ix);
  }
  return ix;
}

/**
 * compromise's `bulkMatch` (the sweep that runs its hundreds of tagging rules), giving the same
 * matches in the same order, faster. compromise finds each sentence's candidate rules by walking
 * all of the net's thousands of hook words, asking for each whether the sentence has it, and
 * concatenating and de-duplicating lists; this walks the sentence's own words and tags, puts
 * them in the net's order, and de-duplicates by number. Then the same checks (needs, ifNo,
 * wants, minWords) and the same matching, in the same order.
 */
function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): object[] {
  const docCache = methods.one.cacheDoc(document);
  const ix = indexOf(net.hooks);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const present: number[] = [];
    for (const item of haves) {
      const r = ix.rank.get(item);
      if (r !== undefined) present.push(r);
    }
    present.sort((a, b) => a - b);
    if (++ix.stamp === 0xffffffff) {
      ix.seen.fill(0);
      ix.stamp = 1;
    }
    const todo: Match[] = [];
    for (const r of present) {
      for (const { id, match: m } of ix.rules[r]!) {
        if (ix.seen[id] === ix.stamp) continue;
        ix.seen[id] = ix.stamp;
        if (!m.needs.every((need) => haves.has(need))) continue;
        if (m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) continue;
        if (m.wants.length !== 0 && m.wants.filter((w) => haves.has(w)).length < m.minWant) continue;
        todo.push(m);
      }
    }
    for (const m of net.always) todo.push(m);
    const terms = document[n]!;
    for (const m of todo) {
      if (terms.length < m.minWords) continue;
      const res = methods.one.match([terms], m);
      if (!res.ptrs.length) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const found: Match & { pointer: number[] } = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) found.unTag = m.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

const world = compromise.world() as World;
world.methods.one.bulkMatch = bulkMatch;

type Doc = ReturnType<typeof compromise>;
const View = compromise.tokenize('').constructor as new (document: Term[][]) => Doc;
/** Every step `nlp()` runs but the phrase chunker, which only `verbs()` and the like read. */
const TAGGING = world.hooks.filter((h) => h !== 'chunks');

/**
 * compromise, as geodigest uses it: the same tagger with a faster rule sweep (the same tags in
 * about a fifth less time; `tests/parse/nlp.test.ts` runs the two side by side), and `nlp.tag`,
 * which tags a text as `nlp()` does but skips the phrase chunks (enough for `people()`,
 * `places()`, `organizations()`; about a tenth faster). The only module that imports compromise.
 *
 * @example
 * nlp('Vladimir Putin met Joe Biden in Geneva.').verbs().out('array') //=> ['met']
 * nlp.tag('Vladimir Putin met Joe Biden in Geneva.').people().out('array') //=> ['Vladimir Putin', 'Joe Biden']
 */
export const nlp = Object.assign((text: string): Doc => compromise(text), {
  tag(text: string): Doc {
    const doc = new View(text ? world.methods.one.tokenize.fromString(text, world) : []);
    if (text) doc.compute(TAGGING);
    return doc;
  },
});

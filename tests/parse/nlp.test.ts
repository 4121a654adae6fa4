import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compromise from 'compromise';
import { describe, expect, it } from 'vitest';
import { te3Article } from '../../src/eval/te3Article.js';
import { splitSentences } from '../../src/parse/splitSentences.js';
import { ROOT, seedArticle } from '../helpers.js';

type Methods = { one: { bulkMatch: unknown } };
const methods = (compromise.world() as { methods: Methods }).methods;
// compromise's own sweep, kept before `nlp` replaces it.
const original = methods.one.bulkMatch;
const { nlp } = await import('../../src/parse/nlp.js');
const ours = methods.one.bulkMatch;

/** Sentences of real news: the seed and the TempEval-3 excerpts in the fixtures. */
function sentences(): string[] {
  const out = splitSentences(seedArticle().text).sentences.map((s) => s.text);
  for (const sub of ['timebank', 'aquaint']) {
    const dir = path.join(ROOT, 'tests', 'fixtures', 'te3', sub);
    for (const f of readdirSync(dir).sort()) {
      const a = te3Article(f, readFileSync(path.join(dir, f), 'utf8'));
      if (a) out.push(...splitSentences(a.text).sentences.map((s) => s.text));
    }
  }
  return out;
}

/** Every term's text, tags and chunk, and the names compromise finds. */
function analysis(doc: ReturnType<typeof compromise>, chunks = true): unknown {
  const terms = (doc.json({ terms: { tags: true } }) as { terms: { text: string; tags: string[]; chunk?: string }[] }[]).map((s) => s.terms.map((t) => [t.text, t.tags, chunks ? t.chunk : null]));
  return [terms, doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
}

describe('nlp', () => {
  const texts = sentences();

  it('tags exactly as compromise does, sentence by sentence', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(ours).not.toBe(original);
    methods.one.bulkMatch = original;
    const theirs = texts.map((t) => analysis(compromise(t)));
    methods.one.bulkMatch = ours;
    const mine = texts.map((t) => analysis(nlp(t)));
    expect(mine).toEqual(theirs);
  });

  it('tag() gives the same tags and names as nlp(), without the phrase chunks', () => {
    for (const t of texts) expect(analysis(nlp.tag(t), false)).toEqual(analysis(nlp(t), false));
    expect(nlp.tag('Vladimir Putin met Joe Biden in Geneva.').people().out('array')).toEqual(['Vladimir Putin', 'Joe Biden']);
    expect(nlp.tag('').terms().length).toBe(0);
  });
});

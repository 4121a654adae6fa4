import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { te3Article } from '../eval/te3Article.js';
import type { Article } from '../ingest/Article.js';
import { parseArticle } from '../ingest/parseArticle.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The texts the benchmarks run on, with their publication dates. */
export interface BenchCorpus {
  name: string;
  articles: Article[];
}

/**
 * Real news with dates for the benchmarks: the TempEval-3 TimeBank and AQUAINT documents (256
 * news texts, 1989–1998, each with its document creation time) when the shared corpus is beside
 * the project (`../shared/te3`), else the excerpts of them in `tests/fixtures/te3` (12), else the
 * seed articles.
 *
 * @example
 * benchCorpus().articles.length //=> 256 with ../shared/te3
 */
export function benchCorpus(): BenchCorpus {
  for (const [root, name] of [[path.resolve(PACKAGE_ROOT, '..', 'shared', 'te3'), 'TempEval-3 TimeBank + AQUAINT'], [path.join(PACKAGE_ROOT, 'tests', 'fixtures', 'te3'), 'TempEval-3 excerpts (tests/fixtures/te3)']] as const) {
    if (!existsSync(root)) continue;
    const articles: Article[] = [];
    for (const sub of ['timebank', 'aquaint']) {
      const dir = path.join(root, sub);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
        const a = te3Article(f, readFileSync(path.join(dir, f), 'utf8'));
        if (a) articles.push(a);
      }
    }
    if (articles.length) return { name, articles };
  }
  const seeds = path.join(PACKAGE_ROOT, 'seeds');
  const articles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => parseArticle(path.join(seeds, f), readFileSync(path.join(seeds, f), 'utf8')).article ?? []);
  return { name: 'seeds', articles };
}

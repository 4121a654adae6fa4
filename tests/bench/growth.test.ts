import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { benchCorpus } from '../../src/bench/benchCorpus.js';
import { runPipeline } from '../../src/bench/runPipeline.js';
import { writeScaledCorpus } from '../../src/bench/writeScaledCorpus.js';
import type { Event } from '../../src/events/Event.js';
import { extractArticles } from '../../src/events/extractArticles.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { addIsoDays } from '../../src/time/isoDate.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { tempDir } from '../helpers.js';

// The regression guard of the benchmark (`npm run bench` measures; this only compares): it fails on
// a crash or when the cost per article grows with the number of articles — never on a time itself.
const week = parseIsoWeek('2024-W20')!;
const base = benchCorpus().articles.slice(0, 64);

describe('the benchmark at 1× (crashes and growth only)', () => {
  it('runs the pipeline at 1× and 4×, at about the same cost per article', async () => {
    const dir = tempDir();
    const one = writeScaledCorpus(path.join(dir, 'x1'), base, 1, week);
    const four = writeScaledCorpus(path.join(dir, 'x4'), base, 4, week);
    await runPipeline(one.dir, { threads: 1, runs: 1 }); // warm-up
    const small = await runPipeline(one.dir, { threads: 1, runs: 1 });
    const large = await runPipeline(four.dir, { threads: 1, runs: 1 });
    expect(small.events).toBeGreaterThan(0);
    expect(large.articles).toBeGreaterThan(3 * small.articles);
    // Linear: about 1; quadratic would be about 4 (measured once more when another process slowed a run down).
    let growth = large.runsMs[0]! / large.articles / (small.runsMs[0]! / small.articles);
    if (growth >= 2) {
      const [again, againLarge] = [await runPipeline(one.dir, { threads: 1, runs: 1 }), await runPipeline(four.dir, { threads: 1, runs: 1 })];
      growth = Math.min(growth, againLarge.runsMs[0]! / againLarge.articles / (again.runsMs[0]! / again.articles));
    }
    expect(growth).toBeLessThan(2);
  }, 180_000);

  it('merges 10 times the events at about the same cost per event', async () => {
    const events: Event[][] = [];
    for await (const { outcome } of extractArticles(base, { threads: 1 })) if ('events' in outcome) events.push(outcome.events);
    // Copies as the benchmark's outlets write them: other articles, dates moved by whole groups of days.
    const copies = (n: number): Event[][] => Array.from({ length: n }, (_, c) => events.map((list) => list.map((e) => {
      const move = (d: string | null) => (d === null ? null : addIsoDays(d, Math.floor(c / 4) * 3));
      return { ...e, id: `${e.id}@${c}`, start: move(e.start), end: move(e.end), relations: e.relations.map((r) => ({ ...r, event: `${r.event}@${c}` })), sources: e.sources.map((s) => ({ ...s, article: `${s.article}@${c}` })) };
    }))).flat();
    const perEvent = (n: number) => {
      const input = copies(n);
      const count = input.reduce((k, l) => k + l.length, 0);
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        expect(buildTimeline(input).length).toBeGreaterThan(0);
        best = Math.min(best, performance.now() - t0);
      }
      return best / count;
    };
    perEvent(4); // warm-up
    // 4× against 40× copies: a linear merge stays near 1, a quadratic one is near 10. A few dozen
    // events (the excerpt corpus of a clean clone) take well under a millisecond to merge, too
    // little to time on a loaded machine, so the smaller size is 4× already.
    // (Measured again, up to three times, when another process slowed one size down: a
    // quadratic merge stays near 10 however often it is measured.)
    let ratio = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3 && ratio >= 4; round++) ratio = Math.min(ratio, perEvent(40) / perEvent(4));
    expect(ratio).toBeLessThan(4);
  }, 120_000);
});

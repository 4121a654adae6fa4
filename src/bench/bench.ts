/**
 * The benchmark suite (`npm run bench`), in one process run so that ratios are taken under the
 * same conditions: plain chrono against our resolver and the whole pipeline on the same real news
 * texts, the pipeline on a generated corpus at 1×, 10× and 100× (each size in a fresh process, for
 * its peak memory), with and without worker threads, and rendering a 40- and a 200-event week.
 * Reading big and many files is timed too (benchIngest.ts). Writes bench/results.json;
 * BENCHMARKS.md explains the numbers.
 *
 *   npm run bench                     (BENCH_SCALES=1,10 for a shorter run)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { PACKAGE_ROOT } from '../paths.js';
import { splitSentences } from '../parse/splitSentences.js';
import { resolveTimexes } from '../parse/temporal/resolveTimexes.js';
import { parseIsoWeek } from '../time/isoWeek.js';
import { benchCorpus } from './benchCorpus.js';
import type { PipelineRun } from './runPipeline.js';
import { benchRender } from './benchRender.js';
import { writeScaledCorpus } from './writeScaledCorpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** Warm-up runs before chrono and the resolver are timed. */
const CALL_WARM_UP = 6;
/** Warm-up runs of the pipeline at 1×, per thread extracting events. */
const PIPELINE_WARM_UP = 8;
const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const threads = Number(process.env.BENCH_THREADS ?? Math.max(2, os.availableParallelism()));
const started = performance.now();
const log = (line: string) => process.stderr.write(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}\n`);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
}

/**
 * Median time of `n` runs after `warmUp` runs: chrono settles after one run over the texts, the
 * resolver only after four to six (its time falls from 320 to 175 ms over the first eight).
 */
function time(n: number, fn: () => void, warmUp = CALL_WARM_UP): number {
  for (let i = 0; i < warmUp; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Two functions timed in alternating rounds (the order swapped each round) after their warm-up:
 * the median time of each and the median of the per-round ratios `b / a`. On a shared machine
 * whose speed drifts within seconds, timing one after the other put the drift into the ratio
 * (the same resolver read 1.87 and 2.85 × chrono in two runs of one evening).
 */
function timePair(n: number, a: () => void, b: () => void, warmUp = CALL_WARM_UP): { aMs: number; bMs: number; ratio: number } {
  for (let i = 0; i < warmUp; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const clock = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < n; i++) {
    if (i % 2) {
      as.push(clock(a));
      bs.push(clock(b));
    } else {
      bs.push(clock(b));
      as.push(clock(a));
    }
  }
  return { aMs: median(as), bMs: median(bs), ratio: median(bs.map((x, i) => x / as[i]!)) };
}

const round = (x: number, digits = 1) => +x.toFixed(digits);

// 1. The real texts: plain chrono sentence by sentence (the floor), and our resolver.
const corpus = benchCorpus();
const docs = corpus.articles;
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const mb = bytes / 1e6;
log(`${corpus.name}: ${docs.length} articles, ${mb.toFixed(2)} MB; chrono and resolver, median of ${runs}`);
/** Rounds of chrono against the resolver, alternating (see `timePair`). */
const PAIR_ROUNDS = Math.max(runs, 11);
const pair = timePair(
  PAIR_ROUNDS,
  () => {
    for (const d of docs) for (const s of splitSentences(d.text).sentences) chrono.casual.parse(s.text, { instant: d.published.instant, timezone: 0 });
  },
  () => {
    for (const d of docs) resolveTimexes({ text: d.text, published: d.published.instant, timeZone: d.timeZone });
  },
);
const plainMs = pair.aMs;
const chronoRun = () => {
  for (const d of docs) for (const s of splitSentences(d.text).sentences) chrono.casual.parse(s.text, { instant: d.published.instant, timezone: 0 });
};
/** chrono timed again right after the pipeline at 1× on one thread (see below). */
let chronoAfterMs: number | undefined;
const resolverMs = pair.bMs;
const throughput = (ms: number, articles = docs.length, megabytes = mb) => ({ ms: round(ms), articlesPerSecond: Math.round(articles / (ms / 1000)), megabytesPerSecond: round(megabytes / (ms / 1000), 2) });

// Long texts: one text of 1 MB and of 5 MB; the resolver's time per megabyte should stay flat.
const longText = (size: number) => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const t = docs[i % docs.length]!.text.trim();
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
};
const longRuns = [1e6, 5e6].map((size) => {
  const text = longText(size);
  const megabytes = Buffer.byteLength(text) / 1e6;
  const ms = time(1, () => resolveTimexes({ text, published: new Date('1998-02-13T12:00:00Z'), timeZone: 'UTC' }), 1);
  return { megabytes: round(megabytes, 2), ms: Math.round(ms), msPerMegabyte: Math.round(ms / megabytes) };
});

// 2. The pipeline on generated corpora, each size in a fresh process.
const week = parseIsoWeek('2024-W20')!;
const work = mkdtempSync(path.join(os.tmpdir(), 'geodigest-bench-'));
type ScaleRun = PipelineRun & { scale: number; warmUpRuns: number; megabytes: number; medianMs: number; msPerArticle: number; articlesPerSecond: number; megabytesPerSecond: number; cpuMsPerArticle: number };
const pipeline: ScaleRun[] = [];
try {
  for (const scale of scales) {
    const t0 = performance.now();
    const written = writeScaledCorpus(path.join(work, `x${scale}`), docs, scale, week);
    log(`${scale}×: wrote ${written.articles} articles in ${written.files} files (${(written.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // At 1× the ratio to chrono and the speed-up, timed as chrono and the resolver are: warm-up
    // runs, then the median of `runs`. V8 compiles the hot code fully only after each thread has
    // read about 1,300–1,600 articles: one thread settles after about six runs of the 256 articles
    // (the first is twice the sixth), and each of two workers, given half of every run, after about
    // twelve. Without them 1× would be timed half cold and 100× warm, and the cost per article would
    // seem to fall with size. Several runs share workers started once; the single run at 100×
    // starts its own, as `build` does.
    // Every size on one thread too: the cost per article on one thread is what tells whether the
    // pipeline grows linearly (worker start-up and warm-up make small runs on workers dearer).
    const plan = [1, threads].map((n) => {
      const warmUp = scale === 1 ? PIPELINE_WARM_UP * n : scale < 100 ? 1 : 0;
      return { n, warmUp, times: scale === 1 ? runs + warmUp : scale < 100 ? warmUp + 2 : 1 };
    });
    for (const { n, warmUp, times } of plan) {
      log(`${scale}×: pipeline on ${n} thread${n === 1 ? '' : 's'}, ${times} run${times === 1 ? '' : 's'}`);
      const run = JSON.parse(execFileSync(process.execPath, [path.join(here, 'benchPipeline.js'), written.dir, String(n), String(times)], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] })) as PipelineRun;
      const ms = median(run.runsMs.slice(warmUp));
      const megabytes = written.bytes / 1e6;
      pipeline.push({
        scale, ...run, warmUpRuns: warmUp, megabytes: round(megabytes, 2), medianMs: ms, msPerArticle: round(ms / run.articles, 2),
        articlesPerSecond: Math.round(run.articles / (ms / 1000)), megabytesPerSecond: round(megabytes / (ms / 1000), 3),
        cpuMsPerArticle: round(median(run.runsCpuMs.slice(warmUp)) / run.articles, 2),
      });
      log(`${scale}×: ${run.articles} articles, ${run.events} events, ${(ms / 1000).toFixed(1)} s (${(ms / run.articles).toFixed(1)} ms/article), peak ${run.maxRssMB} MB`);
      // The pipeline runs minutes after chrono was timed; on a machine whose speed drifts, chrono is
      // timed again right after the 1× run on one thread, and the ratio takes the mean of both.
      if (scale === 1 && n === 1) chronoAfterMs = time(runs, chronoRun, 1);
    }
    rmSync(written.dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 3. Rendering a 40- and a 200-event week, warm.
log('rendering 40 and 200 events');
const renderRuns = Number(process.env.BENCH_RENDER_RUNS ?? 15);
const render = [await benchRender(40, renderRuns), await benchRender(200, renderRuns)];

// 4. Reading: one big article per format at 5 and 20 MB, and 10,000 small files (benchIngest.ts,
// each case in its own process; it also writes bench/ingest-results.json).
log('reading: big files and many files');
const ingest = JSON.parse(execFileSync(process.execPath, [path.join(here, 'benchIngest.js')], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] })) as { cases: unknown[]; timeRatio20to5MB: unknown };

// Ratios and targets.
const at = (scale: number, n: number) => pipeline.find((p) => p.scale === scale && p.threads === n);
const one = at(1, 1);
const many = at(1, threads);
const growthOn = (n: number) => {
  const rows = scales.map((s) => at(s, n)).filter((p): p is ScaleRun => p !== undefined).map((p) => ({ scale: p.scale, articles: p.articles, msPerArticle: p.msPerArticle }));
  const base = rows[0]?.msPerArticle ?? 0;
  return rows.map((p) => ({ ...p, toFirst: round(p.msPerArticle / base, 2) }));
};
// Linearity on one thread: the same work at each size, nothing shared out.
const growth = growthOn(1);
const growthThreads = growthOn(threads);
const biggest = at(Math.max(...scales), threads);
const render200 = render.find((r) => r.events === 200)!;
/** chrono's time for the pipeline's ratio: the mean of its time before and right after the pipeline at 1×. */
const chronoForPipeline = chronoAfterMs === undefined ? plainMs : (plainMs + chronoAfterMs) / 2;
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
  corpus: { name: corpus.name, articles: docs.length, megabytes: round(mb, 3) },
  runs,
  chrono: { ...throughput(plainMs), msAfterPipeline1x: chronoAfterMs === undefined ? null : round(chronoAfterMs), msForPipelineRatio: round(chronoForPipeline) },
  resolver: { ...throughput(resolverMs), toChrono: round(pair.ratio, 2), rounds: PAIR_ROUNDS, timing: 'chrono and the resolver in alternating rounds; toChrono is the median of the per-round ratios' },
  resolverLongTexts: { runs: longRuns, growth: round(longRuns[1]!.msPerMegabyte / longRuns[0]!.msPerMegabyte, 2) },
  pipeline: {
    what: 'read a folder of JSON Lines (streamed) → events → timeline → digest → timeline.json written. medianMs: median of the runs after the first warmUpRuns (8 per thread at 1×, 1 at 10×, none in the single run at 100×; runsMs lists them all); every size on one thread and on the workers; several runs share workers started once (startupMs), a single run starts its own (included)',
    threads,
    runs: pipeline,
    toChrono: {
      oneThread: one ? round(one.medianMs / chronoForPipeline, 1) : null,
      [`${threads}Threads`]: many ? round(many.medianMs / chronoForPipeline, 1) : null,
    },
    speedUp: one && many ? round(one.medianMs / many.medianMs, 2) : null,
    identicalAcrossThreads: one && many ? one.timelineHash === many.timelineHash : null,
    perArticle: growth,
    [`perArticle${threads}Threads`]: growthThreads,
    articlesPerDay: biggest ? biggest.articlesPerSecond * 86_400 : null,
  },
  render,
  ingest: { cases: ingest.cases, timeRatio20to5MB: ingest.timeRatio20to5MB },
  targets: {
    // At 1× (255 articles) `build` runs on one thread (workers start from 500 articles): that is the pipeline a user times.
    pipelineToChrono: { target: '≤ 3', threads: 1, value: one ? round(one.medianMs / chronoForPipeline, 1) : null, holds: one ? one.medianMs / chronoForPipeline <= 3 : null },
    linear: { target: 'ms per article within ±25 % from 1× to the largest size, on one thread', value: growth.map((g) => g.toFirst), holds: growth.every((g) => Math.abs(g.toFirst - 1) <= 0.25) },
    memory: { target: '≤ 512 MB at the largest size', scale: biggest?.scale ?? null, value: biggest?.maxRssMB ?? null, holds: biggest ? biggest.maxRssMB <= 512 : null },
    render200: { target: '≤ 150 ms warm', value: render200.renderMs, holds: render200.renderMs <= 150 },
  },
  totalSeconds: Math.round((performance.now() - started) / 1000),
};
mkdirSync(path.join(PACKAGE_ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(PACKAGE_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));

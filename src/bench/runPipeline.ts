import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { digestWeek } from '../digestWeek.js';
import { ExtractorPool } from '../events/ExtractorPool.js';
import { streamArticles } from '../ingest/streamArticles.js';
import { renderTimelineJson } from '../render/renderTimelineJson.js';

/** What running the pipeline on a folder measured. */
export interface PipelineRun {
  /** Threads extracting events: 1 is this one; more are worker threads (this one only reads and merges). */
  threads: number;
  articles: number;
  /** Events in the week's timeline.json. */
  events: number;
  /** sha256 of timeline.json (without its generator line), to compare runs. */
  timelineHash: string;
  /** Size of timeline.json. */
  timelineBytes: number;
  /** Starting the workers and loading the events stage in them, when several runs share them (else in the run's time). */
  startupMs: number;
  /** Each run: read → events → timeline → digest → timeline.json written. */
  runsMs: number[];
  /** CPU time of each run, all threads. */
  runsCpuMs: number[];
  /** Peak resident memory of the process so far, all threads, MB. */
  maxRssMB: number;
}

/**
 * Runs the pipeline of `geodigest build` up to `timeline.json` on a folder of articles, `runs`
 * times: the articles streamed from disk (`streamArticles`), events on this thread or on `threads`
 * workers, the timeline, the digest, and `timeline.json` written to a temporary folder.
 *
 * @example
 * const run = await runPipeline('/tmp/corpus-x10', { threads: 2, runs: 1 });
 * run.runsMs[0] / run.articles; // ms per article
 */
export async function runPipeline(dir: string, options: { threads: number; runs: number }): Promise<PipelineRun> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'geodigest-bench-out-'));
  // Several runs share workers started once (their start-up timed apart); a single run starts and
  // ends its own, as `geodigest build` does, so its peak memory is the command's.
  let pool: ExtractorPool | undefined;
  const t0 = performance.now();
  if (options.threads > 1 && options.runs > 1) {
    pool = new ExtractorPool(options.threads);
    await pool.ready();
  }
  const result: PipelineRun = { threads: options.threads, articles: 0, events: 0, timelineHash: '', timelineBytes: 0, startupMs: Math.round(performance.now() - t0), runsMs: [], runsCpuMs: [], maxRssMB: 0 };
  try {
    for (let i = 0; i < options.runs; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const { digest, articles } = await digestWeek(streamArticles(dir), pool ? { pool } : { threads: options.threads });
      const json = renderTimelineJson(digest);
      writeFileSync(path.join(out, 'timeline.json'), json);
      result.runsMs.push(Math.round(performance.now() - start));
      const used = process.cpuUsage(cpu);
      result.runsCpuMs.push(Math.round((used.user + used.system) / 1000));
      result.articles = articles;
      result.events = digest.timeline.length;
      result.timelineBytes = Buffer.byteLength(json);
      result.timelineHash = createHash('sha256').update(json.replace(/"generator": "[^"]*"/, '')).digest('hex');
    }
  } finally {
    await pool?.close();
    rmSync(out, { recursive: true, force: true });
  }
  result.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return result;
}

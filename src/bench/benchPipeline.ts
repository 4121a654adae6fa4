/**
 * One process of the pipeline benchmark, started by `bench.ts` once per corpus size so that its
 * peak memory is its own: `runPipeline` on a folder, printed as JSON.
 *
 *   node dist/bench/benchPipeline.js DIR THREADS RUNS
 */
import { runPipeline } from './runPipeline.js';

const [dir, threads, runs] = process.argv.slice(2);
if (!dir) throw new Error('usage: benchPipeline DIR THREADS RUNS');
process.stdout.write(JSON.stringify(await runPipeline(dir, { threads: Number(threads ?? 1), runs: Number(runs ?? 1) })));

/**
 * One process of the pipeline benchmark, started by `bench.ts` once per corpus size so that its
 * peak memory is its own: `runPipeline` on a folder, printed as JSON. With `paired`, plain chrono
 * on the benchmark's texts is timed right before each run (`pairedMs`).
 *
 *   node dist/bench/benchPipeline.js DIR THREADS RUNS [paired]
 */
import { benchCorpus } from './benchCorpus.js';
import { plainChrono } from './plainChrono.js';
import { runPipeline } from './runPipeline.js';

const [dir, threads, runs, paired] = process.argv.slice(2);
if (!dir) throw new Error('usage: benchPipeline DIR THREADS RUNS [paired]');
const docs = paired === 'paired' ? benchCorpus().articles : undefined;
process.stdout.write(JSON.stringify(await runPipeline(dir, { threads: Number(threads ?? 1), runs: Number(runs ?? 1), ...(docs ? { paired: () => plainChrono(docs) } : {}) })));

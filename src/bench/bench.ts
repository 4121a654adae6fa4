import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { readTimeML } from '../eval/readTimeML.js';
import { PACKAGE_ROOT } from '../paths.js';
import { splitSentences } from '../parse/splitSentences.js';
import { resolveTimexes } from '../parse/temporal/resolveTimexes.js';
import { benchRender } from './benchRender.js';

/** A text with its reference instant, for timing. */
interface Doc {
  text: string;
  published: Date;
}

/** TE3 `.tml` texts with their DCTs when the shared corpus is there, else the seeds. */
function corpus(): { name: string; docs: Doc[] } {
  const te3 = path.resolve(PACKAGE_ROOT, '..', 'shared', 'te3');
  if (existsSync(te3)) {
    const docs: Doc[] = [];
    for (const sub of ['timebank', 'aquaint']) {
      for (const f of readdirSync(path.join(te3, sub)).filter((x) => x.endsWith('.tml')).sort()) {
        const d = readTimeML(readFileSync(path.join(te3, sub, f), 'utf8'), f);
        docs.push({ text: d.text, published: d.published });
      }
    }
    return { name: 'TempEval-3 TimeBank+AQUAINT', docs };
  }
  const seeds = path.join(PACKAGE_ROOT, 'seeds');
  return { name: 'seeds', docs: readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => ({ text: readFileSync(path.join(seeds, f), 'utf8'), published: new Date('2024-05-14T11:00:00Z') })) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(runs: number, fn: () => void): number {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** The corpus texts repeated, paragraph after paragraph, to at least `bytes` bytes. */
function longText(docs: Doc[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = (docs[i % docs.length] as Doc).text.trim();
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

const { name, docs } = corpus();
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const runs = Number(process.env.BENCH_RUNS ?? 5);

// Throughput: geodigest's resolver against plain chrono on the same texts, sentence by sentence
// (both split the text the same way; chrono gets each sentence with the document's reference).
const plain = time(runs, () => {
  for (const d of docs) for (const s of splitSentences(d.text).sentences) chrono.casual.parse(s.text, { instant: d.published, timezone: 0 });
});
const ours = time(runs, () => {
  for (const d of docs) resolveTimexes({ text: d.text, published: d.published, timeZone: 'UTC' });
});

// Linearity: one long text of 1 MB and of 5 MB; time per megabyte should stay flat.
const reference = new Date('1998-02-13T12:00:00Z');
const sizes = [1e6, 5e6];
const linear = sizes.map((n) => {
  const text = longText(docs, n);
  const mb = Buffer.byteLength(text) / 1e6;
  const ms = time(Math.max(1, Math.floor(runs / 2)), () => resolveTimexes({ text, published: reference, timeZone: 'UTC' }));
  return { megabytes: +mb.toFixed(2), ms: +ms.toFixed(0), msPerMegabyte: +(ms / mb).toFixed(0) };
});
const [small, large] = linear as [(typeof linear)[number], (typeof linear)[number]];

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  corpus: { name, documents: docs.length, megabytes: +(bytes / 1e6).toFixed(3) },
  runs,
  plainChronoMs: +plain.toFixed(1),
  resolverMs: +ours.toFixed(1),
  resolverToChronoRatio: +(ours / plain).toFixed(2),
  resolverToChronoTarget: 2,
  resolverDocsPerSecond: Math.round(docs.length / (ours / 1000)),
  linearity: {
    runs: linear,
    /** Time per megabyte on 5 MB over time per megabyte on 1 MB: 1 is linear, 5 would be quadratic. */
    growth: +(large.msPerMegabyte / small.msPerMegabyte).toFixed(2),
  },
  // Rendering a 200-event week warm: the digest model and all eight files (target ≤ 150 ms).
  render: await benchRender(200, Number(process.env.BENCH_RENDER_RUNS ?? 15)),
};
mkdirSync(path.join(PACKAGE_ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(PACKAGE_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));

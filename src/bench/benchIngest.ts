import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../ingest/readArticles.js';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * Ingest benchmark: one big article per format at two sizes (so the time ratio shows whether
 * reading is linear: 4× the size should take about 4× the time, quadratic would be 16×), and a
 * folder of 10,000 small articles. Each case runs in a fresh process, so its peak memory
 * (max RSS) is its own. Results go to bench/ingest-results.json.
 */
type Case = { kind: 'txt' | 'md' | 'jsonl' | 'html'; megabytes: number } | { kind: 'many'; files: number };

const PARAGRAPH = 'Mr Putin will meet Chinese leader Xi Jinping during his visit starting on Thursday, the ministry said on Tuesday.';

function writeCase(dir: string, c: Case): string {
  if (c.kind === 'many') {
    const folder = path.join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < c.files; i++) writeFileSync(path.join(folder, `2024-05-14-a${i}.txt`), `Story ${i}\n\nMinister ${i} will visit Paris on Thursday, officials said.\n`);
    return folder;
  }
  const n = Math.ceil((c.megabytes * 1e6) / (PARAGRAPH.length + 2));
  const file = path.join(dir, `2024-05-14-big.${c.kind}`);
  const paragraphs = Array.from({ length: n }, () => PARAGRAPH);
  const content = c.kind === 'txt' ? `Big article\n\n${paragraphs.join('\n\n')}\n`
    : c.kind === 'md' ? `---\ntitle: Big\npublished: 2024-05-14\n---\n${paragraphs.map((p) => `Mr **Putin** will\nmeet [Xi](https://x.example) ${p}`).join('\n\n')}\n`
      : c.kind === 'jsonl' ? paragraphs.map((p, i) => JSON.stringify({ title: `Item ${i}`, published: '2024-05-14', text: `${p} (${i})` })).join('\n')
        : `<html><head><title>Big</title><meta property="article:published_time" content="2024-05-14"></head><body><nav>Home</nav><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  writeFileSync(file, content);
  return file;
}

async function runCase(c: Case): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'geodigest-bench-'));
  try {
    const input = writeCase(dir, c);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const r = await readArticles(input);
    const ms = performance.now() - t0;
    return {
      ...c, ms: Math.round(ms), articles: r.articles.length, skipped: r.skipped,
      baseRssMB: Math.round(before / 2 ** 20), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CASES: Case[] = [
  { kind: 'txt', megabytes: 5 }, { kind: 'txt', megabytes: 20 },
  { kind: 'md', megabytes: 5 }, { kind: 'md', megabytes: 20 },
  { kind: 'jsonl', megabytes: 5 }, { kind: 'jsonl', megabytes: 20 },
  { kind: 'html', megabytes: 5 }, { kind: 'html', megabytes: 20 },
  { kind: 'many', files: 10_000 },
];

const self = fileURLToPath(import.meta.url);
const arg = process.argv[2];
if (arg) {
  process.stdout.write(JSON.stringify(await runCase(JSON.parse(arg) as Case)));
} else {
  const results = CASES.map((c) => JSON.parse(execFileSync(process.execPath, [self, JSON.stringify(c)], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Case & { ms: number });
  const ratio = (kind: string) => {
    const [small, big] = results.filter((r) => r.kind === kind);
    return small && big ? +(big.ms / Math.max(1, small.ms)).toFixed(2) : null;
  };
  const out = {
    date: new Date().toISOString(), node: process.version, cpus: os.cpus().length,
    note: '4× the size should take about 4× the time (linear); 16× would be quadratic',
    cases: results,
    timeRatio20to5MB: { txt: ratio('txt'), md: ratio('md'), jsonl: ratio('jsonl'), html: ratio('html') },
  };
  mkdirSync(path.join(PACKAGE_ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(PACKAGE_ROOT, 'bench', 'ingest-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(JSON.stringify(out, null, 2));
}

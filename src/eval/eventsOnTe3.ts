import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Event } from '../events/Event.js';
import { extractEvents } from '../events/extractEvents.js';
import { te3Article } from './te3Article.js';

/** What one run of the events stage over the TempEval-3 texts gave. */
export interface EventsOnTe3Report {
  articles: number;
  crashed: { file: string; error: string }[];
  perArticle: { mean: number; median: number; max: number; min: number; empty: number };
  /** Events dated more than 50 years from their article without an explicit year in the quote. */
  outOfRange: { file: string; title: string; start: string; quote: string }[];
  sample: { file: string; published: string; event: Event }[];
}

/**
 * Runs `extractEvents` on every `.tml` under the given folders (text = `<TEXT>` without tags,
 * reference = the DCT): counts crashes, events per article, events dated more than ±50 years from
 * their article with no four-digit year in the quote, and draws a seeded random sample of events
 * for checking by hand.
 *
 * @example
 * eventsOnTe3(['../shared/te3/timebank', '../shared/te3/aquaint'], { sample: 10, seed: 2024 })
 */
export function eventsOnTe3(folders: readonly string[], options: { sample?: number; seed?: number } = {}): EventsOnTe3Report {
  const crashed: EventsOnTe3Report['crashed'] = [];
  const outOfRange: EventsOnTe3Report['outOfRange'] = [];
  const counts: number[] = [];
  const all: EventsOnTe3Report['sample'] = [];
  const files = folders.flatMap((f) => readdirSync(f).filter((n) => n.endsWith('.tml')).sort().map((n) => path.join(f, n)));
  for (const file of files) {
    const article = te3Article(file, readFileSync(file, 'utf8'));
    if (!article) {
      crashed.push({ file, error: 'no <TEXT> or DCT' });
      continue;
    }
    let events: Event[];
    try {
      events = extractEvents(article).events;
    } catch (err) {
      crashed.push({ file, error: (err as Error).stack ?? String(err) });
      continue;
    }
    counts.push(events.length);
    const year = Number(article.published.date.slice(0, 4));
    for (const e of events) {
      all.push({ file, published: article.published.date, event: e });
      if (!e.start) continue;
      const y = Number(e.start.slice(0, 4));
      const explicit = e.sources.some((s) => /\b\d{4}\b|\b'\d{2}\b|\d0s\b/.test(s.quote));
      if (Math.abs(y - year) > 50 && !explicit) outOfRange.push({ file, title: e.title, start: e.start, quote: e.sources[0]?.quote ?? '' });
    }
  }
  const sorted = [...counts].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length ? (sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2) : 0;
  const random = mulberry32(options.seed ?? 2024);
  const pool = [...all];
  const sample: EventsOnTe3Report['sample'] = [];
  for (let i = 0; i < (options.sample ?? 10) && pool.length; i++) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return {
    articles: files.length,
    crashed,
    perArticle: {
      mean: counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0,
      median,
      max: sorted[sorted.length - 1] ?? 0,
      min: sorted[0] ?? 0,
      empty: counts.filter((c) => c === 0).length,
    },
    outOfRange,
    sample,
  };
}

/** A small seeded PRNG (mulberry32), so that the hand-checked sample can be drawn again. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sample: { type: 'string', default: '10' }, seed: { type: 'string', default: '2024' }, out: { type: 'string' } },
  });
  const folders = positionals.length ? positionals : ['../shared/te3/timebank', '../shared/te3/aquaint'];
  const report = eventsOnTe3(folders, { sample: Number(values.sample), seed: Number(values.seed) });
  const lines = [
    `articles: ${report.articles}, crashed: ${report.crashed.length}`,
    `events per article: mean ${report.perArticle.mean.toFixed(2)}, median ${report.perArticle.median}, max ${report.perArticle.max}, min ${report.perArticle.min}, articles without events ${report.perArticle.empty}`,
    `dated beyond ±50 years without an explicit year: ${report.outOfRange.length}`,
    ...report.crashed.map((c) => `  CRASH ${c.file}: ${c.error.split('\n').slice(0, 3).join(' | ')}`),
    ...report.outOfRange.map((o) => `  RANGE ${o.file}: ${o.start} ${o.title} — ${o.quote}`),
    '',
    `sample of ${report.sample.length} (seed ${values.seed}):`,
    ...report.sample.flatMap(({ file, published, event: e }, i) => [
      `${i + 1}. ${path.basename(file)} (DCT ${published}) [${e.kind}] ${e.title}`,
      `   date: ${e.start ?? 'undated'}${e.end && e.end !== e.start ? ` – ${e.end}` : ''} (${e.precision}${e.approximate ? ', approximate' : ''}, ${e.dateBasis}) status: ${e.status}`,
      `   actors: ${e.actors.map((a) => a.name).join(', ') || '–'}; places: ${e.places.map((p) => p.name).join(', ') || '–'}${e.relations.length ? `; relations: ${e.relations.map((r) => `${r.type} ${r.event}`).join(', ')}` : ''}`,
      ...e.sources.map((s) => `   > ${s.quote}`),
    ]),
  ];
  const text = `${lines.join('\n')}\n`;
  if (values.out) writeFileSync(values.out, text);
  process.stdout.write(text);
}

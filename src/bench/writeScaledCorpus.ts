import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../ingest/Article.js';
import { addIsoDays } from '../time/isoDate.js';
import type { IsoWeek } from '../time/isoWeek.js';

/** Outlets the copies are credited to, each in its own zone and with its own dateline city. */
const OUTLETS = [
  { name: 'Reuters', host: 'reuters.example.com', zone: 'Europe/London', city: 'LONDON' },
  { name: 'Associated Press', host: 'apnews.example.com', zone: 'America/New_York', city: 'NEW YORK' },
  { name: 'Agence France-Presse', host: 'afp.example.com', zone: 'Europe/Paris', city: 'PARIS' },
  { name: 'Deutsche Welle', host: 'dw.example.com', zone: 'Europe/Berlin', city: 'BERLIN' },
  { name: 'Kyodo News', host: 'kyodo.example.com', zone: 'Asia/Tokyo', city: 'TOKYO' },
  { name: 'Times of India', host: 'toi.example.com', zone: 'Asia/Kolkata', city: 'NEW DELHI' },
  { name: 'Al Jazeera', host: 'aljazeera.example.com', zone: 'Asia/Qatar', city: 'DOHA' },
  { name: 'Folha de S.Paulo', host: 'folha.example.com', zone: 'America/Sao_Paulo', city: 'SAO PAULO' },
] as const;

/** The days articles are spread over: the digest's week and the four before it (its look-back). */
const DAYS = 35;
/** Articles in each file of a generated corpus, the same at every size. */
const ARTICLES_PER_FILE = 10;

/** How a scaled corpus came out. */
export interface ScaledCorpus {
  dir: string;
  articles: number;
  files: number;
  bytes: number;
}

/**
 * Writes `scale` copies of each base article into a new folder of JSON Lines files of ten articles
 * each (`part-00042.jsonl`), for the pipeline benchmarks: the same share of file opening per
 * article at every size. Copy `c` of article `i` is
 * credited to another outlet (its zone, its URL) and published on another day of the five weeks
 * that end with `week` (so every article is within the digest's reach): copies come in groups of
 * four outlets publishing the same story on the same day — the timeline must merge their events —
 * and each group lands on another day, which moves every relative date ("Thursday", "last week").
 * Every copy opens with the outlet's dateline ("PARIS, 14 May (Agence France-Presse) — "), so that
 * an article costs the same at every size; no outlet publishes a story twice on a day, so no two
 * texts are the same (the duplicate filter would drop them) up to 140 copies. Nothing is cached on text
 * anywhere in the pipeline, so a copy costs what its original costs. Written as generated: never
 * all in memory.
 *
 * @example
 * writeScaledCorpus('/tmp/x10', corpus.articles, 10, parseIsoWeek('2024-W20')!).articles //=> 2560
 */
export function writeScaledCorpus(dir: string, base: readonly Article[], scale: number, week: IsoWeek): ScaledCorpus {
  const first = addIsoDays(week.start, 7 - DAYS);
  const pending = new Map<string, string[]>();
  let pendingBytes = 0;
  const out: ScaledCorpus = { dir, articles: 0, files: 0, bytes: 0 };
  const flush = () => {
    for (const [file, lines] of pending) {
      mkdirSync(path.dirname(file), { recursive: true });
      appendFileSync(file, lines.join(''));
    }
    pending.clear();
    pendingBytes = 0;
  };
  const files = new Set<string>();
  for (let c = 0; c < scale; c++) {
    for (let i = 0; i < base.length; i++) {
      const a = base[i]!;
      const outlet = OUTLETS[(i + c) % OUTLETS.length]!;
      const day = addIsoDays(first, (i * 11 + Math.floor(c / 4) * 3) % DAYS);
      const body = a.text.slice(a.bodyStart).trim();
      // Every copy, the first too, opens with its dateline: the same work per article at every size.
      const text = `${outlet.city}, ${dateline(day)} (${outlet.name}) — ${body}`;
      const line = `${JSON.stringify({ title: a.title, published: day, timezone: outlet.zone, source: outlet.name, url: `https://${outlet.host}/${day}/${encodeURIComponent(a.id)}-${c}`, text })}\n`;
      // Ten articles a file at every size, so that opening files costs the same per article at 1×
      // as at 100× (one feed a day and outlet made 1× one article a file and 100× ninety).
      const file = path.join(dir, `part-${String(Math.floor(out.articles / ARTICLES_PER_FILE)).padStart(5, '0')}.jsonl`);
      files.add(file);
      const lines = pending.get(file);
      if (lines) lines.push(line);
      else pending.set(file, [line]);
      pendingBytes += line.length;
      out.articles++;
      out.bytes += Buffer.byteLength(text);
      if (pendingBytes > 8 << 20) flush();
    }
  }
  flush();
  out.files = files.size;
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 May" for 2024-05-14. */
function dateline(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

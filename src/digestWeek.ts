import v8 from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Diagnostic } from './diagnostics/Diagnostic.js';
import { GeodigestError } from './diagnostics/GeodigestError.js';
import type { ArticleOutcome } from './events/extractArticle.js';
import type { ExtractorPool } from './events/ExtractorPool.js';
import { extractArticles } from './events/extractArticles.js';
import type { Article, ArticleInfo } from './ingest/Article.js';
import { buildDigest, type DigestOptions } from './render/buildDigest.js';
import type { Digest } from './render/Digest.js';
import { addIsoDays, type IsoDate } from './time/isoDate.js';
import { isoWeekOf, parseIsoWeek, type IsoWeek } from './time/isoWeek.js';
import { orderEvents } from './timeline/orderEvents.js';
import { TimelineMerger } from './timeline/TimelineMerger.js';
import { sectionOf } from './timeline/sectionOf.js';
import { VERSION } from './version.js';

/** Options for one week's digest model. */
export interface DigestWeekOptions extends Omit<DigestOptions, 'generator'> {
  /** `YYYY-Www`; default: the ISO week of the newest article's publication day. */
  week?: string;
  /** How many weeks before the digest's week earlier articles may still add events in or after it (default 4). */
  lookbackWeeks?: number;
  /**
   * Worker threads for the events stage (default: one per core, started only for 500 articles or
   * more; 1: none). The digest is the same whatever the number.
   */
  threads?: number;
  /** A started `ExtractorPool` to use instead (kept open: e.g. one pool for many builds). */
  pool?: ExtractorPool;
  /**
   * While the week is not known (a stream without `week`), the events of the first this many
   * characters of article text wait for it as they are and the rest packed, a sixth of the memory
   * (default 16 million; 0 packs all).
   */
  unpackedChars?: number;
}

/** A week's digest model, with what went wrong on the way. */
export interface DigestWeekResult {
  week: IsoWeek;
  digest: Digest;
  diagnostics: Diagnostic[];
  /** Articles read (all of them, also those outside the week's reach). */
  articles: number;
}

/**
 * The pipeline for one week up to the digest model: events per article (one article failing never
 * stops the others), one timeline, the digest. `articles` may be an array or a stream
 * (`streamArticles`): a stream is read as the events stage goes, and each article's text is let
 * go once its events are read, so memory holds events, not texts. Articles published after the
 * week, or more than `lookbackWeeks` before it, add nothing; when the week is known beforehand (an
 * array, or `options.week`) their events are not even extracted.
 *
 * @example
 * const { week, digest } = await digestWeek(streamArticles('news/'), { week: '2024-W20', threads: 2 });
 */
export async function digestWeek(articles: readonly Article[] | AsyncIterable<Article>, options: DigestWeekOptions = {}): Promise<DigestWeekResult> {
  let fixed: IsoWeek | undefined;
  if (Array.isArray(articles)) {
    if (!articles.length) throw noArticles();
    fixed = options.week ? weekOf(options.week) : isoWeekOf(newestOf(articles).published.date);
  } else if (options.week) fixed = weekOf(options.week);
  const lookback = options.lookbackWeeks ?? 4;
  const earliest = new Map<string, IsoDate>();
  const inReach = (a: ArticleInfo, week: IsoWeek) => {
    let first = earliest.get(week.id);
    if (first === undefined) earliest.set(week.id, (first = addIsoDays(week.start, -7 * lookback)));
    return a.published.date <= week.end && a.published.date >= first;
  };

  // Articles out of reach of a known week are only counted; the others go to the events stage.
  let count = 0;
  let newest: { published: Article['published']; timeZone: string } | undefined;
  // The length of each article's text, in the order the events stage gives them back, while the week is unknown.
  const sizes: number[] = [];
  const wanted = async function* (): AsyncGenerator<Article> {
    for await (const article of articles) {
      count++;
      if (!newest || article.published.instant > newest.published.instant) newest = { published: { ...article.published, instant: new Date(article.published.instant.getTime()) }, timeZone: article.timeZone };
      if (!fixed) sizes.push(article.text.length);
      if (!fixed || inReach(article, fixed)) yield article;
    }
  };
  const diagnostics: Diagnostic[] = [];
  const used: ArticleInfo[] = [];
  const merger = new TimelineMerger();
  const add = (article: ArticleInfo, outcome: ArticleOutcome, week: IsoWeek) => {
    if (!inReach(article, week)) return;
    if ('error' in outcome) {
      diagnostics.push({ file: article.file, line: 1, column: 1, severity: 'error', ruleId: 'internal-error', message: `could not extract events (${outcome.error}); the article was left out, please report this` });
      return;
    }
    for (const d of outcome.diagnostics) diagnostics.push(d);
    // Articles from before the week only add what happens in it or later.
    const events = article.published.date < week.start ? outcome.events.filter((e) => sectionOf(e, week) !== 'earlier') : outcome.events;
    if (article.published.date >= week.start || events.length) used.push(article);
    merger.add(events);
  };
  // A known week: each article's events are merged into the timeline as they come. Otherwise
  // they wait until the newest article gives the week: those of the first `unpackedChars` of text
  // as they are (the text read stands for the size of its events), the rest packed (serialised,
  // deflated, kept as a one-byte string: a sixth of their size as objects; a Buffer from zlib would
  // hold on to a 16 KB block each). Packing costs about a twentieth of the pipeline's time, which
  // only pays where memory is at stake: tens of thousands of articles.
  const waiting: ({ article: ArticleInfo; outcome: ArticleOutcome } | { article: ArticleInfo; packed: string } | undefined)[] = [];
  const extraction = extractArticles(wanted(), {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
  });
  const unpackedChars = options.unpackedChars ?? 16_000_000;
  let unpacked = 0;
  for await (const { article, outcome } of extraction) {
    if (fixed) add(article, outcome, fixed);
    else if ((unpacked += sizes[waiting.length] ?? Infinity) <= unpackedChars) waiting.push({ article, outcome });
    else waiting.push({ article, packed: deflateRawSync(v8.serialize(outcome), { level: 1 }).toString('latin1') });
  }
  if (!newest) throw noArticles();
  const week = fixed ?? isoWeekOf(newest.published.date);
  for (let i = 0; i < waiting.length; i++) {
    const held = waiting[i]!;
    waiting[i] = undefined;
    add(held.article, 'outcome' in held ? held.outcome : (v8.deserialize(inflateRawSync(Buffer.from(held.packed, 'latin1'))) as ArticleOutcome), week);
  }
  // What buildTimeline does, article by article.
  const timeline = orderEvents(merger.finish());
  const digest = buildDigest(timeline, used, week, {
    generator: `geodigest ${VERSION}`,
    timeZone: options.timeZone ?? newest.timeZone,
    ...(options.title ? { title: options.title } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.accent ? { accent: options.accent } : {}),
    ...(options.sections ? { sections: options.sections } : {}),
    ...(options.maxItemsPerSection ? { maxItemsPerSection: options.maxItemsPerSection } : {}),
    ...(options.senderName ? { senderName: options.senderName } : {}),
    ...(options.unsubscribeUrl ? { unsubscribeUrl: options.unsubscribeUrl } : {}),
  });
  return { week, digest, diagnostics, articles: count };
}

/** The article published last (the first of those published at the same instant). */
function newestOf(articles: readonly Article[]): Article {
  return articles.reduce((a, b) => (b.published.instant > a.published.instant ? b : a));
}

function weekOf(id: string): IsoWeek {
  const week = parseIsoWeek(id);
  if (!week) throw new GeodigestError('EUSAGE', `--week ${id} is not an ISO week; write it as YYYY-Www, e.g. 2024-W20`);
  return week;
}

function noArticles(): GeodigestError {
  return new GeodigestError('ENOARTICLES', 'no articles to digest; add article files to the input folder (see README: Article format)', 1);
}

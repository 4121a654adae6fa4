import path from 'node:path';
import type { Diagnostic } from './diagnostics/Diagnostic.js';
import { GeodigestError } from './diagnostics/GeodigestError.js';
import type { OutputFile } from './deliver/writeFiles.js';
import type { Event } from './events/Event.js';
import { extractEvents } from './events/extractEvents.js';
import type { Article } from './ingest/Article.js';
import { TEMPLATES_DIR } from './paths.js';
import { buildDigest } from './render/buildDigest.js';
import type { Digest } from './render/Digest.js';
import { renderDigestFiles } from './render/renderDigestFiles.js';
import { addIsoDays } from './time/isoDate.js';
import { isoWeekOf, parseIsoWeek, type IsoWeek } from './time/isoWeek.js';
import { buildTimeline } from './timeline/buildTimeline.js';
import type { SectionId } from './timeline/Section.js';
import { sectionOf } from './timeline/sectionOf.js';
import { VERSION } from './version.js';

/** Options for one week's digest. */
export interface BuildWeekOptions {
  /** `YYYY-Www`; default: the ISO week of the newest article's publication day. */
  week?: string;
  /** Zone for showing dates; default: the newest article's. */
  timeZone?: string;
  title?: string;
  locale?: string;
  accent?: string;
  /** Which sections, in order (default: this-week, ahead, earlier). */
  sections?: SectionId[];
  /** At most this many items per section in the email (default 12; the report has them all). */
  maxItemsPerSection?: number;
  senderName?: string;
  unsubscribeUrl?: string;
  /** DTSTAMP of `events.ics` (default: now). */
  now?: Date;
  /** The MJML template; default `templates/digest.mjml`. */
  templatePath?: string;
  /** How many weeks before the digest's week earlier articles may still add events in or after it. */
  lookbackWeeks?: number;
}

/** A week's digest, rendered, with what went wrong on the way. */
export interface BuildWeekResult {
  week: IsoWeek;
  digest: Digest;
  /** `digest.mjml`, `digest.html`, `digest.txt`, `report.md`, `timeline.json`, `events.ics`, `timeline.svg`, `timeline.png`. */
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

/**
 * The whole pipeline for one week, from articles to rendered files: events per article (one
 * article failing never stops the others), one timeline, the digest, and its renderings.
 */
export async function buildWeek(articles: readonly Article[], options: BuildWeekOptions = {}): Promise<BuildWeekResult> {
  if (!articles.length) throw new GeodigestError('ENOARTICLES', 'no articles to digest; add article files to the input folder (see README: Article format)', 1);
  const newest = articles.reduce((a, b) => (b.published.instant > a.published.instant ? b : a));
  let week: IsoWeek;
  if (options.week) {
    const parsed = parseIsoWeek(options.week);
    if (!parsed) throw new GeodigestError('EUSAGE', `--week ${options.week} is not an ISO week; write it as YYYY-Www, e.g. 2024-W20`);
    week = parsed;
  } else week = isoWeekOf(newest.published.date);

  const earliest = addIsoDays(week.start, -7 * (options.lookbackWeeks ?? 4));
  const diagnostics: Diagnostic[] = [];
  const used: Article[] = [];
  const perArticle: Event[][] = [];
  for (const article of articles) {
    const day = article.published.date;
    if (day > week.end || day < earliest) continue;
    try {
      const extracted = extractEvents(article);
      diagnostics.push(...extracted.diagnostics);
      // Articles from before the week only add what happens in it or later.
      const events = day < week.start ? extracted.events.filter((e) => sectionOf(e, week) !== 'earlier') : extracted.events;
      if (day >= week.start || events.length) used.push(article);
      perArticle.push(events);
    } catch (err) {
      diagnostics.push({ file: article.file, line: 1, column: 1, severity: 'error', ruleId: 'internal-error', message: `could not extract events (${(err as Error).message}); the article was left out, please report this` });
    }
  }
  const timeline = buildTimeline(perArticle);
  const digestOptions = {
    generator: `geodigest ${VERSION}`,
    timeZone: options.timeZone ?? newest.timeZone,
    ...(options.title ? { title: options.title } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.accent ? { accent: options.accent } : {}),
    ...(options.sections ? { sections: options.sections } : {}),
    ...(options.maxItemsPerSection ? { maxItemsPerSection: options.maxItemsPerSection } : {}),
    ...(options.senderName ? { senderName: options.senderName } : {}),
    ...(options.unsubscribeUrl ? { unsubscribeUrl: options.unsubscribeUrl } : {}),
  };
  const digest = buildDigest(timeline, used, week, digestOptions);
  const rendered = await renderDigestFiles(digest, {
    templatePath: options.templatePath ?? path.join(TEMPLATES_DIR, 'digest.mjml'),
    ...(options.now ? { now: options.now } : {}),
  });
  diagnostics.push(...rendered.diagnostics);
  const files: OutputFile[] = rendered.files;
  return { week, digest, files, diagnostics };
}

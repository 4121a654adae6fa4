import path from 'node:path';
import type { Diagnostic } from './diagnostics/Diagnostic.js';
import type { OutputFile } from './deliver/writeFiles.js';
import { digestWeek, type DigestWeekOptions } from './digestWeek.js';
import type { Article } from './ingest/Article.js';
import { TEMPLATES_DIR } from './paths.js';
import type { Digest } from './render/Digest.js';
import { renderDigestFiles } from './render/renderDigestFiles.js';
import type { IsoWeek } from './time/isoWeek.js';

/** Options for one week's digest: the model's (`DigestWeekOptions`) and the rendering's. */
export interface BuildWeekOptions extends DigestWeekOptions {
  /** DTSTAMP of `events.ics` (default: now). */
  now?: Date;
  /** The MJML template; default `templates/digest.mjml`. */
  templatePath?: string;
}

/** A week's digest, rendered, with what went wrong on the way. */
export interface BuildWeekResult {
  week: IsoWeek;
  digest: Digest;
  /** `digest.mjml`, `digest.html`, `digest.txt`, `report.md`, `timeline.json`, `events.ics`, `timeline.svg`, `timeline.png`. */
  files: OutputFile[];
  diagnostics: Diagnostic[];
  /** Articles read (all of them, also those outside the week's reach). */
  articles: number;
}

/**
 * The whole pipeline for one week, from articles (an array, or a stream from `streamArticles`)
 * to rendered files: `digestWeek`, then every output file.
 *
 * @example
 * const { week, files } = await buildWeek((await readArticles('seeds')).articles);
 */
export async function buildWeek(articles: readonly Article[] | AsyncIterable<Article>, options: BuildWeekOptions = {}): Promise<BuildWeekResult> {
  const { week, digest, diagnostics, articles: count } = await digestWeek(articles, options);
  const rendered = await renderDigestFiles(digest, {
    templatePath: options.templatePath ?? path.join(TEMPLATES_DIR, 'digest.mjml'),
    ...(options.now ? { now: options.now } : {}),
  });
  diagnostics.push(...rendered.diagnostics);
  return { week, digest, files: rendered.files, diagnostics, articles: count };
}

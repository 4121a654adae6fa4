import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildWeek, type BuildWeekOptions, type BuildWeekResult } from '../buildWeek.js';
import type { Config } from '../config/Config.js';
import { writeFiles, type OutputFile } from '../deliver/writeFiles.js';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import { ExitCode } from '../diagnostics/GeodigestError.js';
import type { Article } from '../ingest/Article.js';
import { readArticles, type ReadProgress } from '../ingest/readArticles.js';
import { streamArticles, type ArticleStream } from '../ingest/streamArticles.js';
import { isIsoDate } from '../time/isoDate.js';
import { isoWeekOf, parseIsoWeek } from '../time/isoWeek.js';
import { isTimeZone } from '../time/isTimeZone.js';
import { renderOptions } from './renderOptions.js';

/** What to build and where; unset fields come from the config. */
export interface BuildOutputsOptions {
  /** Working directory: relative paths and diagnostics are relative to it. */
  cwd: string;
  config: Config;
  /** Folder or file of articles (`--input`); `false` reads only the feeds. */
  input?: string | false;
  /** Feed URLs read besides the config's `input.feeds` (`--feed`). */
  feeds?: readonly string[];
  /** How the digest looks (`renderOptions` of the flags); default: the config's. */
  render?: Partial<BuildWeekOptions>;
  /** Worker threads for the events stage (`--threads`); default: one per core, from 500 articles on. */
  threads?: number;
  /** Told how reading goes (a progress bar). */
  onProgress?: (progress: ReadProgress) => void;
  /** Output folder (`--out`); the week goes to `<out>/<week>/`. */
  out?: string;
  /** `YYYY-Www` (`--week`); default: the ISO week of the newest article's publication day. */
  week?: string;
  /** Zone for articles that name none, and for showing dates (`--timezone`). */
  timeZone?: string;
  /** Publication day for articles that have none (`--reference-date`). */
  referenceDate?: string;
  /** Keep an existing, complete `<out>/<week>/` instead of rebuilding it. */
  ifMissing?: boolean;
  /** Write the files (default true); false builds in memory only (dry runs). */
  write?: boolean;
}

/** The week's folder and how it came to be. */
export interface BuildOutputsResult {
  /** `2024-W20`. */
  week: string;
  /** `<out>/<week>/`, absolute. */
  dir: string;
  /** `existing`: kept as it was (ifMissing); `built`: written now; `memory`: built, not written. */
  state: 'existing' | 'built' | 'memory';
  /** The files built (absent for `existing`). */
  files?: OutputFile[];
  build?: BuildWeekResult;
  /** Reading and building diagnostics, file paths relative to `cwd`. */
  diagnostics: Diagnostic[];
  /** Articles read, files skipped (errors) and duplicates read once, when articles were read. */
  read?: { articles: number; skipped: number; duplicates: number };
}

/** A path relative to `cwd` for messages; URLs as they are. */
function relativeTo(cwd: string, file: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : path.relative(cwd, file) || file;
}

/** The files `build` writes; a week folder with all of them is "built". */
const BUILT_FILES = ['digest.html', 'digest.txt', 'timeline.json'];

/**
 * "Build this week into out/": reads the articles, works out the week (the newest article's ISO
 * week unless given), and writes the rendered digest to `<out>/<week>/` (atomically) — or, with
 * `ifMissing`, keeps a week folder that is already complete (then, with an explicit week, the
 * articles are not even read). Shared by `build` and `send`. Flag-like options win over config.
 *
 * @example
 * const { week, dir, state } = await buildOutputs({ cwd: process.cwd(), config, ifMissing: true });
 */
export async function buildOutputs(options: BuildOutputsOptions): Promise<BuildOutputsResult> {
  const { cwd, config } = options;
  const outRoot = path.resolve(cwd, options.out ?? config.out);
  const complete = (dir: string): boolean => BUILT_FILES.every((f) => existsSync(path.join(dir, f)));
  if (options.week !== undefined && !parseIsoWeek(options.week)) throw new GeodigestError('EUSAGE', `--week ${options.week} is not an ISO week; write it as YYYY-Www, e.g. 2024-W20`);
  if (options.ifMissing && options.week && complete(path.join(outRoot, options.week))) {
    return { week: options.week, dir: path.join(outRoot, options.week), state: 'existing', diagnostics: [] };
  }
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) throw new GeodigestError('EUSAGE', `--timezone ${options.timeZone} is not an IANA time zone (e.g. Europe/London)`);
  const ref = options.referenceDate ?? config.input.referenceDate;
  const zone = options.timeZone ?? config.input.timeZone;
  if (ref !== undefined && !isIsoDate(ref)) throw new GeodigestError('EUSAGE', `--reference-date ${ref} is not a date; write YYYY-MM-DD`);
  const render = options.render ?? renderOptions(options.timeZone ? { timezone: options.timeZone } : {}, config);
  const input = options.input === false ? undefined : path.resolve(cwd, options.input ?? config.input.path);
  const readOptions = {
    ...(ref ? { referenceDate: ref } : {}),
    ...(zone ? { timeZone: zone } : {}),
    feeds: [...new Set([...config.input.feeds, ...(options.feeds ?? [])])],
    maxFileBytes: config.input.maxFileMegabytes * (1 << 20),
    feedTimeoutMs: config.input.feedTimeoutSeconds * 1000,
    feedMaxBytes: config.input.feedMaxMegabytes * (1 << 20),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const rel = (d: Diagnostic): Diagnostic => ({
    ...d,
    file: relativeTo(cwd, d.file),
    ...(d.cause ? { cause: { ...d.cause, file: relativeTo(cwd, d.cause.file) } } : {}),
  });
  const noArticles = (skipped: number, diagnostics: Diagnostic[]): GeodigestError => {
    const what = skipped ? `all ${skipped} skipped (see above)` : `none found in ${input ? relativeTo(cwd, input) : 'the feeds'}`;
    return new GeodigestError('ENOARTICLES', `no articles to digest: ${what}; see README: Article format`, ExitCode.problems, diagnostics);
  };
  // Without a week, "is it built already?" needs the newest article first: read them all. Else
  // the articles are streamed into the pipeline, so only their events stay in memory.
  let source: readonly Article[] | ArticleStream;
  // What reading found; a stream's lists are complete once the pipeline has read it.
  let found: Pick<ArticleStream, 'diagnostics' | 'duplicateNotes' | 'skipped' | 'duplicates'>;
  if (options.ifMissing && !options.week) {
    const read = await readArticles(input, readOptions);
    found = { diagnostics: read.diagnostics, duplicateNotes: [], skipped: read.skipped, duplicates: read.duplicates };
    if (!read.articles.length) throw noArticles(read.skipped, read.diagnostics.map(rel));
    const newest = read.articles.reduce((a, b) => (b.published.instant > a.published.instant ? b : a));
    const week = isoWeekOf(newest.published.date).id;
    if (complete(path.join(outRoot, week))) return { week, dir: path.join(outRoot, week), state: 'existing', diagnostics: read.diagnostics.map(rel), read: { articles: read.articles.length, skipped: read.skipped, duplicates: read.duplicates } };
    source = read.articles;
  } else {
    const stream = streamArticles(input, readOptions);
    source = stream;
    found = stream;
  }
  let build: BuildWeekResult;
  try {
    build = await buildWeek(source, {
      ...render,
      lookbackWeeks: config.digest.lookbackWeeks,
      ...(options.week ? { week: options.week } : {}),
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
    });
  } catch (err) {
    const diagnostics = [...found.diagnostics, ...found.duplicateNotes].map(rel);
    if (err instanceof GeodigestError && err.code === 'ENOARTICLES') throw noArticles(found.skipped, diagnostics);
    if (err instanceof GeodigestError) throw new GeodigestError(err.code, err.message, err.exitCode, diagnostics);
    throw err;
  }
  const diagnostics = [...found.diagnostics, ...found.duplicateNotes].map(rel);
  const readCount = { articles: build.articles, skipped: found.skipped, duplicates: found.duplicates };
  diagnostics.push(...build.diagnostics.map(rel));
  readCount.skipped += build.diagnostics.filter((d) => d.severity === 'error').length;
  const dir = path.join(outRoot, build.week.id);
  const write = options.write ?? true;
  if (write) await writeFiles(dir, build.files);
  return { week: build.week.id, dir, state: write ? 'built' : 'memory', files: build.files, build, diagnostics, read: readCount };
}

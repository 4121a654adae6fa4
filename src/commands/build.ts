import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/loadConfig.js';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import type { BuildOutputsResult } from './buildOutputs.js';
import type { Command } from './Command.js';
import { createProgressBar } from './createProgressBar.js';
import { RENDER_FLAGS, RENDER_FLAGS_HELP, renderOptions } from './renderOptions.js';
import { printDiagnostics } from './printDiagnostics.js';

const HELP = `Usage: geodigest build [options]

Reads the articles in a folder (and feeds), resolves their dates, builds the timeline and writes
one week's digest to <out>/<week>/: digest.mjml, digest.html, digest.txt, report.md, timeline.json,
events.ics, timeline.svg, timeline.png. Problems are printed to stderr as
"file:line:col: error|warning|info message [rule-id]"; an article that cannot be read is skipped
and the others are still digested.

Options:
  --config FILE           config file (default: geodigest.config.yaml/.yml/.json if present)
  --input DIR             folder (or file) of articles            (default: seeds/)
                          .txt .md .json .jsonl .xml/.rss/.atom feeds .html (README: Article format)
  --feed URL              also read an RSS/Atom feed from the web (repeatable); with --feed and
                          no --input, only the feeds are read
  --out DIR               output folder                           (default: out/)
  --week YYYY-Www         ISO week of the digest                   (default: the newest article's week)
  --timezone Area/City    zone for files that name none, and for showing dates
  --reference-date DATE   publication date for files that have none (YYYY-MM-DD)
${RENDER_FLAGS_HELP}
  --threads N             worker threads for reading events; 1: none      (default: one per core,
                          from 500 articles on; the digest is the same whatever N)
  --allow-skipped         exit 0 even when some articles were skipped   (default: exit 1)
  --json                  diagnostics as JSON lines on stderr, then {"summary":{…}}
  --quiet                 no progress bar, no info notes, no summary unless something was skipped
  -h, --help              show this help

Exit codes: 0 done, 1 some input was skipped (see the diagnostics), 2 usage or input error.

Examples:
  geodigest build
  geodigest build --input ~/news --week 2024-W20 --timezone Europe/London
  geodigest build --input ~/news --feed https://example.com/world/rss.xml
  geodigest build --input inbox --reference-date 2024-05-14 --allow-skipped
  geodigest build --json --quiet 2> problems.jsonl
`;

export const buildCommand: Command = {
  name: 'build',
  summary: 'build a week\'s digest from a folder of articles',
  help: HELP,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        config: { type: 'string' },
        input: { type: 'string' },
        feed: { type: 'string', multiple: true },
        out: { type: 'string' },
        week: { type: 'string' },
        timezone: { type: 'string' },
        'reference-date': { type: 'string' },
        threads: { type: 'string' },
        ...RENDER_FLAGS,
        'allow-skipped': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return ExitCode.ok;
    }
    const { config } = loadConfig(io.cwd, values.config);
    // Loaded here, not at the top: `geodigest --help` should not wait for the whole pipeline.
    const { buildOutputs } = await import('./buildOutputs.js');
    const render = renderOptions(values, config);
    const flagFeeds = values.feed ?? [];
    for (const url of flagFeeds) if (!/^https?:\/\/\S+$/i.test(url)) throw new GeodigestError('EUSAGE', `--feed ${url} is not an http(s) URL; write it as https://example.com/feed.xml`);
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 256)) throw new GeodigestError('EUSAGE', `--threads ${values.threads} must be a whole number from 1 to 256`);
    const printOptions = { json: values.json, quiet: values.quiet };
    const progress = createProgressBar(io.stderr, { enabled: !values.quiet && !values.json });
    let built: BuildOutputsResult;
    try {
      built = await buildOutputs({
        cwd: io.cwd,
        config,
        render,
        feeds: flagFeeds,
        // --feed alone reads just the feeds; --input (or no --feed) reads the folder too.
        input: values.input ?? (flagFeeds.length ? false : config.input.path),
        onProgress: (p) => progress.update(p),
        ...(threads !== undefined ? { threads } : {}),
        ...(values.out ? { out: values.out } : {}),
        ...(values.week ? { week: values.week } : {}),
        ...(values.timezone ? { timeZone: values.timezone } : {}),
        ...(values['reference-date'] ? { referenceDate: values['reference-date'] } : {}),
      });
    } catch (err) {
      progress.stop();
      if (err instanceof GeodigestError) printDiagnostics(io.stderr, err.diagnostics, printOptions);
      throw err;
    }
    progress.stop();
    printDiagnostics(io.stderr, built.diagnostics, printOptions);
    const read = built.read ?? { articles: 0, skipped: 0, duplicates: 0 };
    const dir = built.dir;
    const events = built.build?.digest.timeline.length ?? 0;
    const skipped = read.skipped;
    if (values.json) {
      io.stderr.write(`${JSON.stringify({ summary: { read: read.articles, skipped, duplicates: read.duplicates } })}\n`);
    } else if (!values.quiet || skipped) {
      const dup = read.duplicates ? `, ${read.duplicates} duplicate${read.duplicates === 1 ? '' : 's'} read once` : '';
      io.stderr.write(`read ${read.articles} article${read.articles === 1 ? '' : 's'}, skipped ${skipped}${skipped ? ' (see above)' : ''}${dup}\n`);
    }
    io.stdout.write(`${built.week}: ${events} event${events === 1 ? '' : 's'} → ${path.relative(io.cwd, dir) || dir}/\n`);
    return skipped && !values['allow-skipped'] ? ExitCode.problems : ExitCode.ok;
  },
};

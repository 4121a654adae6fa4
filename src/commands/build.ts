import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildWeek } from '../buildWeek.js';
import { loadConfig } from '../config/loadConfig.js';
import { writeFiles } from '../deliver/writeFiles.js';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import { readArticles } from '../ingest/readArticles.js';
import { isIsoDate } from '../time/isoDate.js';
import { isTimeZone } from '../time/isTimeZone.js';
import type { Command } from './Command.js';
import { RENDER_FLAGS, RENDER_FLAGS_HELP, renderOptions } from './renderOptions.js';
import { printDiagnostics } from './printDiagnostics.js';

const HELP = `Usage: geodigest build [options]

Reads the articles in a folder, resolves their dates, builds the timeline and writes one week's
digest to <out>/<week>/: digest.mjml, digest.html, digest.txt, report.md, timeline.json,
events.ics, timeline.svg, timeline.png.

Options:
  --config FILE           config file (default: geodigest.config.yaml/.yml/.json if present)
  --input DIR             folder (or file) of articles            (default: seeds/)
  --out DIR               output folder                           (default: out/)
  --week YYYY-Www         ISO week of the digest                   (default: the newest article's week)
  --timezone Area/City    zone for files that name none, and for showing dates
  --reference-date DATE   publication date for files that have none (YYYY-MM-DD)
${RENDER_FLAGS_HELP}
  --allow-skipped         exit 0 even when some articles were skipped
  --json                  print diagnostics as JSON lines
  --quiet                 print only warnings and errors
  -h, --help              show this help

Examples:
  geodigest build
  geodigest build --input ~/news --week 2024-W20 --timezone Europe/London
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
        out: { type: 'string' },
        week: { type: 'string' },
        timezone: { type: 'string' },
        'reference-date': { type: 'string' },
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
    const render = renderOptions(values, config);
    if (values.timezone !== undefined && !isTimeZone(values.timezone)) throw new GeodigestError('EUSAGE', `--timezone ${values.timezone} is not an IANA time zone (e.g. Europe/London)`);
    const ref = values['reference-date'] ?? config.input.referenceDate;
    const zone = values.timezone ?? config.input.timeZone;
    if (ref !== undefined && !isIsoDate(ref)) throw new GeodigestError('EUSAGE', `--reference-date ${ref} is not a date; write YYYY-MM-DD`);
    const input = path.resolve(io.cwd, values.input ?? config.input.path);
    const read = await readArticles(input, {
      ...(ref ? { referenceDate: ref } : {}),
      ...(zone ? { timeZone: zone } : {}),
    });
    const rel = (d: Diagnostic): Diagnostic => ({ ...d, file: path.relative(io.cwd, d.file) || d.file });
    const printOptions = { json: values.json, quiet: values.quiet };
    printDiagnostics(io.stderr, read.diagnostics.map(rel), printOptions);
    const result = await buildWeek(read.articles, {
      ...render,
      lookbackWeeks: config.digest.lookbackWeeks,
      ...(values.week ? { week: values.week } : {}),
    });
    printDiagnostics(io.stderr, result.diagnostics.map(rel), printOptions);
    const dir = path.resolve(io.cwd, values.out ?? config.out, result.week.id);
    await writeFiles(dir, result.files);
    const events = result.digest.timeline.length;
    const skipped = read.skipped + result.diagnostics.filter((d) => d.severity === 'error').length;
    if (!values.quiet || skipped) {
      io.stderr.write(`read ${read.articles.length} article${read.articles.length === 1 ? '' : 's'}, skipped ${skipped}${skipped ? ' (see above)' : ''}\n`);
    }
    io.stdout.write(`${result.week.id}: ${events} event${events === 1 ? '' : 's'} → ${path.relative(io.cwd, dir) || dir}/\n`);
    return skipped && !values['allow-skipped'] ? ExitCode.problems : ExitCode.ok;
  },
};

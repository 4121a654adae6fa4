import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildWeek } from '../buildWeek.js';
import { writeFiles } from '../deliver/writeFiles.js';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import { readArticles } from '../ingest/readArticles.js';
import { isIsoDate } from '../time/isoDate.js';
import { isTimeZone } from '../time/isTimeZone.js';
import type { Command } from './Command.js';
import { printDiagnostics } from './printDiagnostics.js';

const HELP = `Usage: geodigest build [options]

Reads the articles in a folder, resolves their dates, builds the timeline and writes one week's
digest to <out>/<week>/: digest.mjml, digest.html, digest.txt, report.md, timeline.json.

Options:
  --input DIR             folder (or file) of articles            (default: seeds/)
  --out DIR               output folder                           (default: out/)
  --week YYYY-Www         ISO week of the digest                   (default: the newest article's week)
  --timezone Area/City    zone for files that name none, and for showing dates
  --reference-date DATE   publication date for files that have none (YYYY-MM-DD)
  --title TEXT            digest title                            (default: "The week in geopolitics")
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
        input: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'out' },
        week: { type: 'string' },
        timezone: { type: 'string' },
        'reference-date': { type: 'string' },
        title: { type: 'string' },
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
    if (values.timezone !== undefined && !isTimeZone(values.timezone)) throw new GeodigestError('EUSAGE', `--timezone ${values.timezone} is not an IANA time zone (e.g. Europe/London)`);
    const ref = values['reference-date'];
    if (ref !== undefined && !isIsoDate(ref)) throw new GeodigestError('EUSAGE', `--reference-date ${ref} is not a date; write YYYY-MM-DD`);
    const input = path.resolve(io.cwd, values.input);
    const read = await readArticles(input, {
      ...(ref ? { referenceDate: ref } : {}),
      ...(values.timezone ? { timeZone: values.timezone } : {}),
    });
    const rel = (d: Diagnostic): Diagnostic => ({ ...d, file: path.relative(io.cwd, d.file) || d.file });
    const printOptions = { json: values.json, quiet: values.quiet };
    printDiagnostics(io.stderr, read.diagnostics.map(rel), printOptions);
    const result = await buildWeek(read.articles, {
      ...(values.week ? { week: values.week } : {}),
      ...(values.timezone ? { timeZone: values.timezone } : {}),
      ...(values.title ? { title: values.title } : {}),
    });
    printDiagnostics(io.stderr, result.diagnostics.map(rel), printOptions);
    const dir = path.resolve(io.cwd, values.out, result.week.id);
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

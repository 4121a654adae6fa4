import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import { parsePublished } from '../ingest/parsePublished.js';
import { isTimeZone } from '../time/isTimeZone.js';
import type { Command } from './Command.js';

const HELP = `Usage: geodigest timex [FILE|-] --reference-date YYYY-MM-DD[THH:MM] [--timezone Area/City]

Finds the temporal expressions in a text (the whole file as read, UTF-8; - or nothing for stdin)
and prints them as JSON: {"timexes":[{"start","end","text","type","value","mod"?,"interval"?}]}.
start/end are JavaScript string offsets into the text; type and value are TimeML TIMEX3.

Options:
  --reference-date D      the publication date (and time) the text is read against (required)
  --timezone Area/City    IANA zone of the publication                 (default: UTC)
  -h, --help              show this help

Examples:
  geodigest timex article.txt --reference-date 2024-05-14 --timezone Europe/London
  echo "They met on Thursday." | geodigest timex - --reference-date 2024-05-14
`;

export const timexCommand: Command = {
  name: 'timex',
  summary: 'print the temporal expressions of a text as TimeML JSON',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        'reference-date': { type: 'string' },
        timezone: { type: 'string', default: 'UTC' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return ExitCode.ok;
    }
    if (positionals.length > 1) throw new GeodigestError('EUSAGE', 'timex reads one file (or - for stdin)');
    // Loaded here, not at the top: `geodigest --help` should not wait for the whole pipeline.
    const { resolveTimexes } = await import('../parse/temporal/resolveTimexes.js');
    const zone = values.timezone;
    if (!isTimeZone(zone)) throw new GeodigestError('EUSAGE', `--timezone ${zone} is not an IANA time zone (e.g. Europe/London)`);
    const ref = values['reference-date'];
    if (!ref) throw new GeodigestError('EUSAGE', 'timex needs --reference-date YYYY-MM-DD (the publication date the text is read against)');
    const published = parsePublished(ref, zone);
    if (typeof published === 'string') throw new GeodigestError('EUSAGE', `--reference-date ${ref} is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
    const file = positionals[0];
    let text: string;
    try {
      text = !file || file === '-' ? await readStream(io.stdin) : await readFile(file, 'utf8');
    } catch (err) {
      throw new GeodigestError('EINPUT', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const timexes = resolveTimexes({ text, published: published.instant, timeZone: zone });
    io.stdout.write(`${JSON.stringify({ timexes })}\n`);
    return ExitCode.ok;
  },
};

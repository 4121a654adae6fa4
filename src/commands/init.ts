import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TZDate } from '@date-fns/tz';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import { formatIsoDate } from '../time/isoDate.js';
import { isTimeZone } from '../time/isTimeZone.js';
import type { Command } from './Command.js';

const HELP = `Usage: geodigest init [DIR] [options]

Starts a geodigest project in DIR (default: the current folder): writes geodigest.config.yaml
(every setting, commented) and articles/<today>-example.md, an example article with front matter
dated today. Then "geodigest build" digests it. Existing files are never overwritten without --force.

Options:
  --timezone Area/City    zone of your articles and digest   (default: this computer's, else UTC)
  --force                 overwrite geodigest.config.yaml and the example if they exist
  -h, --help              show this help

Examples:
  geodigest init
  geodigest init ~/digest --timezone Europe/London && cd ~/digest && geodigest build
`;

/** The starter config: every input setting, and the digest settings people change first. */
export function starterConfig(timeZone: string): string {
  return `# geodigest configuration (README: Configuration). Flags win over these settings.
input:
  path: articles              # folder (or file) of articles: .txt .md .json .jsonl .xml .html
  timeZone: ${timeZone.padEnd(22)}# for articles that name none          flag: --timezone
  # referenceDate: 2024-05-14 # publication day for undated articles  flag: --reference-date
  feeds: []                   # RSS/Atom URLs, e.g. [https://example.com/world/rss.xml]   flag: --feed
  maxFileMegabytes: 64        # larger article files are refused
  feedTimeoutSeconds: 20      # per feed URL
  feedMaxMegabytes: 16        # per feed URL
out: out                      # output folder                        flag: --out
digest:
  title: The week in geopolitics                                   # flag: --title
  locale: en-GB
  timeZone: ${timeZone}
  sections: [this-week, ahead, earlier]
  maxItemsPerSection: 12
  lookbackWeeks: 4
`;
}

/** The example article, published on `day`: front matter, a title line and relative dates to resolve. */
export function exampleArticle(day: string, timeZone: string): string {
  return `---
published: ${day}
timezone: ${timeZone}
source: Example wire
url: https://example.com/news/${day}-ministers-meet
lang: en
---
# Foreign ministers to meet in Berlin this week

The foreign ministers of France and Germany will meet in Berlin on Thursday, the German foreign
ministry said. The two-day meeting follows talks in Paris last week.

Replace this file with your own articles: Markdown or text with this front matter, or JSON, RSS/Atom
feeds and saved HTML pages (see the README, "Article format").
`;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'write a starter config and an example article',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        timezone: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return ExitCode.ok;
    }
    if (positionals.length > 1) throw new GeodigestError('EUSAGE', 'init takes one folder');
    const local = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = values.timezone ?? (local && isTimeZone(local) ? local : 'UTC');
    if (!isTimeZone(zone)) throw new GeodigestError('EUSAGE', `--timezone ${zone} is not an IANA time zone (e.g. Europe/London)`);
    const dir = path.resolve(io.cwd, positionals[0] ?? '.');
    const day = formatIsoDate(new TZDate(Date.now(), zone));
    const files = [
      { file: path.join(dir, 'geodigest.config.yaml'), content: starterConfig(zone) },
      { file: path.join(dir, 'articles', `${day}-example.md`), content: exampleArticle(day, zone) },
    ];
    const flag = values.force ? 'w' : 'wx';
    const written: string[] = [];
    for (const { file, content } of files) {
      await mkdir(path.dirname(file), { recursive: true });
      try {
        await writeFile(file, content, { flag });
        written.push(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          io.stderr.write(`geodigest init: ${path.relative(io.cwd, file) || file} exists, left as it is (--force overwrites it)\n`);
          continue;
        }
        throw new GeodigestError('EINIT', `cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
    for (const file of written) io.stdout.write(`wrote ${path.relative(io.cwd, file) || file}\n`);
    if (!written.length) return ExitCode.usage;
    const cd = path.relative(io.cwd, dir);
    io.stdout.write(`\nNext: ${cd ? `cd ${cd} && ` : ''}geodigest build   (then open out/<week>/digest.html)\n`);
    return ExitCode.ok;
  },
};

import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/loadConfig.js';
import { formatDiagnostic } from '../diagnostics/Diagnostic.js';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { Command } from './Command.js';
import { RENDER_FLAGS, RENDER_FLAGS_HELP, renderOptions } from './renderOptions.js';

const HELP = `Usage: geodigest preview [options]

Serves a week's digest on http://127.0.0.1:PORT/ and rebuilds it when an article, a template or
the config file changes. The page shows the email at 600 or 375 px, the timeline picture, and
links to every file (digest.html, digest.txt, report.md, events.ics, timeline.svg…). Nothing is
written to disk. Stop it with Ctrl-C.

Options:
  --config FILE           config file (default: geodigest.config.yaml/.yml/.json if present)
  --input DIR             folder (or file) of articles            (default: seeds/)
  --week YYYY-Www         ISO week of the digest                   (default: the newest article's week)
  --port N                port on 127.0.0.1, 0 for any free one   (default: 4321)
  --template FILE         the MJML layout (partials beside it)    (default: the package's templates/digest.mjml)
  --timezone Area/City    zone for files that name none, and for showing dates
  --reference-date DATE   publication date for files that have none (YYYY-MM-DD)
${RENDER_FLAGS_HELP}
  -h, --help              show this help

Examples:
  geodigest preview
  geodigest preview --week 2024-W20 --port 8080
`;

export const previewCommand: Command = {
  name: 'preview',
  summary: 'serve the digest on 127.0.0.1 and rebuild it on change',
  help: HELP,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        config: { type: 'string' },
        input: { type: 'string' },
        week: { type: 'string' },
        port: { type: 'string' },
        template: { type: 'string' },
        timezone: { type: 'string' },
        'reference-date': { type: 'string' },
        ...RENDER_FLAGS,
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return ExitCode.ok;
    }
    const { config, file } = loadConfig(io.cwd, values.config);
    // Loaded here, not at the top: `geodigest --help` should not wait for the whole pipeline.
    const { startPreview } = await import('./startPreview.js');
    const render = renderOptions(values, config);
    const port = values.port === undefined ? 4321 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new GeodigestError('EUSAGE', `--port ${values.port} is not a port; use a number from 0 to 65535`);
    const ref = values['reference-date'] ?? config.input.referenceDate;
    const zone = values.timezone ?? config.input.timeZone;
    let preview;
    try {
      preview = await startPreview({
        input: path.resolve(io.cwd, values.input ?? config.input.path),
        read: { ...(ref ? { referenceDate: ref } : {}), ...(zone ? { timeZone: zone } : {}) },
        build: { ...render, lookbackWeeks: config.digest.lookbackWeeks, ...(values.week ? { week: values.week } : {}) },
        templatePath: values.template ? path.resolve(io.cwd, values.template) : path.join(TEMPLATES_DIR, 'digest.mjml'),
        ...(file ? { watch: [file] } : {}),
        port,
        onBuild: (r) => {
          io.stderr.write(r.ok ? `rebuilt: ${r.message}\n` : `build failed (showing the last good digest): ${r.message}\n`);
          for (const d of r.diagnostics) if (d.severity !== 'info') io.stderr.write(`${formatDiagnostic(d)}\n`);
        },
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new GeodigestError('EUSAGE', `port ${port} is in use; pick another with --port (0 for any free one)`);
      throw err;
    }
    io.stdout.write(`Preview on ${preview.url} (Ctrl-C to stop)\n`);
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    await preview.close();
    return ExitCode.ok;
  },
};

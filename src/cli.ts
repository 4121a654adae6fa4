#!/usr/bin/env node
import { argv, env, exit, stderr, stdin, stdout } from 'node:process';
import { pathToFileURL } from 'node:url';
import { buildCommand } from './commands/build.js';
import type { Command, CommandIO } from './commands/Command.js';
import { initCommand } from './commands/init.js';
import { previewCommand } from './commands/preview.js';
import { sendCommand } from './commands/send.js';
import { timexCommand } from './commands/timex.js';
import { ExitCode, GeodigestError } from './diagnostics/GeodigestError.js';
import { VERSION } from './version.js';

const COMMANDS: readonly Command[] = [buildCommand, sendCommand, previewCommand, initCommand, timexCommand];

const HELP = `geodigest ${VERSION}: news articles in, a weekly timeline and geopolitics digest out.

Usage: geodigest <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Options:
  -h, --help      show help (also: geodigest <command> --help)
  -v, --version   show the version

Examples:
  geodigest build                      digest seeds/ into out/<week>/
  geodigest init                       start a project: config + example article
  geodigest timex a.txt --reference-date 2024-05-14 --timezone Europe/London
  geodigest preview                    serve the digest on http://127.0.0.1:4321/
`;

/** Runs the CLI with arguments (without `node` and the script); resolves to the exit code. */
export async function main(args: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(HELP);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`geodigest: unknown command "${name}"\n\n${HELP}`);
    return ExitCode.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof GeodigestError) {
      io.stderr.write(`geodigest ${command.name}: ${err.message}\n`);
      return err.exitCode;
    }
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`geodigest ${command.name}: ${(err as Error).message}\n\n${command.help}`);
      return ExitCode.usage;
    }
    io.stderr.write(`geodigest ${command.name}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return ExitCode.problems;
  }
}

if (import.meta.url === pathToFileURL(argv[1] ?? '').href) {
  // A reader that stops early (`geodigest timex a.txt | head`) closes the pipe: stop quietly, as
  // Unix tools do, instead of failing on the next write.
  stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') exit(ExitCode.ok);
    throw err;
  });
  main(argv.slice(2), { stdout, stderr, stdin, env, cwd: process.cwd() }).then((code) => {
    process.exitCode = code;
  }, (err: unknown) => {
    stderr.write(`${String(err)}\n`);
    exit(ExitCode.problems);
  });
}

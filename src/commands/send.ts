import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/loadConfig.js';
import { createProgress } from '../deliver/createProgress.js';
import { loadDkim } from '../deliver/loadDkim.js';
import { parseMailbox, type Mailbox } from '../deliver/parseMailbox.js';
import { parseRecipients, type RecipientSource } from '../deliver/parseRecipients.js';
import { renderSubject } from '../deliver/renderSubject.js';
import type { SendDigestReport } from '../deliver/sendDigest.js';
import { describeSmtp, smtpSettingsFromEnv } from '../deliver/smtpSettingsFromEnv.js';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import type { Command, CommandIO } from './Command.js';
import { printDiagnostics } from './printDiagnostics.js';

const HELP = `Usage: geodigest send --to ADDR[,ADDR…] | --to-file FILE [options]

Sends a week's digest, one message per recipient, built first if <out>/<week>/ is not built yet.
The server comes from the environment, never from flags:
  SMTP_URL        smtp://user@host:587 (STARTTLS, required) or smtps://user@host:465 (TLS)
  SMTP_PASSWORD   the password (never printed; logs show ***)
  SMTP_TLS_CA     a PEM file to trust, for a server with its own CA or a self-signed certificate
Without SMTP_URL nothing is sent: one .eml per recipient is written to <out>/<week>/outbox/.
<out>/<week>/sent.json records every accepted message, so a re-run sends only to those who have
not got this week's digest yet.

Options:
  --to ADDR[,ADDR…]       recipients, e.g. "a@example.com, Bob <bob@example.com>" (repeatable)
  --to-file FILE          recipients, one or more per line; lines starting with # are comments
  --from ADDR             sender                                   (default: email.from)
  --week YYYY-Www         ISO week of the digest                   (default: the newest article's week)
  --out DIR               output folder                            (default: out/)
  --input DIR             articles, if the week must be built      (default: seeds/)
  --config FILE           config file (default: geodigest.config.yaml/.yml/.json if present)
  --dry-run               check recipients, build and server login; send and write nothing
  --force                 send also to those who already got this week's digest
  -h, --help              show this help

Exit codes: 0 every recipient has the digest, 1 some did not (listed), 2 usage or setup error.

Examples:
  geodigest send --to me@example.com
  SMTP_URL=smtp://digest@smtp.example.com:587 SMTP_PASSWORD=… geodigest send --to-file readers.txt
  geodigest send --week 2024-W20 --to-file readers.txt --dry-run
`;

export const sendCommand: Command = {
  name: 'send',
  summary: 'e-mail a week\'s digest (SMTP from the environment; else .eml files)',
  help: HELP,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        to: { type: 'string', multiple: true },
        'to-file': { type: 'string', multiple: true },
        from: { type: 'string' },
        week: { type: 'string' },
        out: { type: 'string' },
        input: { type: 'string' },
        config: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return ExitCode.ok;
    }
    const { config, file: configFile } = loadConfig(io.cwd, values.config);
    // Loaded here, not at the top: `geodigest --help` should not wait for the whole pipeline.
    const { buildOutputs } = await import('./buildOutputs.js');
    const { loadDigestMail } = await import('../deliver/loadDigestMail.js');
    const { sendDigest } = await import('../deliver/sendDigest.js');

    // Recipients.
    const sources: RecipientSource[] = (values.to ?? []).map((text) => ({ name: '--to', text, kind: 'flag' }));
    for (const f of values['to-file'] ?? []) {
      try {
        sources.push({ name: f, text: await readFile(path.resolve(io.cwd, f), 'utf8'), kind: 'file' });
      } catch (err) {
        throw new GeodigestError('EUSAGE', `cannot read --to-file ${f}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
    if (!sources.length) throw new GeodigestError('EUSAGE', `send needs recipients: --to ADDR[,ADDR…] or --to-file FILE\n\n${HELP}`);
    const parsed = parseRecipients(sources);
    printDiagnostics(io.stderr, parsed.diagnostics);
    if (!parsed.recipients.length) throw new GeodigestError('EUSAGE', 'no valid recipient; nothing was sent');

    // Sender, server, signing: all checked before anything is built or sent.
    const from = senderOf(values.from, config.email.from, config.email.senderName);
    const smtp = smtpSettingsFromEnv(io.env, { allowInsecureLoopback: config.email.allowInsecureLoopback, cwd: io.cwd });
    for (const w of smtp?.warnings ?? []) io.stderr.write(`warning: ${w}\n`);
    const baseDir = configFile ? path.dirname(configFile) : io.cwd;
    const dkim = config.email.dkim ? loadDkim(config.email.dkim, baseDir) : undefined;
    const unsubscribeUrl = config.digest.unsubscribeUrl;
    if (unsubscribeUrl?.startsWith('http:')) io.stderr.write(`warning: digest.unsubscribeUrl is http://; one-click unsubscribe (RFC 8058) needs https://, so List-Unsubscribe-Post is left out\n`);

    // The week, built if it is not.
    const built = await buildOutputs({
      cwd: io.cwd,
      config,
      ifMissing: true,
      write: !values['dry-run'],
      ...(values.week ? { week: values.week } : {}),
      ...(values.out ? { out: values.out } : {}),
      ...(values.input ? { input: values.input } : {}),
    }).catch((err: unknown) => {
      if (err instanceof GeodigestError) printDiagnostics(io.stderr, err.diagnostics);
      throw err;
    });
    const shownDir = path.relative(io.cwd, built.dir) || built.dir;
    printDiagnostics(io.stderr, built.diagnostics, { quiet: true });
    if (built.state !== 'existing') io.stderr.write(`${built.week} was not built yet: ${built.state === 'built' ? `built it into ${shownDir}/` : 'built it in memory (dry run)'}\n`);
    const mail = await loadDigestMail(built.files ? { dir: built.dir, files: built.files } : { dir: built.dir });
    for (const w of mail.warnings) io.stderr.write(`warning: ${w}\n`);
    const subject = renderSubject(config.email.subject, { week: mail.week, headlines: mail.headlines, title: config.digest.title, locale: config.digest.locale });

    // Ctrl-C: finish the messages in flight, record them, send no more. A second one kills.
    const interrupt = new AbortController();
    const onSigint = (): void => {
      io.stderr.write('\ninterrupted: finishing the messages in flight, sending no more (Ctrl-C again to quit at once)\n');
      interrupt.abort();
    };
    const isCli = io.stderr === process.stderr;
    if (isCli) process.once('SIGINT', onSigint);
    const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
    let report: SendDigestReport;
    try {
      if (smtp) io.stderr.write(`${values['dry-run'] ? 'checking' : 'sending'} ${mail.week} "${subject}" via ${describeSmtp(smtp)}\n`);
      report = await sendDigest({
        dir: built.dir,
        mail,
        recipients: parsed.recipients,
        from,
        subject,
        ...(unsubscribeUrl || config.email.unsubscribeMailto ? { unsubscribe: { ...(unsubscribeUrl ? { url: unsubscribeUrl } : {}), ...(config.email.unsubscribeMailto ? { mailto: config.email.unsubscribeMailto } : {}) } } : {}),
        ...(smtp ? { smtp } : {}),
        pool: config.email.pool,
        retries: config.email.retries,
        timeoutMs: config.email.timeoutMs,
        ...(dkim ? { dkim } : {}),
        force: values.force,
        dryRun: values['dry-run'],
        progress: (total) => createProgress(io.stderr, total, { tty }),
        signal: interrupt.signal,
      });
    } finally {
      if (isCli) process.removeListener('SIGINT', onSigint);
    }
    return summarize(report, io, { shownDir, invalid: parsed.invalid, subject });
  },
};

/** `--from`, else `email.from` (with `email.senderName` when it has no name); refused if unusable. */
function senderOf(flag: string | undefined, configured: string, senderName: string | undefined): Mailbox {
  const parsed = parseMailbox(flag ?? configured);
  if (typeof parsed === 'string') throw new GeodigestError('EUSAGE', `${flag !== undefined ? '--from' : 'email.from'} "${(flag ?? configured).replace(/[\r\n]/g, '⏎')}" ${parsed}`);
  if (!parsed.name && senderName) {
    if (/[\r\n]/.test(senderName)) throw new GeodigestError('ECONFIG', 'email.senderName contains a line break, which could inject mail headers');
    return { ...parsed, name: senderName.trim() };
  }
  return parsed;
}

/** Prints the outcome; the exit code says whether every valid and invalid recipient was served. */
function summarize(report: SendDigestReport, io: CommandIO, context: { shownDir: string; invalid: number; subject: string }): number {
  const out = io.stdout;
  const rel = (p: string): string => path.relative(io.cwd, p) || p;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : w.endsWith('s') ? 'es' : 's'}`;
  if (report.mode === 'outbox') {
    if (report.dryRun) {
      out.write(`${report.week}: dry run, SMTP_URL is not set: would write ${plural(report.wouldSend.length, 'message')} to ${rel(report.record)}/ ("${context.subject}")\n`);
    } else {
      out.write(`${report.week}: SMTP_URL is not set, so nothing was sent: wrote ${plural(report.written.length, 'message')} to ${rel(report.record)}/ (set SMTP_URL to send; see README: Sending)\n`);
      if (report.written.length <= 10) for (const w of report.written) out.write(`  ${rel(w.file)}\n`);
    }
  } else {
    if (report.alreadySent.length) {
      const older = report.alreadySent.filter((a) => !a.sameDigest).length;
      io.stderr.write(`${plural(report.alreadySent.length, 'recipient')} already got ${report.week} (see ${rel(report.record)})${older ? `, ${older} of them an earlier build of it` : ''}; not sent again (--force to resend)\n`);
    }
    if (report.dryRun) {
      out.write(`${report.week}: dry run: the server accepted the connection${report.server?.includes('***') ? ' and the login' : ''}; would send ${plural(report.wouldSend.length, 'message')} ("${context.subject}")\n`);
      for (const to of report.wouldSend.slice(0, 20)) out.write(`  ${to}\n`);
      if (report.wouldSend.length > 20) out.write(`  … and ${report.wouldSend.length - 20} more\n`);
    } else {
      const attempted = report.sent.length + report.failed.length + report.notAttempted.length;
      out.write(`${report.week}: sent ${report.sent.length} of ${plural(attempted, 'message')}${attempted ? '' : ' (everyone already has it)'}; ledger ${rel(report.record)}\n`);
      if (report.fatal) io.stderr.write(`error: ${report.fatal.message}\n`);
      if (report.failed.length) {
        out.write(`failed (${report.failed.length}):\n`);
        for (const f of report.failed) out.write(`  ${f.to}: ${f.message} (${f.kind}${f.kind === 'temporary' ? `, ${plural(f.attempts, 'attempt')}; re-run send later` : ''})\n`);
      }
      if (report.notAttempted.length) {
        out.write(`not sent (${report.notAttempted.length}), ${report.notAttempted[0]!.reason}:\n`);
        for (const n of report.notAttempted) out.write(`  ${n.to}\n`);
      }
    }
  }
  if (context.invalid) out.write(`${plural(context.invalid, 'address')} refused (see above)\n`);
  if (report.fatal) return ExitCode.usage;
  const problems = context.invalid + report.failed.length + report.notAttempted.length;
  return problems ? ExitCode.problems : ExitCode.ok;
}

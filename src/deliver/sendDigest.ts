import path from 'node:path';
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { SendMailOptions } from 'nodemailer';
import type { DKIMOptions } from 'nodemailer/lib/dkim';
import { ExitCode, GeodigestError } from '../diagnostics/GeodigestError.js';
import { classifySmtpError, type SmtpFailure, type SmtpFailureKind } from './classifySmtpError.js';
import { composeMessage, type UnsubscribeTargets } from './composeMessage.js';
import type { Progress } from './createProgress.js';
import { createSmtpTransport } from './createSmtpTransport.js';
import { deliverAll, type DeliveryJob } from './deliverAll.js';
import type { DigestMail } from './loadDigestMail.js';
import type { Mailbox } from './parseMailbox.js';
import { SendLedger } from './SendLedger.js';
import { describeSmtp, type SmtpSettings } from './smtpSettingsFromEnv.js';
import { writeOutbox, type OutboxMessage } from './writeOutbox.js';

/** Everything `sendDigest` needs; SMTP settings come from `smtpSettingsFromEnv`. */
export interface SendDigestOptions {
  /** `<out>/<week>/`: the ledger (`sent.json`) and the outbox live here. */
  dir: string;
  mail: DigestMail;
  recipients: readonly Mailbox[];
  from: Mailbox;
  subject: string;
  unsubscribe?: UnsubscribeTargets | undefined;
  /** Without it, messages go to `<dir>/outbox/*.eml` and nothing is sent. */
  smtp?: SmtpSettings | undefined;
  pool: { maxConnections: number; rateLimit: number; rateDeltaMs: number };
  retries: { max: number; backoffMs: number };
  timeoutMs: number;
  dkim?: DKIMOptions | undefined;
  /** Send also to those the ledger says already got this week's digest. */
  force?: boolean | undefined;
  /** Check everything (and the server's login), send nothing, write nothing. */
  dryRun?: boolean | undefined;
  /** Progress for the messages about to be sent. */
  progress?: (total: number) => Progress<SendJob>;
  /** Stop starting new messages (Ctrl-C); in-flight ones finish and are recorded. */
  signal?: AbortSignal | undefined;
  now?: () => Date;
}

/** One recipient's message. */
export interface SendJob extends DeliveryJob {
  recipient: Mailbox;
}

/** What happened, recipient by recipient. */
export interface SendDigestReport {
  mode: 'smtp' | 'outbox';
  dryRun: boolean;
  week: string;
  /** The server, password shown as `***`. */
  server?: string;
  /** `<dir>/sent.json` (SMTP) or `<dir>/outbox/` (outbox). */
  record: string;
  sent: { to: string; messageId: string; response: string; attempts: number }[];
  written: OutboxMessage[];
  failed: { to: string; message: string; kind: SmtpFailureKind; attempts: number }[];
  notAttempted: { to: string; reason: string }[];
  /** Skipped: the ledger says they got it (`sameDigest`: this very build). */
  alreadySent: { to: string; sentAt: string; sameDigest: boolean }[];
  /** Dry run: who would get a message now. */
  wouldSend: string[];
  /** The batch stopped on this (auth, TLS, sender). */
  fatal?: SmtpFailure;
}

/**
 * Sends a week's digest, one message per recipient. With SMTP settings: checks the server first
 * (`verify()`: connection, TLS, login; temporary failures retried), skips those the ledger
 * (`sent.json`) says already got this week's digest unless `force`, delivers through a pooled,
 * rate-limited transport with retries (`deliverAll`) and records each accepted message in the
 * ledger at once. Without: writes `.eml` files to `<dir>/outbox/`. Throws a `GeodigestError` when
 * nothing can be sent (exit 2 for setup problems, 1 when the server cannot be reached).
 *
 * @example
 * const report = await sendDigest({ dir, mail, recipients, from, subject, smtp, pool, retries, timeoutMs: 60_000 });
 * report.failed //=> [{ to: 'gone@example.com', message: '550 5.1.1 No such user', kind: 'permanent', attempts: 1 }]
 */
export async function sendDigest(options: SendDigestOptions): Promise<SendDigestReport> {
  const now = options.now ?? (() => new Date());
  const compose = (to: Mailbox): SendMailOptions => composeMessage(options.mail, to, {
    from: options.from,
    subject: options.subject,
    date: now(),
    ...(options.unsubscribe ? { unsubscribe: options.unsubscribe } : {}),
  });
  const report: SendDigestReport = {
    mode: options.smtp ? 'smtp' : 'outbox',
    dryRun: Boolean(options.dryRun),
    week: options.mail.week,
    record: options.smtp ? path.join(options.dir, 'sent.json') : path.join(options.dir, 'outbox'),
    sent: [], written: [], failed: [], notAttempted: [], alreadySent: [], wouldSend: [],
  };

  if (!options.smtp) {
    if (options.dryRun) report.wouldSend = options.recipients.map((r) => r.address);
    else {
      report.written = await writeOutbox(report.record, options.recipients.map((r) => ({ to: r.address, message: compose(r) })), options.dkim ? { dkim: options.dkim } : {});
    }
    return report;
  }

  const smtp = options.smtp;
  report.server = describeSmtp(smtp);
  const where = `${smtp.host}:${smtp.port}`;
  const ledger = await SendLedger.open(options.dir, options.mail.week);
  try {
    const pending: SendJob[] = [];
    for (const r of options.recipients) {
      const done = ledger.deliveryTo(r.address);
      if (done && !options.force) report.alreadySent.push({ to: r.address, sentAt: done.sentAt, sameDigest: done.digest === options.mail.fingerprint });
      else pending.push({ to: r.address, recipient: r });
    }
    if (!pending.length && !options.dryRun) return report;

    const transport = createSmtpTransport(smtp, {
      pool: options.pool,
      timeoutMs: options.timeoutMs,
      ...(options.dkim ? { dkim: options.dkim } : {}),
    });
    try {
      await verifyWithRetries(() => transport.verify(), where, options.retries, options.signal);
      if (options.dryRun) {
        report.wouldSend = pending.map((j) => j.to);
        return report;
      }
      const progress = options.progress?.(pending.length);
      let outcome;
      try {
        outcome = await deliverAll(pending, {
          send: (job) => transport.sendMail(compose(job.recipient)),
          onAccepted: (job, info) => ledger.record({
            to: job.to,
            messageId: info.messageId ?? '',
            digest: options.mail.fingerprint,
            sentAt: now().toISOString(),
            response: (info.response ?? '').replace(/\s+/g, ' ').trim(),
          }),
          ...(progress ? { onEvent: (e) => progress.event(e) } : {}),
          concurrency: options.pool.maxConnections,
          retries: options.retries,
          server: where,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (err) {
        throw new GeodigestError('ELEDGER', `a message was sent but could not be recorded in ${ledger.file} (${(err as Error).message}); sending stopped so nobody gets it twice — fix the problem before re-running`, ExitCode.usage);
      } finally {
        progress?.stop();
      }
      for (const r of outcome.results) {
        if (r.status === 'sent') report.sent.push({ to: r.job.to, messageId: r.info.messageId ?? '', response: (r.info.response ?? '').trim(), attempts: r.attempts });
        else if (r.status === 'failed') report.failed.push({ to: r.job.to, message: r.failure.message, kind: r.failure.kind, attempts: r.attempts });
        else report.notAttempted.push({ to: r.job.to, reason: r.reason });
      }
      if (outcome.fatal) report.fatal = outcome.fatal;
      return report;
    } finally {
      transport.close();
    }
  } finally {
    await ledger.close();
  }
}

/** `verify()` with the same retry policy as messages, for temporary failures only. */
async function verifyWithRetries(verify: () => Promise<unknown>, where: string, retries: { max: number; backoffMs: number }, signal?: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await verify();
      return;
    } catch (err) {
      const failure = classifySmtpError(err, where);
      if (failure.kind === 'fatal') throw new GeodigestError('ESMTP', `${failure.message}; nothing was sent`, ExitCode.usage);
      if (attempt > retries.max || signal?.aborted) {
        throw new GeodigestError('ESMTP', `${failure.message}; nothing was sent (tried ${attempt} time${attempt === 1 ? '' : 's'})`, failure.kind === 'permanent' ? ExitCode.usage : ExitCode.problems);
      }
      await sleepFor(Math.round(retries.backoffMs * 2 ** (attempt - 1)), undefined, signal ? { signal } : {}).catch(() => undefined);
    }
  }
}

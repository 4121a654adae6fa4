import { setTimeout as sleepFor } from 'node:timers/promises';
import { classifySmtpError, type SmtpFailure } from './classifySmtpError.js';

/** What the server said when it took a message (nodemailer's `info`). */
export interface AcceptInfo {
  accepted?: readonly (string | { address: string })[] | undefined;
  rejected?: readonly (string | { address: string })[] | undefined;
  rejectedErrors?: readonly unknown[] | undefined;
  response?: string | undefined;
  messageId?: string | undefined;
}

/** One message to deliver. */
export interface DeliveryJob {
  /** The recipient's address. */
  to: string;
}

/** How one job ended. */
export type DeliveryResult<J extends DeliveryJob> =
  | { job: J; status: 'sent'; attempts: number; info: AcceptInfo }
  | { job: J; status: 'failed'; attempts: number; failure: SmtpFailure }
  /** Never tried: the batch stopped first (a fatal error, the server gone, or an interrupt). */
  | { job: J; status: 'not-attempted'; reason: string };

/** Progress, as it happens. */
export type DeliveryEvent<J extends DeliveryJob> =
  | { type: 'retry'; job: J; attempt: number; delayMs: number; failure: SmtpFailure }
  | { type: 'done'; result: DeliveryResult<J> };

/** Options for `deliverAll`. */
export interface DeliverAllOptions<J extends DeliveryJob> {
  /** Sends one message; resolves with the server's acceptance, rejects with nodemailer's error. */
  send: (job: J) => Promise<AcceptInfo>;
  /**
   * Called (and awaited) for each accepted message: write the ledger here. If it throws, the batch
   * stops and `deliverAll` rethrows that error once the messages in flight are done.
   */
  onAccepted?: (job: J, info: AcceptInfo) => Promise<void>;
  onEvent?: (event: DeliveryEvent<J>) => void;
  /** Messages in flight at once (the pool's connection count). */
  concurrency: number;
  /** Retries after the first attempt, and the first backoff (doubled each time, ±20% jitter). */
  retries: { max: number; backoffMs: number };
  /** Longest wait between two attempts (default 5 minutes). */
  maxBackoffMs?: number;
  /** Stops starting messages (those left are `not-attempted`); in-flight ones finish. */
  signal?: AbortSignal;
  /** Named in failure messages, e.g. `mail.example.com:587`. */
  server?: string;
  random?: () => number;
}

/** The outcome of a batch. */
export interface DeliverAllResult<J extends DeliveryJob> {
  results: DeliveryResult<J>[];
  /** Set when a fatal failure stopped the batch (auth, TLS, sender refused). */
  fatal?: SmtpFailure;
}

/**
 * Delivers one message per job, `concurrency` at a time, retrying temporary failures (4xx,
 * dropped connections, timeouts) with exponential backoff up to `retries.max` times — nodemailer
 * has no retries of its own. A permanent failure (5xx) fails that job only; a recipient in
 * `info.rejected` is a failure too. A fatal failure (authentication, TLS, refused sender) stops
 * the batch; so does a connection failure that outlasts the retries (the server is gone): the
 * jobs not started yet end as `not-attempted`. Results come back in job order.
 *
 * @example
 * const { results } = await deliverAll(jobs, { send: (j) => transport.sendMail(j.message), concurrency: 3, retries: { max: 4, backoffMs: 1000 } });
 */
export async function deliverAll<J extends DeliveryJob>(jobs: readonly J[], options: DeliverAllOptions<J>): Promise<DeliverAllResult<J>> {
  const results: DeliveryResult<J>[] = new Array(jobs.length);
  const stop = new AbortController();
  let stopReason = '';
  let fatal: SmtpFailure | undefined;
  let recordError: unknown;
  const halt = (reason: string): void => {
    if (!stopReason) stopReason = reason;
    stop.abort();
  };
  const onOuterAbort = (): void => halt('interrupted');
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const random = options.random ?? Math.random;
  const maxBackoff = options.maxBackoffMs ?? 300_000;
  const finish = (i: number, result: DeliveryResult<J>): void => {
    results[i] = result;
    options.onEvent?.({ type: 'done', result });
  };

  const deliverOne = async (job: J): Promise<DeliveryResult<J>> => {
    for (let attempt = 1; ; attempt++) {
      let info: AcceptInfo | undefined;
      let error: unknown;
      try {
        info = await options.send(job);
      } catch (err) {
        error = err;
      }
      if (info) {
        // One recipient per message: a rejected address is this job's. Addresses are not compared
        // with job.to (the transport may have punycoded the domain).
        if (!info.rejected?.length && info.accepted?.length) {
          // Outside the retry path: a message the server took is never sent again, even if recording it fails.
          try {
            await options.onAccepted?.(job, info);
          } catch (err) {
            recordError ??= err;
            halt(`could not record the delivery to ${job.to}`);
          }
          return { job, status: 'sent', attempts: attempt, info };
        }
        error = info.rejectedErrors?.[0] ?? { message: `the server did not accept ${job.to} (${info.response ?? 'no reply'})` };
      }
      const failure = classifySmtpError(error, options.server);
      if (failure.kind === 'fatal') {
        fatal ??= failure;
        halt(failure.message);
        return { job, status: 'failed', attempts: attempt, failure };
      }
      if (failure.kind === 'permanent' || attempt > options.retries.max || stop.signal.aborted) {
        if (failure.kind === 'temporary' && failure.connection && !stop.signal.aborted) halt(`stopped after ${job.to} failed: ${failure.message}`);
        return { job, status: 'failed', attempts: attempt, failure };
      }
      const delayMs = Math.round(Math.min(maxBackoff, options.retries.backoffMs * 2 ** (attempt - 1)) * (0.8 + 0.4 * random()));
      options.onEvent?.({ type: 'retry', job, attempt, delayMs, failure });
      try {
        await sleepFor(delayMs, undefined, { signal: stop.signal });
      } catch {
        return { job, status: 'failed', attempts: attempt, failure };
      }
    }
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i]!;
      if (stop.signal.aborted) {
        finish(i, { job, status: 'not-attempted', reason: stopReason });
        continue;
      }
      finish(i, await deliverOne(job));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  // The messages went out; only their record failed: the caller must say so loudly.
  if (recordError !== undefined) throw recordError;
  return fatal ? { results, fatal } : { results };
}

import cliProgress from 'cli-progress';
import type { DeliveryEvent, DeliveryJob } from './deliverAll.js';

/** Shows how a batch goes. */
export interface Progress<J extends DeliveryJob> {
  event(event: DeliveryEvent<J>): void;
  /** Ends the bar (TTY); call before printing anything else. */
  stop(): void;
}

/**
 * Progress for a batch of `total` messages: on a TTY a progress bar (cli-progress) with retries
 * and failures printed above it; otherwise one line per recipient (`sent`, `retry`, `failed`,
 * `not sent`), for logs and CI.
 *
 * @example
 * const progress = createProgress(process.stderr, 200, { tty: process.stderr.isTTY });
 * await deliverAll(jobs, { …, onEvent: (e) => progress.event(e) });
 * progress.stop();
 */
export function createProgress<J extends DeliveryJob>(stream: NodeJS.WritableStream, total: number, options: { tty?: boolean } = {}): Progress<J> {
  let done = 0;
  let failed = 0;
  const lineOf = (e: DeliveryEvent<J>): string => {
    if (e.type === 'retry') return `retry    ${e.job.to}: ${e.failure.message} (attempt ${e.attempt} failed; next in ${(e.delayMs / 1000).toFixed(1)} s)`;
    const r = e.result;
    const n = `${String(done).padStart(String(total).length)}/${total}`;
    if (r.status === 'sent') return `sent     ${n} ${r.job.to}${r.info.response ? ` (${oneLine(r.info.response)})` : ''}`;
    if (r.status === 'failed') return `failed   ${n} ${r.job.to}: ${r.failure.message} (${r.failure.kind}, ${r.attempts} attempt${r.attempts === 1 ? '' : 's'})`;
    return `not sent ${n} ${r.job.to}: ${r.reason}`;
  };
  const count = (e: DeliveryEvent<J>): void => {
    if (e.type !== 'done') return;
    done++;
    if (e.result.status !== 'sent') failed++;
  };
  if (!options.tty) {
    return {
      event(e) {
        count(e);
        stream.write(`${lineOf(e)}\n`);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar({
    stream: stream as NodeJS.WriteStream,
    format: 'sending {bar} {value}/{total} · {failed} failed · {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: false,
    stopOnComplete: false,
    etaBuffer: 50,
    fps: 10,
  }, cliProgress.Presets.shades_classic);
  const bar = multi.create(total, 0, { failed: 0 });
  return {
    event(e) {
      count(e);
      if (e.type === 'retry' || (e.type === 'done' && e.result.status !== 'sent')) multi.log(`${lineOf(e)}\n`);
      if (e.type === 'done') bar.update(done, { failed });
    },
    stop() {
      multi.update(); // flushes lines logged since the last redraw; stop() alone drops them
      multi.stop();
    },
  };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

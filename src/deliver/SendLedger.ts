import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import { writeFiles } from './writeFiles.js';

/** One accepted message. */
export interface LedgerDelivery {
  /** The recipient's address as sent. */
  to: string;
  messageId: string;
  /** Which build of the week's digest (`DigestMail.fingerprint`). */
  digest: string;
  /** When the server accepted it (ISO 8601, UTC). */
  sentAt: string;
  /** The server's reply, e.g. `250 2.0.0 Ok: queued as 4Vf…`. */
  response: string;
}

/** `<out>/<week>/sent.json`. */
export interface LedgerFile {
  schemaVersion: 1;
  week: string;
  deliveries: LedgerDelivery[];
}

export const LEDGER_FILE = 'sent.json';

/**
 * The record of who got a week's digest: `<out>/<week>/sent.json`, rewritten atomically (temp file
 * + rename) after every accepted message, so that after a crash or a partial failure a re-run
 * sends only to those not served yet. While open it holds `sent.json.lock` (with the process id),
 * so two `send` runs for the same week cannot both send; a lock left by a dead process is taken
 * over.
 *
 * @example
 * const ledger = await SendLedger.open('out/2024-W20', '2024-W20');
 * if (!ledger.deliveryTo('reader@example.com')) { … send …; await ledger.record({ … }); }
 * await ledger.close();
 */
export class SendLedger {
  readonly file: string;
  readonly #lock: string;
  readonly #data: LedgerFile;
  #writing: Promise<void> = Promise.resolve();
  #next: Promise<void> | undefined;
  #closed = false;

  private constructor(file: string, data: LedgerFile) {
    this.file = file;
    this.#lock = `${file}.lock`;
    this.#data = data;
  }

  /** Opens (and locks) the ledger of `week` in `dir`; a missing file is an empty ledger. */
  static async open(dir: string, week: string): Promise<SendLedger> {
    const file = path.join(dir, LEDGER_FILE);
    await takeLock(`${file}.lock`, week);
    try {
      return new SendLedger(file, await readLedger(file, week));
    } catch (err) {
      await rm(`${file}.lock`, { force: true });
      throw err;
    }
  }

  /** The latest delivery to an address (compared case-insensitively), if any. */
  deliveryTo(address: string): LedgerDelivery | undefined {
    const key = address.toLowerCase();
    return this.#data.deliveries.findLast((d) => d.to.toLowerCase() === key);
  }

  /** All deliveries, oldest first. */
  get deliveries(): readonly LedgerDelivery[] {
    return this.#data.deliveries;
  }

  /**
   * Adds a delivery; resolves once a write that includes it is on disk. Writes are serialized, and
   * deliveries recorded while a write is running share the next one.
   */
  record(delivery: LedgerDelivery): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the ledger is closed'));
    this.#data.deliveries.push(delivery);
    if (!this.#next) {
      const next = this.#writing.then(() => {
        this.#next = undefined;
        return writeFiles(path.dirname(this.file), [{ name: LEDGER_FILE, content: `${JSON.stringify(this.#data, null, 2)}\n` }]);
      }).then(() => undefined);
      this.#next = next;
      // A failed write fails its own records; the next write tries again with everything.
      this.#writing = next.catch(() => undefined);
    }
    return this.#next;
  }

  /** Waits for pending writes and releases the lock. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#writing;
    } finally {
      await rm(this.#lock, { force: true });
    }
  }
}

async function readLedger(file: string, week: string): Promise<LedgerFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 1, week, deliveries: [] };
    throw new GeodigestError('EINPUT', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const bad = (why: string): never => {
    throw new GeodigestError('EINPUT', `${file}:1:1: error ${why}; it records who already got this week's digest: repair it, or delete it to send to everyone again [ledger-invalid]`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return bad(`is not valid JSON (${(err as Error).message})`);
  }
  const d = data as Partial<LedgerFile>;
  if (d.schemaVersion !== 1 || !Array.isArray(d.deliveries)) return bad('is not a geodigest ledger (schemaVersion 1 with deliveries)');
  if (d.week !== week) return bad(`is the ledger of ${String(d.week)}, not of ${week}`);
  if (!d.deliveries.every((x) => typeof x?.to === 'string' && typeof x.messageId === 'string')) return bad('has a delivery without "to" or "messageId"');
  return { schemaVersion: 1, week, deliveries: d.deliveries };
}

async function takeLock(lock: string, week: string, retry = true): Promise<void> {
  try {
    const handle = await open(lock, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new GeodigestError('EINPUT', `cannot create ${lock}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (retry && (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid))) {
      await rm(lock, { force: true });
      return takeLock(lock, week, false);
    }
    throw new GeodigestError('ELOCKED', `another geodigest send for ${week} is running (process ${pid}, lock ${lock}); wait for it, or delete the lock file if that process is gone`);
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

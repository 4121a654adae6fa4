import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../ingest/Article.js';
import type { ArticleOutcome } from './extractArticle.js';

/** An article sent to a worker. */
export interface PoolTask {
  id: number;
  article: Article;
}

/** A worker's answer: what came of the task's article. */
export interface PoolReply {
  id: number;
  outcome: ArticleOutcome;
}

/** Old-generation heap of each worker, MB: many times what extracting an article needs (`MAX_WORKER_ARTICLE`). */
const WORKER_HEAP_MB = 256;

/** Articles longer than this (characters) are not sent to workers: their heap has a ceiling. */
export const MAX_WORKER_ARTICLE = 1 << 20;

/**
 * The worker script: beside this module in `dist/`. Run from the TypeScript sources (the tests),
 * there is no compiled worker beside it, so the built one in `dist/` is used (the tests build it).
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/events/extractEventsWorker.js', import.meta.url) : new URL('./extractEventsWorker.js', import.meta.url);
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve(outcome: ArticleOutcome): void; reject(err: Error): void }>;
}

/**
 * Worker threads that extract events from articles (`extractArticle`), for using every core on a
 * big week. Each article goes to the worker with the fewest waiting; what comes back is exactly
 * what `extractArticle` gives on the main thread (the events stage keeps no state between
 * articles). Idle workers do not keep the process alive; `close()` ends them.
 *
 * @example
 * const pool = new ExtractorPool(2);
 * try {
 *   const outcomes = await Promise.all(articles.map((a) => pool.extract(a)));
 * } finally {
 *   await pool.close();
 * }
 */
export class ExtractorPool {
  /** Sent once by each worker when the events stage is loaded. */
  static readonly READY = 'geodigest:extractor-ready';
  readonly threads: number;
  private readonly slots: Slot[];
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  /** Starts `threads` workers (default: one per core this process may use). */
  constructor(threads: number = availableParallelism()) {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a whole number ≥ 1, not ${threads}`);
    this.threads = threads;
    this.slots = Array.from({ length: threads }, () => this.startWorker());
  }

  /** Resolves once every worker has loaded the events stage (start-up takes most of a second). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** The events of one article, extracted on a worker. Rejects only when a worker itself fails. */
  extract(article: Article): Promise<ArticleOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the extractor pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      if (slot.pending.size === 1) slot.worker.ref();
      const task: PoolTask = { id, article };
      slot.worker.postMessage(task);
    });
  }

  /** Ends the workers; tasks still waiting are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.fail(new Error('the extractor pool was closed'));
  }

  private startWorker(): Slot {
    // A ceiling makes V8 collect sooner instead of letting each worker's heap grow far past what
    // it keeps (about 40 MB: the tagger's and the gazetteer's data); big articles stay on the main thread.
    const worker = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const pending: Slot['pending'] = new Map();
    let started: () => void = () => {};
    let failed: (err: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    ready.catch(() => {}); // reported through the tasks, or by ready() when awaited
    worker.on('message', (message: PoolReply | typeof ExtractorPool.READY) => {
      if (message === ExtractorPool.READY) {
        started();
        if (!pending.size) worker.unref();
        return;
      }
      const task = pending.get(message.id);
      pending.delete(message.id);
      if (!pending.size) worker.unref();
      task?.resolve(message.outcome);
    });
    worker.on('error', (err) => {
      failed(err);
      this.fail(new Error(`an events worker failed: ${err.message}`, { cause: err }));
    });
    worker.on('exit', (code) => {
      const err = new Error(`an events worker stopped (exit code ${code})`);
      failed(err);
      if (!this.closed) this.fail(err);
    });
    // Kept alive while it starts (someone may await ready()), then only while it has work.
    return { worker, ready, pending };
  }

  /** Rejects every waiting task; later tasks are refused. */
  private fail(err: Error): void {
    this.failure ??= err;
    for (const slot of this.slots ?? []) {
      for (const task of slot.pending.values()) task.reject(this.failure);
      slot.pending.clear();
    }
  }
}

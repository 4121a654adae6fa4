import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { ReadProgress } from '../ingest/readArticles.js';

/** A progress reporter: `update` after each input, `stop` before printing anything else. */
export interface ProgressBar {
  update(progress: ReadProgress): void;
  stop(): void;
}

/** Options for `createProgressBar`. */
export interface ProgressBarOptions {
  /** Off with `--quiet` and `--json`. */
  enabled: boolean;
  /** Show the bar only when reading takes longer than this (default 300 ms), so short reads stay quiet. */
  delayMs?: number;
}

/**
 * A `cli-progress` bar on `stream` (stderr) for long reads, only when the stream is a terminal:
 * never in pipes, logs, CI or tests that capture output. It appears after `delayMs`, and clears
 * itself when done so that diagnostics and the summary follow on a clean line.
 */
export function createProgressBar(stream: NodeJS.WritableStream, options: ProgressBarOptions): ProgressBar {
  const tty = (stream as { isTTY?: boolean }).isTTY === true;
  if (!options.enabled || !tty) return { update() {}, stop() {} };
  const started = Date.now();
  const delay = options.delayMs ?? 300;
  let bar: SingleBar | undefined;
  return {
    update({ done, total, current }) {
      const name = /^[a-z]+:\/\//i.test(current) ? current : path.basename(current);
      if (!bar) {
        if (Date.now() - started < delay || done >= total) return;
        bar = new SingleBar({
          stream, format: 'reading {bar} {value}/{total} {name}', barsize: 30, hideCursor: true, clearOnComplete: true,
          barCompleteChar: '█', barIncompleteChar: '░', fps: 10, etaBuffer: 50,
        });
        bar.start(total, done, { name });
      }
      bar.update(done, { name: name.length > 40 ? `…${name.slice(-39)}` : name });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

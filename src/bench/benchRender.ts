import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.js';
import { buildDigest } from '../render/buildDigest.js';
import { loadMjmlTemplate } from '../render/MjmlTemplate.js';
import { renderDigestFiles } from '../render/renderDigestFiles.js';
import { parseIsoWeek } from '../time/isoWeek.js';
import { syntheticEvents } from './syntheticEvents.js';

/** Timings of rendering one synthetic week, median of `runs` after warm-up. */
export interface RenderBench {
  events: number;
  runs: number;
  /** buildDigest + every output file (email MJML→HTML, text, report, JSON, ICS, SVG, PNG). */
  renderMs: number;
  /** The same without the PNG (resvg), for comparison. */
  renderWithoutPngMs: number;
  htmlBytes: number;
  targetMs: number;
}

/**
 * Times rendering a `events`-event week warm (template loaded once, three warm-up runs): the
 * digest model and all its files, with and without the PNG.
 *
 * @example
 * const r = await benchRender(200, 15); // r.renderMs ≤ r.targetMs
 */
export async function benchRender(events = 200, runs = 15): Promise<RenderBench> {
  const week = parseIsoWeek('2024-W20')!;
  const { events: timeline, articles } = syntheticEvents(events, week);
  const template = await loadMjmlTemplate(path.join(TEMPLATES_DIR, 'digest.mjml'));
  let htmlBytes = 0;
  const once = async (png: boolean) => {
    const digest = buildDigest(timeline, articles, week, { generator: 'geodigest bench' });
    htmlBytes = (await renderDigestFiles(digest, { template, png, now: new Date('2024-05-14T12:00:00Z') })).htmlBytes;
  };
  const median = async (png: boolean) => {
    for (let i = 0; i < 3; i++) await once(png);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await once(png);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? 0;
  };
  const renderMs = await median(true);
  const renderWithoutPngMs = await median(false);
  return { events, runs, renderMs: +renderMs.toFixed(1), renderWithoutPngMs: +renderWithoutPngMs.toFixed(1), htmlBytes, targetMs: 150 };
}

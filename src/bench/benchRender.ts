import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.js';
import { buildDigest } from '../render/buildDigest.js';
import { digestView } from '../render/digestView.js';
import { loadMjmlTemplate } from '../render/MjmlTemplate.js';
import { renderDigestFiles } from '../render/renderDigestFiles.js';
import { renderEmail } from '../render/renderEmail.js';
import { renderIcs } from '../render/renderIcs.js';
import { renderMarkdown } from '../render/renderMarkdown.js';
import { parseIsoWeek } from '../time/isoWeek.js';
import { syntheticEvents } from './syntheticEvents.js';

/** Timings of rendering one synthetic week, medians of `runs` after warm-up, in ms. */
export interface RenderBench {
  events: number;
  runs: number;
  /** buildDigest + every output file (email MJML→HTML, text, report, JSON, ICS, SVG, PNG). */
  renderMs: number;
  /** The same without the PNG (resvg), for comparison. */
  renderWithoutPngMs: number;
  /** The email alone: its view, Mustache → MJML, MJML → HTML. */
  emailMs: number;
  /** report.md alone. */
  markdownMs: number;
  /** events.ics alone. */
  icsMs: number;
  htmlBytes: number;
  targetMs: number;
}

const NOW = new Date('2024-05-14T12:00:00Z');

/**
 * Times rendering an `events`-event week warm (template loaded once, three warm-up runs): the
 * digest model and all its files, with and without the PNG, and the email, the Markdown report and
 * the calendar each on its own.
 *
 * @example
 * const r = await benchRender(200, 15); // r.renderMs ≤ r.targetMs
 */
export async function benchRender(events = 200, runs = 15): Promise<RenderBench> {
  const week = parseIsoWeek('2024-W20')!;
  const { events: timeline, articles } = syntheticEvents(events, week);
  const template = await loadMjmlTemplate(path.join(TEMPLATES_DIR, 'digest.mjml'));
  const digest = buildDigest(timeline, articles, week, { generator: 'geodigest bench' });
  let htmlBytes = 0;
  const median = async (fn: () => unknown) => {
    for (let i = 0; i < 3; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return +(samples[Math.floor(samples.length / 2)] ?? 0).toFixed(1);
  };
  const all = (png: boolean) => async () => {
    const d = buildDigest(timeline, articles, week, { generator: 'geodigest bench' });
    htmlBytes = (await renderDigestFiles(d, { template, png, now: NOW })).htmlBytes;
  };
  return {
    events,
    runs,
    renderMs: await median(all(true)),
    renderWithoutPngMs: await median(all(false)),
    emailMs: await median(() => renderEmail(template, digestView(digest, { cap: true, timeline: { src: 'timeline.png', alt: '', width: 600, height: 200 } }))),
    markdownMs: await median(() => renderMarkdown(digest, { timeline: { src: 'timeline.svg', alt: '' } })),
    icsMs: await median(() => renderIcs(digest, { now: NOW })),
    htmlBytes,
    targetMs: 150,
  };
}

import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import type { OutputFile } from '../deliver/writeFiles.js';
import type { Digest } from './Digest.js';
import { digestView } from './digestView.js';
import { layoutTimeline } from './layoutTimeline.js';
import { loadMjmlTemplate, type MjmlTemplate } from './MjmlTemplate.js';
import { renderEmail, GMAIL_CLIP_BYTES } from './renderEmail.js';
import { renderIcs } from './renderIcs.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderText } from './renderText.js';
import { renderTimelineJson } from './renderTimelineJson.js';
import { renderTimelinePng } from './renderTimelinePng.js';
import { renderTimelineSvg } from './renderTimelineSvg.js';

/** Where the template is, or the template itself (loaded once, for repeated renders). */
export interface RenderDigestFilesOptions {
  templatePath?: string;
  template?: MjmlTemplate;
  /** DTSTAMP of `events.ics` (default: now). */
  now?: Date;
  /** Skip the PNG (it takes resvg ~50 ms); the email still references it. */
  png?: boolean;
}

/** The files of a digest, and what the reader should know about them. */
export interface RenderedDigestFiles {
  files: OutputFile[];
  /** E.g. a warning that Gmail would clip the email. */
  diagnostics: Diagnostic[];
  /** Size of digest.html in bytes. */
  htmlBytes: number;
}

/**
 * Renders a digest into its files: `digest.mjml` and `digest.html` (the email; the timeline
 * picture at its top as `src="timeline.png"`, which `geodigest send` attaches inline as
 * `cid:timeline@geodigest`), `digest.txt`, `report.md` (showing `timeline.svg`), `timeline.json`,
 * `events.ics`, `timeline.svg` and `timeline.png`. Warns (`email-clipped`) when the HTML is over
 * Gmail's 102 KB, naming the setting that shortens it.
 *
 * @example
 * const { files, diagnostics } = await renderDigestFiles(digest, { templatePath: 'templates/digest.mjml' });
 */
export async function renderDigestFiles(digest: Digest, options: RenderDigestFilesOptions = {}): Promise<RenderedDigestFiles> {
  const template = options.template ?? (await loadMjmlTemplate(options.templatePath ?? 'templates/digest.mjml'));
  const layout = layoutTimeline(digest.timeline, digest.week, { locale: digest.locale });
  const svg = renderTimelineSvg(layout, { accent: digest.accent });
  // The PNG renders on another thread while the rest is rendered here.
  const png = options.png === false ? undefined : renderTimelinePng(svg);
  const picture = { src: 'timeline.png', alt: layout.description, width: layout.width, height: Math.round(layout.height) };
  const email = await renderEmail(template, digestView(digest, { cap: true, timeline: picture }));
  const diagnostics: Diagnostic[] = [];
  if (email.clipped) {
    diagnostics.push({
      file: 'digest.html', line: 1, column: 1, severity: 'warning', ruleId: 'email-clipped',
      message: `the email is ${(email.bytes / 1024).toFixed(0)} KB of HTML; Gmail clips anything over ${GMAIL_CLIP_BYTES / 1024} KB and hides the rest. Lower digest.maxItemsPerSection (now ${digest.maxItemsPerSection}, flag --max-items) or leave out a section (--sections)`,
    });
  }
  const files: OutputFile[] = [
    { name: 'digest.mjml', content: email.mjml },
    { name: 'digest.html', content: email.html },
    { name: 'digest.txt', content: renderText(digest) },
    { name: 'report.md', content: renderMarkdown(digest, { timeline: { src: 'timeline.svg', alt: layout.description } }) },
    { name: 'timeline.json', content: renderTimelineJson(digest) },
    { name: 'events.ics', content: renderIcs(digest, options.now ? { now: options.now } : {}) },
    { name: 'timeline.svg', content: svg },
  ];
  if (png) files.push({ name: 'timeline.png', content: await png });
  return { files, diagnostics, htmlBytes: email.bytes };
}

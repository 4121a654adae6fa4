import { annotateTemplate, sourceOfLine } from './annotateTemplate.js';
import { compileMjml } from './compileMjml.js';
import type { DigestView } from './digestView.js';
import type { MjmlTemplate } from './MjmlTemplate.js';
import { renderMjml } from './renderMjml.js';

/** Gmail shows "[Message clipped]" and hides the rest of an email whose HTML exceeds this. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** The email's MJML source and compiled HTML, with its size. */
export interface RenderedEmail {
  mjml: string;
  html: string;
  /** UTF-8 bytes of the HTML. */
  bytes: number;
  /** Gmail would clip it. */
  clipped: boolean;
}

/**
 * Fills the template with the view and compiles it. When MJML rejects the result, the template is
 * filled again with line markers so that each error names the template file and line it came from
 * (a partial's line, not a line of the expanded output).
 *
 * @example
 * const { html, clipped } = await renderEmail(template, digestView(digest, { cap: true }));
 */
export async function renderEmail(template: MjmlTemplate, view: DigestView): Promise<RenderedEmail> {
  const mjml = renderMjml(template, view);
  let html: string;
  try {
    html = await compileMjml(mjml, template.path, { includeDir: template.includeDir });
  } catch (err) {
    const { template: annotated, files } = annotateTemplate(template);
    const traced = renderMjml(annotated, view);
    // Throws again, now with template lines (or returns if the error does not recur).
    await compileMjml(traced, template.path, { includeDir: template.includeDir, locate: (line) => sourceOfLine(traced, line, files) });
    throw err;
  }
  const bytes = Buffer.byteLength(html);
  return { mjml, html, bytes, clipped: bytes > GMAIL_CLIP_BYTES };
}

import Mustache from 'mustache';
import type { DigestView } from './digestView.js';
import type { MjmlTemplate } from './MjmlTemplate.js';

/**
 * Fills an MJML template with a digest view. Every value goes through `{{value}}`, which
 * HTML-escapes it, so a title containing `<script>` or `</mj-text><mj-raw>` stays text (MJML
 * itself escapes nothing). Mustache caches parsed templates by their text, so an edited template
 * (preview) is parsed afresh.
 *
 * @example
 * renderMjml(await loadMjmlTemplate('templates/digest.mjml'), digestView(digest, { cap: true }))
 */
export function renderMjml(template: Pick<MjmlTemplate, 'layout' | 'partials'>, view: DigestView | Record<string, unknown>): string {
  return Mustache.render(template.layout, view, template.partials);
}

import Mustache from 'mustache';
import type { Digest } from './Digest.js';
import { templateView } from './templateView.js';

/**
 * Fills the MJML template with a digest. Every value is HTML-escaped by the template engine, so a
 * title containing `<script>` or `</mj-text>` stays text.
 */
export function renderMjml(template: string, digest: Digest, options: { accent?: string } = {}): string {
  return Mustache.render(template, templateView(digest, options));
}

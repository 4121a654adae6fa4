import type { Digest } from './Digest.js';
import { digestView, type ItemView, type SourceView } from './digestView.js';
import { escapeMarkdown as md } from './escapeMarkdown.js';
import { formatEventDate } from './formatEventDate.js';

/** Options for the report. */
export interface MarkdownOptions {
  /** The timeline picture to show under the title (e.g. `timeline.svg`), with its alt text. */
  timeline?: { src: string; alt: string };
}

/**
 * The Markdown report (CommonMark + GFM tables): the digest's sections with every item (no cap),
 * *This week* by region when the email groups it, *Ahead* as a diary; then the full chronological
 * table (date · precision · event · actors · places · sources) and the sources, cited as `[1]`
 * reference links to the article when it has a URL. All article text is escaped with
 * `escapeMarkdown`, so `*`, `_`, `|` or `[` in a title stay literal.
 *
 * @example
 * renderMarkdown(digest, { timeline: { src: 'timeline.svg', alt: 'Timeline of 13–26 May' } })
 */
export function renderMarkdown(digest: Digest, options: MarkdownOptions = {}): string {
  const view = digestView(digest);
  const ref = (s: SourceView) => (s.url ? `[${s.n}]` : `\\[${s.n}\\]`);
  const refs = (i: ItemView) => i.sources.map(ref).join('');
  const lines: string[] = [`# ${md(view.title)}`, '', `**${md(view.weekLabel)}** · ${md(view.summary)}`, ''];
  if (options.timeline) lines.push(`![${md(options.timeline.alt)}](<${options.timeline.src}>)`, '');
  for (const s of view.sections) {
    lines.push(`## ${md(s.heading)}`, '');
    if (s.empty) lines.push('Nothing this time.', '');
    for (const g of s.groups) {
      if (s.grouped) lines.push(`### ${md(g.region)}`, '');
      for (const i of g.items) {
        const status = i.statusLabel ? ` *(${i.statusLabel})*` : '';
        if (s.diary) {
          const head = [i.where, i.diaryWho].filter(Boolean).map(md).join(' · ');
          lines.push(`- **${md(i.date)}** · ${head ? `${head} — ` : ''}${md(i.title)}${i.when ? ` (${md(i.when)})` : ''}${status} ${refs(i)}`);
        } else {
          lines.push(`- **${md(i.date)}** · ${md(i.title)}${i.meta ? ` — ${md(i.meta)}` : ''}${status} ${refs(i)}`);
        }
        for (const q of i.quotes) lines.push(`  > “${md(q.text)}”`);
      }
      lines.push('');
    }
  }
  lines.push('## Timeline', '', '| Date | Precision | Event | Actors | Places | Sources |', '|---|---|---|---|---|---|');
  for (const e of digest.timeline) {
    const cells = [
      formatEventDate(e, { locale: digest.locale, contextYear: digest.week.year }) + (e.status === 'scheduled' ? ' (expected)' : ''),
      e.precision + (e.approximate ? ', approximate' : ''),
      e.title,
      e.actors.map((a) => a.name).join(', '),
      e.places.map((p) => p.name).join(', '),
    ].map(md);
    cells.push([...new Set(e.sources.map((x) => x.article))].map((id) => view.sources[(view.sourceNumbers[id] ?? 0) - 1]).filter((s): s is SourceView => Boolean(s)).map(ref).join(' '));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', '## Sources', '');
  for (const s of view.sources) {
    const label = s.outlet ? `${md(s.outlet)}: *${md(s.title)}*` : `*${md(s.title)}*`;
    lines.push(`${s.n}. ${label}${s.published ? ` (${s.published})` : ''}${s.url ? ` — <${s.url}>` : ''}`);
  }
  lines.push('', `*${md(view.colophon)}*`, '');
  const defs = view.sources.filter((s) => s.url).map((s) => `[${s.n}]: <${s.url}>`);
  if (defs.length) lines.push(...defs, '');
  return lines.join('\n');
}

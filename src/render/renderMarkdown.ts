import type { Digest } from './Digest.js';
import { escapeMarkdown as md } from './escapeMarkdown.js';
import { formatEventDate } from './formatEventDate.js';

/**
 * The Markdown report: the digest's sections, then the full chronological table, then the
 * sources as footnote-style links. All article text is escaped.
 */
export function renderMarkdown(digest: Digest): string {
  const notes = new Map<string, number>();
  const note = (article: string) => {
    if (!notes.has(article)) notes.set(article, notes.size + 1);
    return `[${notes.get(article)}]`;
  };
  const lines: string[] = [`# ${md(digest.title)}`, '', `*${md(digest.weekLabel)}*`, ''];
  for (const s of digest.sections) {
    lines.push(`## ${s.heading}`, '');
    if (!s.items.length) lines.push('Nothing this time.', '');
    for (const i of s.items) {
      const e = i.event;
      const who = e.actors.map((a) => a.name).join(', ');
      const refs = [...new Set(e.sources.map((x) => x.article))].map(note).join('');
      lines.push(`- **${md(i.date)}** · ${md(e.title)}${who ? ` — ${md(who)}` : ''}${i.when ? ` (${md(i.when)})` : ''} ${refs}`);
      const quote = e.sources[0]?.quote;
      if (quote) lines.push(`  > ${md(quote)}`);
    }
    lines.push('');
  }
  lines.push('## Timeline', '', '| Date | Precision | Event | Actors | Places | Sources |', '|---|---|---|---|---|---|');
  for (const e of digest.timeline) {
    const cells = [
      formatEventDate(e, { locale: digest.locale, contextYear: digest.week.year }) + (e.status === 'scheduled' ? ' (scheduled)' : ''),
      e.precision + (e.approximate ? ', approximate' : ''),
      e.title,
      e.actors.map((a) => a.name).join(', '),
      e.places.map((p) => p.name).join(', '),
    ].map(md);
    cells.push([...new Set(e.sources.map((x) => x.article))].map(note).join(' '));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', '## Sources', '');
  const articles = new Map(digest.articles.map((a) => [a.id, a]));
  for (const [id, n] of notes) {
    const a = articles.get(id);
    const label = md([a?.source, a?.title ?? id].filter(Boolean).join(': '));
    const when = a ? ` (${a.published})` : '';
    lines.push(a?.url ? `${n}. [${label}](<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>)${when}` : `${n}. ${label}${when}`);
  }
  lines.push('', `*Made by ${md(digest.generator)}; dates in ${md(digest.timeZone)}.*`, '');
  return lines.join('\n');
}

import type { Digest } from './Digest.js';

/**
 * The plain-text part of the email, built from the digest (not from the HTML), so it reads well
 * on its own: no hidden preheader, no shouting headings.
 */
export function renderText(digest: Digest): string {
  const lines: string[] = [digest.title, digest.weekLabel, ''];
  for (const s of digest.sections) {
    lines.push(s.heading, '-'.repeat(s.heading.length), '');
    if (!s.items.length) lines.push('Nothing this time.', '');
    for (const i of s.items) {
      const e = i.event;
      lines.push(`* ${i.date} · ${e.title}`);
      const meta = [e.actors.map((a) => a.name).join(', '), e.places.map((p) => p.name).join(', '), i.when ?? ''].filter(Boolean).join(' · ');
      if (meta) lines.push(`  ${meta}`);
      const sources = [...new Set(e.sources.map((x) => x.article))].map((id) => digest.articles.find((a) => a.id === id)).map((a) => (a ? `${a.title}${a.url ? ` <${a.url}>` : ''}` : '')).filter(Boolean);
      if (sources.length) lines.push(`  Source: ${sources.join('; ')}`);
      lines.push('');
    }
  }
  lines.push('--', `Made by ${digest.generator} from ${digest.articles.length} article(s); dates in ${digest.timeZone}.`);
  if (digest.unsubscribeUrl) lines.push(`Unsubscribe: ${digest.unsubscribeUrl}`);
  return `${lines.join('\n')}\n`;
}

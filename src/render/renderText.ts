import type { Digest } from './Digest.js';
import { digestView, type ItemView } from './digestView.js';
import { wrapText } from './wrapText.js';

const WIDTH = 76;

/**
 * The plain-text part of the email, built from the same view as the HTML and the report (never
 * from the HTML, whose hidden preheader would leak and whose headings html-to-text would shout):
 * the title and week, each section underlined as written, items wrapped at 76 columns with a
 * hanging indent and numbered sources (`[1]`) listed at the end with their links.
 *
 * @example
 * renderText(digest).split('\n')[0] //=> 'The week in geopolitics'
 */
export function renderText(digest: Digest): string {
  const view = digestView(digest, { cap: true });
  const cite = (i: ItemView) => i.sources.map((s) => `[${s.n}]`).join('');
  const out: string[] = [view.title, view.weekLabel, '', wrapText(view.summary, WIDTH), ''];
  for (const s of view.sections) {
    out.push(s.heading, '='.repeat([...s.heading].length), '');
    if (s.empty) out.push('Nothing this time.', '');
    for (const g of s.groups) {
      if (s.grouped) out.push(`${g.region}`, '-'.repeat([...g.region].length), '');
      for (const i of g.items) {
        const status = i.statusLabel ? ` (${i.statusLabel})` : '';
        if (s.diary) {
          const head = [i.date, i.where, i.diaryWho].filter(Boolean).join(' · ');
          out.push(wrapText(`${head}: ${i.title}${i.when ? ` (${i.when})` : ''}${status} ${cite(i)}`, WIDTH, '* ', '  '));
        } else {
          out.push(wrapText(`${i.date} · ${i.title}${status} ${cite(i)}`, WIDTH, '* ', '  '));
          if (i.meta) out.push(wrapText(i.meta, WIDTH, '  ', '  '));
        }
        out.push('');
      }
    }
    if (s.more) out.push(`(${s.moreLabel})`, '');
  }
  out.push('Sources', '=======', '');
  for (const src of view.sources) {
    out.push(wrapText(`${src.label}${src.published ? ` (${src.published})` : ''}`, WIDTH, `[${src.n}] `, ' '.repeat(String(src.n).length + 3)));
    if (src.url) out.push(`${' '.repeat(String(src.n).length + 3)}${src.url}`);
  }
  out.push('', '-- ', wrapText(view.colophon, WIDTH));
  if (view.senderName) out.push(wrapText(`You receive ${view.title} from ${view.senderName}.`, WIDTH));
  out.push(view.unsubscribeUrl ? `Unsubscribe: ${view.unsubscribeUrl}` : 'To stop receiving this digest, reply to this email.');
  return `${out.join('\n')}\n`;
}

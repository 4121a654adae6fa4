import { GeodigestError } from '../diagnostics/GeodigestError.js';
import { parseIsoWeek } from '../time/isoWeek.js';
import { weekLabel } from '../render/weekLabel.js';

/** What a subject template can use. */
export interface SubjectView {
  /** `2024-W20`. */
  week: string;
  /** Top headlines, most important first. */
  headlines: readonly string[];
  /** The digest's title. */
  title: string;
  locale?: string;
  /** Longest subject before `{top}` is shortened (default 78, the classic header line width). */
  maxLength?: number;
}

const PLACEHOLDERS = ['week', 'top', 'title', 'id', 'dates'] as const;

/**
 * Fills a subject template: `{week}` → "Week 20", `{top}` → as many top headlines as fit in
 * `maxLength`, joined with " · " and ending in " · …" when some were left out (a single headline
 * that does not fit is cut at a word with "…"), `{title}`, `{id}` → "2024-W20", `{dates}` →
 * "13–19 May 2024". An unknown placeholder, or a line break in the template (header injection),
 * is a configuration error.
 *
 * @example
 * renderSubject('{week} · {top}', { week: '2024-W20', headlines: ['Putin visits China', 'Lai sworn in'], title: 'Digest', maxLength: 30 })
 * //=> 'Week 20 · Putin visits China · …'
 */
export function renderSubject(template: string, view: SubjectView): string {
  if (/[\r\n]/.test(template)) throw new GeodigestError('ECONFIG', 'email.subject contains a line break; a subject is one line (a line break would inject headers)');
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length) throw new GeodigestError('ECONFIG', `email.subject uses {${unknown[0]}}; the placeholders are ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
  const week = parseIsoWeek(view.week);
  if (!week) throw new GeodigestError('EINPUT', `${view.week} is not an ISO week`);
  const label = weekLabel(week, view.locale ?? 'en-GB');
  const oneLine = (s: string): string => s.replace(/[\s\u2028\u2029]+/g, ' ').trim();
  const values: Record<string, string> = {
    week: `Week ${week.week}`,
    id: week.id,
    dates: label.replace(/^[^·]*·\s*/, ''),
    title: oneLine(view.title),
  };
  const fill = (top: string): string => template.replace(/\{(week|top|title|id|dates)\}/g, (_, k: string) => (k === 'top' ? top : values[k]!));
  const headlines = view.headlines.map(oneLine).filter(Boolean);
  const max = view.maxLength ?? 78;
  if (!template.includes('{top}')) return oneLine(fill(''));
  if (!headlines.length) return oneLine(fill(`no dated events`));
  const room = max - fill('').length;
  let top = '';
  for (let n = headlines.length; n >= 1; n--) {
    const candidate = headlines.slice(0, n).join(' · ') + (n < headlines.length ? ' · …' : '');
    if (candidate.length <= room) {
      top = candidate;
      break;
    }
  }
  if (!top) top = cut(headlines[0]!, Math.max(room, 20));
  return oneLine(fill(top));
}

/** Cuts at the last word boundary that leaves room for "…". */
function cut(text: string, room: number): string {
  if (text.length <= room) return text;
  const slice = text.slice(0, room - 1);
  const space = slice.lastIndexOf(' ');
  return `${(space > room / 2 ? slice.slice(0, space) : slice).replace(/[\s,;:·–-]+$/, '')}…`;
}

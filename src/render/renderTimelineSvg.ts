import { escapeXml as x } from './escapeXml.js';
import { mixWithWhite } from './mixWithWhite.js';
import type { TimelineLayout, TimelineMark } from './layoutTimeline.js';

/** Colours of the picture. */
export interface TimelineSvgOptions {
  /** `#rrggbb`, the digest's accent. */
  accent?: string;
}

const FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";
const n = (v: number) => String(Math.round(v * 10) / 10);

/**
 * Draws a laid-out timeline as a self-contained SVG (no external fonts or images): the two weeks as
 * day columns with weekends shaded; events that happened solid, expected ones hollow, week-precise
 * ones hatched and approximate ones faded and dashed; a legend; `<title>`/`<desc>` for screen
 * readers. Every label is XML-escaped.
 *
 * @example
 * renderTimelineSvg(layoutTimeline(digest.timeline, digest.week)).startsWith('<svg') //=> true
 */
export function renderTimelineSvg(layout: TimelineLayout, options: TimelineSvgOptions = {}): string {
  const accent = options.accent ?? '#b3261e';
  const { width, height, stripTop, stripBottom } = layout;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tl-title tl-desc" font-family="${FONT_FAMILY}">`,
    '<title id="tl-title">Timeline of this week and the next</title>',
    `<desc id="tl-desc">${x(layout.description)}</desc>`,
    '<defs>',
    `<pattern id="tl-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="${accent}" stroke-width="2.2"/></pattern>`,
    '</defs>',
    `<rect width="${width}" height="${height}" rx="6" fill="#ffffff"/>`,
  ];
  for (const d of layout.days) {
    if (d.weekend) out.push(`<rect x="${n(d.x)}" y="${stripTop - 30}" width="${n(d.width)}" height="${n(stripBottom - stripTop + 30)}" fill="#f1efe8"/>`);
  }
  for (const d of layout.days.slice(1)) {
    out.push(`<line x1="${n(d.x)}" y1="${stripTop}" x2="${n(d.x)}" y2="${stripBottom}" stroke="#e6e3da" stroke-width="1"/>`);
  }
  for (const [i, w] of layout.weeks.entries()) {
    out.push(`<text x="${n(w.x + 2)}" y="14" font-size="11.5" fill="${i === 0 ? accent : '#555555'}">${x(w.label)}</text>`);
    out.push(`<line x1="${n(w.x)}" y1="20" x2="${n(w.x + w.width - 4)}" y2="20" stroke="${i === 0 ? accent : '#bbbbbb'}" stroke-width="2"/>`);
  }
  const middle = layout.weeks[1]?.x;
  if (middle !== undefined) out.push(`<line x1="${n(middle)}" y1="20" x2="${n(middle)}" y2="${stripBottom}" stroke="#999999" stroke-width="1"/>`);
  for (const d of layout.days) {
    const cx = d.x + d.width / 2;
    out.push(`<text x="${n(cx)}" y="36" font-size="9" text-anchor="middle" fill="#6b6b6b">${x(d.weekday)}</text>`);
    out.push(`<text x="${n(cx)}" y="50" font-size="12" text-anchor="middle" fill="#1a1a1a">${x(d.day)}</text>`);
  }
  out.push(`<line x1="${n(layout.days[0]?.x ?? 0)}" y1="${stripTop}" x2="${n(width - (layout.days[0]?.x ?? 0))}" y2="${stripTop}" stroke="#cccccc" stroke-width="1"/>`);
  for (const m of layout.marks) out.push(mark(m, accent, layout.fontSize));
  if (!layout.marks.length) {
    out.push(`<text x="${n(width / 2)}" y="${stripTop + 20}" font-size="11" text-anchor="middle" fill="#6b6b6b">No dated events in these two weeks</text>`);
  }
  const ly = stripBottom + 20;
  const notes = [layout.hidden ? `${layout.hidden} more in these two weeks not shown` : '', layout.outside ? `${layout.outside} more in the report (earlier, later or less precisely dated)` : ''].filter(Boolean).join(' · ');
  out.push(
    `<g font-size="10" fill="#555555">`,
    `<circle cx="18" cy="${ly - 3.5}" r="4.5" fill="${accent}"/><text x="27" y="${ly}">happened</text>`,
    `<circle cx="90" cy="${ly - 3.5}" r="4.5" fill="#ffffff" stroke="${accent}" stroke-width="1.6"/><text x="99" y="${ly}">expected</text>`,
    `<rect x="160" y="${ly - 8}" width="18" height="9" fill="url(#tl-hatch)" stroke="${accent}" stroke-width="1"/><text x="183" y="${ly}">week known</text>`,
    `<rect x="254" y="${ly - 8}" width="18" height="9" fill="${accent}" opacity="0.4" stroke="${accent}" stroke-dasharray="2 2"/><text x="277" y="${ly}">approximate</text>`,
    notes ? `<text x="12" y="${ly + 17}">${x(notes)}</text>` : '',
    '</g>',
    '</svg>',
  );
  return `${out.filter(Boolean).join('\n')}\n`;
}

function mark(m: TimelineMark, accent: string, fontSize: number): string {
  const parts: string[] = [`<g class="mark" data-event="${x(m.event.id)}"${m.vagueness === 'approximate' ? ' opacity="0.55"' : ''}>`];
  const dash = m.vagueness === 'exact' ? '' : ' stroke-dasharray="3 2"';
  if (m.shape === 'point') {
    const fill = m.scheduled ? '#ffffff' : accent;
    parts.push(`<circle cx="${n(m.x1)}" cy="${n(m.y)}" r="5.5" fill="${fill}" stroke="${accent}" stroke-width="2"${dash}/>`);
  } else {
    const fill = m.vagueness !== 'exact' ? 'url(#tl-hatch)' : m.scheduled ? mixWithWhite(accent, 0.18) : accent;
    parts.push(`<rect x="${n(m.x1)}" y="${n(m.y - 5)}" width="${n(Math.max(m.x2 - m.x1, 4))}" height="10" rx="3" fill="${fill}" stroke="${accent}" stroke-width="1.6"${dash}/>`);
    if (m.clippedStart) parts.push(`<path d="M${n(m.x1 - 2)} ${n(m.y - 5)} l-6 5 l6 5 z" fill="${accent}"/>`);
    if (m.clippedEnd) parts.push(`<path d="M${n(m.x2 + 2)} ${n(m.y - 5)} l6 5 l-6 5 z" fill="${accent}"/>`);
  }
  const style = m.vagueness === 'exact' ? '' : ' font-style="italic"';
  if (m.label.inside) parts.push(`<rect x="${n(m.label.x - 3)}" y="${n(m.y - 7)}" width="${n(m.label.width + 6)}" height="14" rx="2" fill="#ffffff" fill-opacity="0.9"/>`);
  parts.push(`<text class="label" x="${n(m.label.x)}" y="${n(m.label.y)}" font-size="${fontSize}"${m.label.anchor === 'end' ? ' text-anchor="end"' : ''}${style} fill="#1a1a1a">${x(m.label.text)}</text>`);
  parts.push('</g>');
  return parts.join('');
}


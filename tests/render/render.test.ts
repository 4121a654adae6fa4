import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/events/Event.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { buildDigest } from '../../src/render/buildDigest.js';
import { compileMjml } from '../../src/render/compileMjml.js';
import { escapeMarkdown } from '../../src/render/escapeMarkdown.js';
import { formatEventDate } from '../../src/render/formatEventDate.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import { renderMjml } from '../../src/render/renderMjml.js';
import { renderText } from '../../src/render/renderText.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { weekLabel } from '../../src/render/weekLabel.js';
import { articleOf } from '../helpers.js';

const w20 = parseIsoWeek('2024-W20')!;
const ev = (over: Partial<Event>): Event => ({
  id: 'e1', kind: 'visit', title: 'A visit', start: '2024-05-16', end: '2024-05-17', precision: 'day', approximate: false, status: 'scheduled',
  actors: [{ name: 'Vladimir Putin', kind: 'person' }], places: [{ name: 'China', kind: 'country' }],
  sources: [{ article: 'test', quote: 'He will visit.', offset: 0 }], relations: [], dateBasis: 'stated', ...over,
});
const template = readFileSync(path.join(TEMPLATES_DIR, 'digest.mjml'), 'utf8');

describe('formatEventDate', () => {
  it('shows dates as a reader expects, vague ones vaguely', () => {
    expect(formatEventDate(ev({}), { contextYear: 2024 })).toBe('16–17 May');
    expect(formatEventDate(ev({ end: '2024-05-16' }), { contextYear: 2024 })).toBe('Thu 16 May');
    expect(formatEventDate(ev({ start: '2024-05-30', end: '2024-06-02' }), { contextYear: 2024 })).toBe('30 May – 2 Jun');
    expect(formatEventDate(ev({ start: '2024-05-06', end: '2024-05-12', precision: 'week' }), { contextYear: 2024 })).toBe('week of 6 May');
    expect(formatEventDate(ev({ start: '2022-01-01', end: '2022-12-31', precision: 'year', approximate: true }))).toBe('about 2022');
    expect(formatEventDate(ev({ start: null, end: null, precision: 'unknown' }))).toBe('undated');
  });
  it('labels the week', () => {
    expect(weekLabel(w20)).toBe('Week 20 · 13–19 May 2024');
    expect(weekLabel(parseIsoWeek('2025-W01')!)).toBe('Week 1 · 30 Dec 2024 – 5 Jan 2025');
  });
});

describe('the email', () => {
  const hostile = ev({ title: 'Tom & Jerry <script>alert(1)</script> </mj-text><mj-raw><b>bold</b></mj-raw>' });
  const digest = buildDigest([hostile], [articleOf('T\n\nBody.')], w20);

  it('escapes all article text in MJML and HTML', async () => {
    const mjml = renderMjml(template, digest);
    expect(mjml).not.toContain('<script>');
    expect(mjml).not.toContain('</mj-text><mj-raw>');
    const html = await compileMjml(mjml, 'templates/digest.mjml');
    expect(html).not.toMatch(/<script>|<b>bold<\/b>/);
    expect(html).toContain('Tom &amp; Jerry &lt;script&gt;');
  });

  it('names the template file and line when MJML validation fails', async () => {
    const broken = '<mjml>\n<mj-body>\n<mj-section>\n<mj-text>text outside a column</mj-text>\n</mj-section>\n</mj-body>\n</mjml>';
    await expect(compileMjml(broken, 'templates/broken.mjml')).rejects.toThrow(/templates\/broken\.mjml:4/);
  });
});

describe('the Markdown report and the text part', () => {
  it('escapes Markdown in titles', () => {
    expect(escapeMarkdown('a *b* | [c](d) _e_')).toBe('a \\*b\\* \\| \\[c\\]\\(d\\) \\_e\\_');
    const md = renderMarkdown(buildDigest([ev({ title: 'Pipes | and *stars*' })], [], w20));
    expect(md).toContain('Pipes \\| and \\*stars\\*');
    const row = md.split('\n').find((l) => l.startsWith('|') && l.includes('Pipes'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(8); // six cells, no extra column
  });

  it('writes a text part without markup or a hidden preheader', () => {
    const text = renderText(buildDigest([ev({})], [], w20));
    expect(text).toContain('This week\n---------');
    expect(text).toContain('16–17 May · A visit');
    expect(text).not.toMatch(/<[a-z]/);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/bench/syntheticEvents.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { buildDigest } from '../../src/render/buildDigest.js';
import { compileMjml } from '../../src/render/compileMjml.js';
import { digestView } from '../../src/render/digestView.js';
import { loadMjmlTemplate } from '../../src/render/MjmlTemplate.js';
import { GMAIL_CLIP_BYTES, renderEmail } from '../../src/render/renderEmail.js';
import { renderDigestFiles } from '../../src/render/renderDigestFiles.js';
import { articleOf } from '../helpers.js';
import { ev, HOSTILE, templatesCopy, w20 } from './fixtures.js';

const template = await loadMjmlTemplate(path.join(TEMPLATES_DIR, 'digest.mjml'));
const text = (files: { name: string; content: string | Uint8Array }[], name: string) => String(files.find((f) => f.name === name)!.content);

describe('the email', () => {
  const hostile = ev({ title: HOSTILE, actors: [{ name: '<img src=x onerror=alert(1)>', kind: 'person' }], sources: [{ article: 'test', quote: `He said "${HOSTILE}"`, offset: 0 }] });
  const article = { ...articleOf('T\n\nBody.', '2024-05-14', 'Europe/London', 'test.txt'), title: 'Title </mj-text><mj-raw><script>x()</script></mj-raw>', source: 'A & B <i>News</i>' };

  it('escapes all article text in MJML and HTML (titles, names, quotes, outlets)', async () => {
    const digest = buildDigest([hostile], [article], w20, { unsubscribeUrl: 'https://example.com/u?a=1&b=2' });
    const { mjml, html } = await renderEmail(template, digestView(digest, { cap: true }));
    for (const out of [mjml, html]) {
      expect(out).not.toMatch(/<script|<b>bold|<img src=x|<i>News|<mj-raw><b>/);
    }
    expect(html).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &lt;&#x2F;mj-text&gt;&lt;mj-raw&gt;&lt;b&gt;bold');
    expect(html).toContain('A &amp; B &lt;i&gt;News&lt;&#x2F;i&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('href="https:&#x2F;&#x2F;example.com&#x2F;u?a&#x3D;1&amp;b&#x3D;2"');
  });

  it('compiles the seed-like digest under strict validation, with lang, presentation tables and no external images', async () => {
    const { html } = await renderEmail(template, digestView(buildDigest([ev({})], [article], w20), { cap: true, timeline: { src: 'timeline.png', alt: 'Timeline of 13–26 May: a visit', width: 552, height: 120 } }));
    expect(html).toMatch(/<html lang="en" dir="ltr"/);
    expect(html).toContain('<meta name="color-scheme" content="light dark" />');
    const tables = html.match(/<table\b[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t).toMatch(/role="presentation"/);
    const images = html.match(/<img\b[^>]*>/g) ?? [];
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/src="timeline.png"/);
    expect(images[0]).toMatch(/alt="Timeline of 13–26 May: a visit"/);
    expect(html).not.toMatch(/fonts\.googleapis|<link [^>]*stylesheet/);
    expect(html).toMatch(/max-width:600px/);
    expect(html).toContain('To stop receiving this digest, reply to this email.');
  });

  it('stays under Gmail’s 102 KB for a 40-event week, even uncapped', async () => {
    const { events, articles } = syntheticEvents(40, w20);
    const digest = buildDigest(events, articles, w20, { maxItemsPerSection: 40 });
    const { bytes, clipped } = await renderEmail(template, digestView(digest, { cap: true }));
    expect(digest.sections.reduce((n, s) => n + s.items.length, 0)).toBe(40);
    expect(bytes).toBeLessThan(GMAIL_CLIP_BYTES);
    expect(clipped).toBe(false);
  });

  it('warns when a digest would be clipped, naming the setting that helps', async () => {
    const { events, articles } = syntheticEvents(240, w20);
    const big = await renderDigestFiles(buildDigest(events, articles, w20, { maxItemsPerSection: 200 }), { template, png: false });
    expect(big.htmlBytes).toBeGreaterThan(GMAIL_CLIP_BYTES);
    expect(big.diagnostics).toEqual([expect.objectContaining({ file: 'digest.html', severity: 'warning', ruleId: 'email-clipped', message: expect.stringMatching(/Gmail clips .*maxItemsPerSection \(now 200, flag --max-items\)/) })]);
    const capped = await renderDigestFiles(buildDigest(events, articles, w20), { template, png: false });
    expect(capped.diagnostics).toEqual([]);
    expect(text(capped.files, 'digest.html')).toMatch(/\d+ more in the full report \(report\.md\)/);
  });

  it('groups a busy week by region', async () => {
    const { events, articles } = syntheticEvents(40, w20);
    const { html } = await renderEmail(template, digestView(buildDigest(events, articles, w20), { cap: true }));
    for (const region of ['Europe', 'East Asia', 'Middle East']) expect(html).toContain(`>${region}</div>`);
  });

  it('uses the accent colour, sender name and unsubscribe link from the options', async () => {
    const digest = buildDigest([ev({})], [article], w20, { accent: '#1f5c99', senderName: 'The Foreign Desk', unsubscribeUrl: 'mailto:leave@example.com', title: 'Weekly brief' });
    const { html } = await renderEmail(template, digestView(digest, { cap: true }));
    expect(html).toContain('color:#1f5c99');
    expect(html).not.toContain('#b3261e');
    expect(html).toContain('You receive Weekly brief from The Foreign Desk.');
    expect(html).toContain('href="mailto:leave@example.com"');
    expect(html).toContain('<title>Weekly brief · Week 20 · 13–19 May 2024</title>');
  });
});

describe('template errors name the template file and line', () => {
  const digest = buildDigest([ev({})], [], w20);

  it('in the layout', async () => {
    const broken = '<mjml>\n<mj-body>\n<mj-section>\n<mj-text>text outside a column</mj-text>\n</mj-section>\n</mj-body>\n</mjml>';
    await expect(compileMjml(broken, 'templates/broken.mjml')).rejects.toThrow(/templates\/broken\.mjml:4: mj-text cannot be used inside mj-section/);
  });

  it('in a Mustache partial, at the partial’s own line (not the expanded output’s)', async () => {
    const dir = templatesCopy();
    const file = path.join(dir, 'partials', 'story.mjml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<mj-text mj-class="item"', '<mj-text mj-class="item" colour="red"'));
    const t = await loadMjmlTemplate(path.join(dir, 'digest.mjml'));
    await expect(renderEmail(t, digestView(digest, { cap: true }))).rejects.toThrow(/partials\/story\.mjml:1: Attribute colour is illegal/);
  });

  it('in a file brought in by <mj-include>', async () => {
    const dir = templatesCopy();
    const file = path.join(dir, 'styles.mjml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('<mj-text font-size="16px"'));
    lines[at] = lines[at]!.replace('<mj-text ', '<mj-text colour="red" ');
    writeFileSync(file, lines.join('\n'));
    const t = await loadMjmlTemplate(path.join(dir, 'digest.mjml'));
    await expect(renderEmail(t, digestView(digest, { cap: true }))).rejects.toThrow(new RegExp(`styles\\.mjml:${at + 1}: Attribute colour is illegal`));
  });

  it('for an unclosed tag, which MJML itself would let through', async () => {
    const dir = templatesCopy();
    const file = path.join(dir, 'partials', 'header.mjml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{title}}</mj-text>', '{{title}}'));
    await expect(loadMjmlTemplate(path.join(dir, 'digest.mjml'))).rejects.toThrow(/partials\/header\.mjml:4: <mj-text> is never closed/);
  });

  it('for an unescaped {{{value}}}', async () => {
    const dir = templatesCopy();
    const file = path.join(dir, 'partials', 'story.mjml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{title}}', '{{{title}}}'));
    await expect(loadMjmlTemplate(path.join(dir, 'digest.mjml'))).rejects.toThrow(/partials\/story\.mjml:3: unescaped Mustache value/);
  });

  it('refuses an <mj-include> from outside the templates folder', async () => {
    const dir = templatesCopy();
    const file = path.join(dir, 'digest.mjml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('./styles.mjml', '../../../etc/passwd'));
    await expect(loadMjmlTemplate(file)).rejects.toThrow(/digest\.mjml:5: <mj-include path="\.\.\/\.\.\/\.\.\/etc\/passwd"> is outside the templates folder/);
  });

});

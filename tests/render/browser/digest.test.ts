/// <reference lib="dom" />
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../src/bench/syntheticEvents.js';
import { buildWeek } from '../../../src/buildWeek.js';
import { startPreview } from '../../../src/commands/startPreview.js';
import { writeFiles } from '../../../src/deliver/writeFiles.js';
import { TEMPLATES_DIR } from '../../../src/paths.js';
import { buildDigest } from '../../../src/render/buildDigest.js';
import { digestView } from '../../../src/render/digestView.js';
import { renderDigestFiles } from '../../../src/render/renderDigestFiles.js';
import { ROOT, SEED_FILE, seedArticle, tempDir } from '../../helpers.js';
import { w20 } from '../fixtures.js';
import { chromiumAvailable, launchChromium } from './chromium.js';

/** Screenshots for a person to look at. */
const SHOTS = path.join(ROOT, 'out', 'screenshots');
const run = chromiumAvailable();

describe.runIf(run)('the digest in a real Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let seedDir: string;
  let busyDir: string;
  let seedTitles: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    seedDir = tempDir();
    const seed = await buildWeek([seedArticle()]);
    await writeFiles(seedDir, seed.files);
    seedTitles = digestView(seed.digest, { cap: true }).sections.flatMap((s) => s.items.map((i) => i.title));
    busyDir = tempDir();
    const { events, articles } = syntheticEvents(40, w20);
    await writeFiles(busyDir, (await renderDigestFiles(buildDigest(events, articles, w20), { templatePath: path.join(TEMPLATES_DIR, 'digest.mjml') })).files);
  });
  afterAll(async () => {
    await browser?.dispose();
  });

  for (const width of [600, 375]) {
    it(`shows every section and every seed event at ${width} px, without horizontal overflow`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(pathToFileURL(path.join(seedDir, 'digest.html')).href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      for (const heading of ['This week', 'Ahead', 'Earlier / background']) {
        const h = page.getByText(heading, { exact: true });
        await expect.poll(() => h.isVisible()).toBe(true);
        const box = (await h.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(seedTitles.length).toBeGreaterThanOrEqual(4);
      for (const title of seedTitles) {
        const t = page.getByText(title, { exact: true }).first();
        expect(await t.isVisible(), title).toBe(true);
        const box = (await t.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, title).toBeLessThanOrEqual(width);
      }
      const img = page.locator('img[src="timeline.png"]');
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1104);
      expect((await img.boundingBox())!.width).toBeLessThanOrEqual(width);
      expect(await img.getAttribute('alt')).toMatch(/^Timeline of 13–26 May: .*Putin/);
      // A quote opens on demand.
      const quote = page.locator('details').first();
      expect(await quote.locator('blockquote').isVisible()).toBe(false);
      await quote.locator('summary').click();
      expect(await quote.locator('blockquote').isVisible()).toBe(true);
      await quote.locator('summary').click();
      await page.screenshot({ path: path.join(SHOTS, `digest-${width}.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: path.join(SHOTS, `digest-${width}-dark.png`), fullPage: true });
      await page.close();
    });
  }

  it('lays out a busy week at 375 px without overflow, grouped by region', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(pathToFileURL(path.join(busyDir, 'digest.html')).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.getByText('Europe', { exact: true }).first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'digest-40-events-375.png'), fullPage: true });
    await page.setViewportSize({ width: 600, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, 'digest-40-events-600.png'), fullPage: true });
    await page.close();
  });

  for (const [name, dir] of [['seed', () => seedDir], ['40 events', () => busyDir]] as const) {
    it(`draws the timeline SVG (${name}) with no label overlapping another label or mark`, async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(path.join(dir(), 'timeline.svg')).href);
      const boxes = await page.evaluate(() => {
        const svg = document.querySelector('svg')!;
        const r = (e: Element) => { const b = e.getBoundingClientRect(); return { x1: b.left, y1: b.top, x2: b.right, y2: b.bottom }; };
        return {
          svg: r(svg),
          labels: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', mark: t.closest('g.mark')?.getAttribute('data-event') ?? null, ...r(t) })),
          marks: [...svg.querySelectorAll('g.mark')].flatMap((g) => [...g.querySelectorAll('circle, rect:not([fill-opacity]), path')].map((m) => ({ mark: g.getAttribute('data-event'), ...r(m) }))),
        };
      });
      expect(boxes.labels.filter((l) => l.mark).length).toBeGreaterThanOrEqual(3);
      const overlap = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;
      for (const [i, a] of boxes.labels.entries()) {
        expect(a.x1, a.text).toBeGreaterThanOrEqual(boxes.svg.x1);
        expect(a.x2, a.text).toBeLessThanOrEqual(boxes.svg.x2 + 0.5);
        for (const b of boxes.labels.slice(i + 1)) expect(overlap(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
        if (a.mark) for (const m of boxes.marks) if (m.mark !== a.mark || !a.text) expect(overlap(a, m), `"${a.text}" overlaps the mark of ${m.mark}`).toBe(false);
      }
      await page.screenshot({ path: path.join(SHOTS, `timeline-${name.replace(' ', '-')}.png`) });
      await page.close();
    });
  }

  it('previews the digest on 127.0.0.1 and reloads it when a template or an article changes', async () => {
    const input = tempDir();
    copyFileSync(SEED_FILE, path.join(input, 'seed.txt'));
    const templates = path.join(tempDir(), 'templates');
    cpSync(TEMPLATES_DIR, templates, { recursive: true });
    const preview = await startPreview({ input, templatePath: path.join(templates, 'digest.mjml'), port: 0 });
    const page = await browser.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(preview.url);
      const email = page.frameLocator('#email');
      await expect.poll(() => email.getByText('Ahead', { exact: true }).isVisible()).toBe(true);
      expect(await page.locator('img[src="/timeline.svg"]').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(552);
      await page.click('#w375');
      expect(await page.locator('#email').getAttribute('width')).toBe('375');
      await page.screenshot({ path: path.join(SHOTS, 'preview.png') });

      const header = path.join(templates, 'partials', 'header.mjml');
      const next = preview.nextBuild();
      writeFileSync(header, readFileSync(header, 'utf8').replace('{{title}}</mj-text>', '{{title}} — preview edit</mj-text>'));
      await next;
      await expect.poll(() => page.frameLocator('#email').getByText('The week in geopolitics — preview edit').isVisible(), { timeout: 30_000 }).toBe(true);

      const seed = path.join(input, 'seed.txt');
      const again = preview.nextBuild();
      writeFileSync(seed, readFileSync(seed, 'utf8').replace('Monday’s inauguration of William Lai Ching-te', 'Monday’s inauguration of William Lai Qingde'));
      await again;
      const html = await (await fetch(`${preview.url}digest.html`)).text();
      expect(html).toContain('Lai Qingde');
      expect(html).not.toContain('Ching-te');
      // The page reloads itself after the rebuild and shows the edited article.
      await expect.poll(() => page.frameLocator('#email').locator('text=Lai Qingde >> visible=true').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    } finally {
      // The server first: a page closed while it reloads from a live server can wait a long time.
      await preview.close();
      await page.close();
    }
  }, 90_000); // patience on a loaded 2-core machine, not a speed requirement
});

import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/bench/syntheticEvents.js';
import { layoutTimeline, type TimelineMark } from '../../src/render/layoutTimeline.js';
import { renderTimelinePng } from '../../src/render/renderTimelinePng.js';
import { renderTimelineSvg } from '../../src/render/renderTimelineSvg.js';
import { textWidth } from '../../src/render/textWidth.js';
import { ev, HOSTILE, w20 } from './fixtures.js';

/** The box a mark and its label take. */
const box = (m: TimelineMark) => {
  const reach = m.shape === 'point' ? 6 : 0;
  const lx1 = m.label.anchor === 'start' ? m.label.x : m.label.x - m.label.width;
  return { x1: Math.min(m.x1 - reach, lx1), x2: Math.max(m.x2 + reach, lx1 + m.label.width), y1: m.y - 8, y2: m.y + 8 };
};

describe('layoutTimeline', () => {
  const { events } = syntheticEvents(200, w20);
  const layout = layoutTimeline(events, w20);

  it('draws the week and the next as 14 days, Monday first, weekends marked', () => {
    expect(layout.days).toHaveLength(14);
    expect(layout.days[0]).toMatchObject({ date: '2024-05-13', weekday: 'Mon', day: '13', weekend: false });
    expect(layout.days.filter((d) => d.weekend).map((d) => d.day)).toEqual(['18', '19', '25', '26']);
    expect(layout.weeks.map((w) => w.label)).toEqual(['This week · 13–19 May', 'Next week · 20–26 May']);
  });

  it('packs marks and labels so that none overlap, inside the picture, and counts the rest', () => {
    expect(layout.marks.length).toBeGreaterThanOrEqual(12);
    expect(new Set(layout.marks.map((m) => m.lane)).size).toBe(12);
    expect(layout.hidden).toBeGreaterThan(0);
    const inWindow = events.filter((e) => e.start && e.end && e.start <= '2024-05-26' && e.end >= '2024-05-13' && (e.precision === 'day' || e.precision === 'week')).length;
    expect(layout.marks.length + layout.hidden).toBe(inWindow);
    const boxes = layout.marks.map(box);
    for (const [i, a] of boxes.entries()) {
      expect(a.x1).toBeGreaterThanOrEqual(0);
      expect(a.x2).toBeLessThanOrEqual(layout.width);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
        expect(apart).toBe(true);
      }
    }
    for (const m of layout.marks) expect(textWidth(m.label.text, layout.fontSize)).toBeCloseTo(m.label.width);
  });

  it('draws vague dates vaguely, one-day events as points, and clips what runs past the strip', () => {
    const l = layoutTimeline([
      ev({ id: 'day', start: '2024-05-16', end: '2024-05-16' }),
      ev({ id: 'week', start: '2024-05-06', end: '2024-05-19', precision: 'week' }),
      ev({ id: 'about', start: '2024-05-20', end: '2024-06-02', precision: 'week', approximate: true }),
      ev({ id: 'month', start: '2024-05-01', end: '2024-05-31', precision: 'month' }),
      ev({ id: 'gone', start: '2024-04-01', end: '2024-04-02' }),
    ], w20);
    const by = new Map(l.marks.map((m) => [m.event.id, m]));
    expect(by.get('day')).toMatchObject({ shape: 'point', vagueness: 'exact', scheduled: true });
    expect(by.get('week')).toMatchObject({ shape: 'bar', vagueness: 'coarse', clippedStart: true, clippedEnd: false });
    expect(by.get('about')).toMatchObject({ vagueness: 'approximate', clippedStart: false, clippedEnd: true });
    expect(by.has('gone')).toBe(false);
    expect(by.has('month')).toBe(false); // would only span the strip
    expect(l.outside).toBe(2);
    expect(l.description).toMatch(/^Timeline of 13–26 May: /);
  });

  it('shortens long labels at a word, with an ellipsis', () => {
    const l = layoutTimeline([ev({ title: 'Chinese Foreign Ministry says Vladimir Putin will make a two-day state visit to China; Kremlin confirms the trip and more besides', start: '2024-05-24', end: '2024-05-24' })], w20);
    const label = l.marks[0]!.label.text;
    expect(label).toMatch(/^Chinese Foreign Ministry says \S.*[^ ]…$/);
    expect('Chinese Foreign Ministry says Vladimir Putin will make a two-day state visit to China; Kremlin confirms the trip and more besides'.startsWith(label.slice(0, -1))).toBe(true);
  });
});

describe('renderTimelineSvg and renderTimelinePng', () => {
  it('escapes labels and describes the picture for screen readers', () => {
    const svg = renderTimelineSvg(layoutTimeline([ev({ title: 'A & B <script>' })], w20));
    expect(svg).toContain('A &amp; B &lt;script&gt;');
    expect(svg).not.toContain('<script');
    expect(svg).toMatch(/<svg [^>]*role="img"/);
    expect(svg).toMatch(/<desc id="tl-desc">Timeline of 13–26 May: 16–17 May, A &amp; B &lt;script&gt; \(expected\)\.<\/desc>/);
    expect(renderTimelineSvg(layoutTimeline([ev({ title: HOSTILE })], w20))).not.toMatch(/<b>|<mj-/);
  });

  it('says so when the two weeks hold nothing', () => {
    expect(renderTimelineSvg(layoutTimeline([], w20))).toContain('No dated events in these two weeks');
  });

  it('rasterises to a PNG twice the width, in-process', async () => {
    const layout = layoutTimeline([ev({})], w20);
    const png = await renderTimelinePng(renderTimelineSvg(layout));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(layout.width * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round(layout.height * 2));
  });
});

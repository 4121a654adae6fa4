import type { Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../src/bench/syntheticEvents.js';
import { buildDigest } from '../../src/render/buildDigest.js';
import { escapeMarkdown } from '../../src/render/escapeMarkdown.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import { renderText } from '../../src/render/renderText.js';
import { ev, HOSTILE, w20 } from './fixtures.js';

/** Parses Markdown as GitHub does (CommonMark + GFM) with remark's parser. */
const parse = (md: string): Root => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
/** Every node of a type. */
function all<T>(node: unknown, type: string, out: T[] = []): T[] {
  const n = node as { type: string; children?: unknown[] };
  if (n.type === type) out.push(n as T);
  for (const c of n.children ?? []) all(c, type, out);
  return out;
}

const NASTY = [
  HOSTILE,
  '# not a heading',
  '> not a quote',
  '- not a list',
  '+ not a list',
  '1. not a list',
  '2024) not a list',
  '=== not an underline',
  'snake_case and *emphasis* and **strong** and __also__',
  'a | b | c',
  '[x] and ![img](y) and <https://autolink> and <span>html</span>',
  'AT&T &copy; &#169; & co',
  'back\\slash and `tick` and ~strike~',
  'two-day visit. Mr. Putin (again) {braces} #hash! +plus',
];

describe('escapeMarkdown', () => {
  it('leaves ordinary prose alone: hyphens, full stops, brackets, apostrophes', () => {
    const prose = 'Mr. Putin’s two-day visit (his first) starts on Thursday; it’s 5.5% more. #1 +2 = 3!';
    expect(escapeMarkdown(prose)).toBe(prose);
  });

  it.each(NASTY)('keeps %j literal, proven by a CommonMark + GFM parser', (text) => {
    const tree = parse(escapeMarkdown(text));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
    // Only text, or a GFM autolink literal whose text is its own URL (text all the same).
    for (const c of (tree.children[0] as { children: { type: string; url?: string }[] }).children) {
      if (c.type === 'link') expect(toString(c)).toBe(c.url);
      else expect(c.type).toBe('text');
    }
    expect(toString(tree)).toBe(text);
  });

  it('keeps text literal inside a table cell, a list item and a block quote too', () => {
    for (const text of NASTY) {
      const table = parse(`| a | b |\n|---|---|\n| ${escapeMarkdown(text)} | x |\n`);
      const t = all<Table>(table, 'table')[0]!;
      expect(t.children[1]!.children).toHaveLength(2);
      expect(toString(t.children[1]!.children[0]!)).toBe(text);
      const item = parse(`- ${escapeMarkdown(text)}\n  > ${escapeMarkdown(text)}\n`);
      expect(all(item, 'listItem')).toHaveLength(1);
      expect(toString(all(item, 'blockquote')[0])).toBe(text);
    }
  });
});

describe('the Markdown report', () => {
  const hostile = ev({ id: 'h', title: HOSTILE, actors: [{ name: 'A_B *C*', kind: 'person' }], places: [{ name: 'X | Y', kind: 'place' }], sources: [{ article: 'a1', quote: '# quoted > text', offset: 0, title: 'Title with [brackets] and | pipes', outlet: 'Out*let*', url: 'https://example.com/story?a=1&b=(2)' }] });
  const plain = ev({ id: 'p', title: 'Inauguration of Lai', start: '2024-05-20', end: '2024-05-20', sources: [{ article: 'a2', quote: 'q', offset: 0, title: 'No link here' }] });
  const md = renderMarkdown(buildDigest([hostile, plain], [], w20), { timeline: { src: 'timeline.svg', alt: 'Timeline of 13–26 May [2 events]' } });
  const tree = parse(md);

  it('has the sections, the table and the sources as headings', () => {
    expect(all<{ depth: number }>(tree, 'heading').map((h) => `${h.depth} ${toString(h)}`)).toEqual(['1 The week in geopolitics', '2 This week', '2 Ahead', '2 Earlier / background', '2 Timeline', '2 Sources']);
  });

  it('shows the timeline picture with its alt text', () => {
    const images = all<{ url: string; alt: string }>(tree, 'image');
    expect(images).toEqual([expect.objectContaining({ url: 'timeline.svg', alt: 'Timeline of 13–26 May [2 events]' })]);
  });

  it('keeps every piece of article text literal', () => {
    const texts = [...all(tree, 'listItem'), ...all(tree, 'tableCell')].map((n) => toString(n)).join('\n');
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain('A_B *C*');
    expect(texts).toContain('# quoted > text');
    expect(texts).toContain('Title with [brackets] and | pipes');
    expect(all(tree, 'html')).toEqual([]);
    expect(all(tree, 'emphasis').map((e) => toString(e))).not.toContain('C');
  });

  it('has a full table with six cells in every row', () => {
    const table = all<Table>(tree, 'table')[0]!;
    expect(table.children).toHaveLength(3);
    for (const row of table.children) expect(row.children).toHaveLength(6);
    expect(toString(table.children[1]!.children[2]!)).toBe(HOSTILE);
    expect(toString(table.children[1]!.children[4]!)).toBe('X | Y');
    expect(toString(table.children[2]!.children[0]!)).toBe('Mon 20 May (expected)');
  });

  it('cites sources footnote-style: [1] links to the article, [2] without a URL stays text', () => {
    const refs = all<{ identifier: string }>(tree, 'linkReference').map((l) => l.identifier);
    expect(refs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(refs)).toEqual(new Set(['1']));
    expect(all<{ identifier: string; url: string }>(tree, 'definition').map((d) => [d.identifier, d.url])).toEqual([['1', 'https://example.com/story?a=1&b=(2)']]);
    expect(md).toContain('\\[2\\]');
    expect(md).toMatch(/^\[1\]: <https:\/\/example\.com\/story\?a=1&b=\(2\)>$/m);
    const sources = all<{ type: string; children: unknown[] }>(tree, 'list').at(-1)!;
    expect(toString(sources)).toContain('Out*let*: Title with [brackets] and | pipes — https://example.com/story?a=1&b=(2)');
  });

  it('does not over-escape prose', () => {
    const seedLike = renderMarkdown(buildDigest([ev({ title: 'Putin will make a two-day state visit to China.' })], [], w20));
    expect(seedLike).toContain('Putin will make a two-day state visit to China.');
    expect(seedLike).not.toMatch(/\\[-.]/);
  });

  it('lists every event of a big week, grouped by region like the email', () => {
    const { events, articles } = syntheticEvents(60, w20);
    const big = parse(renderMarkdown(buildDigest(events, articles, w20, { maxItemsPerSection: 3 })));
    expect(all<Table>(big, 'table')[0]!.children).toHaveLength(61);
    expect(all(big, 'listItem').length).toBeGreaterThanOrEqual(60);
    expect(all<{ depth: number }>(big, 'heading').filter((h) => h.depth === 3).length).toBeGreaterThan(1);
  });
});

describe('the text part', () => {
  const digest = buildDigest([ev({ id: 'v', title: 'Vladimir Putin will make a two-day state visit to China, with talks on energy, trade and the war in Ukraine' }), ev({ id: 'i', title: 'Inauguration', start: '2024-05-20', end: '2024-05-20' })], [], w20, { unsubscribeUrl: 'https://example.com/u', senderName: 'The Desk' });
  const text = renderText(digest);

  it('reads well on its own: headings as written, underlined, no preheader, no markup', () => {
    expect(text.startsWith('The week in geopolitics\nWeek 20 · 13–19 May 2024\n')).toBe(true);
    expect(text).toContain('This week\n=========');
    expect(text).toContain('Earlier / background\n====================');
    expect(text).not.toMatch(/THIS WEEK|AHEAD/);
    expect(text).not.toContain(digest.preheader);
    expect(text).not.toMatch(/<[a-z/]|&[a-z]+;|\*\*/);
  });

  it('wraps at 76 columns with a hanging indent, and lists sources with their number', () => {
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(76);
    expect(text).toMatch(/^\* 16–17 May · Vladimir Putin will make a two-day state visit to China, with\n {2}talks on energy, trade and the war in Ukraine \(expected\) \[1\]$/m);
    expect(text).toContain('* Mon 20 May · China · Vladimir Putin: Inauguration (expected) [1]');
    expect(text).toMatch(/Sources\n=======\n\n\[1\] test\n/);
    expect(text).toContain('You receive The week in geopolitics from The Desk.\nUnsubscribe: https://example.com/u');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonArticles } from '../../src/ingest/parseJsonArticles.js';
import { ROOT } from '../helpers.js';

const MIXED = path.join(ROOT, 'tests', 'fixtures', 'ingest', 'mixed');

describe('parseJsonArticles', () => {
  it('reads an array of article objects, with text or HTML bodies', () => {
    const r = parseJsonArticles('world-briefs.json', readFileSync(path.join(MIXED, 'world-briefs.json'), 'utf8'));
    expect(r.diagnostics).toEqual([]);
    expect(r.articles.map((a) => [a.id, a.firstLine, a.timeZone, a.published.date, a.format])).toEqual([
      ['world-briefs#1', 2, 'Europe/Brussels', '2024-05-15', 'json'],
      ['world-briefs#2', 10, 'Asia/Tokyo', '2024-05-15', 'json'],
    ]);
    expect(r.articles[0]).toMatchObject({ source: 'Brussels Daily', url: 'https://brussels.example.eu/eu-ministers', bodyStart: 0 });
    expect(r.articles[1]?.text).toBe('Japan and the Philippines held joint coast guard drills on Wednesday off Manila.\n\nThe drills will continue until Friday.');
  });

  it('reads one object, and {"articles": [...]}', () => {
    const one = parseJsonArticles('one.json', '{"title":"T","published":"2024-05-14","text":"Body."}');
    expect(one.articles.map((a) => a.id)).toEqual(['one']);
    const wrapped = parseJsonArticles('w.json', '{"articles":[{"published":"2024-05-14","text":"Title line\\n\\nBody."}]}');
    expect(wrapped.articles[0]).toMatchObject({ id: 'w#1', title: 'Title line', bodyStart: 11 });
  });

  it('in JSON Lines, reports a bad line with its line and column and keeps the other lines', () => {
    const r = parseJsonArticles('wires.jsonl', readFileSync(path.join(MIXED, 'wires.jsonl'), 'utf8'), { lines: true });
    expect(r.articles.map((a) => a.id)).toEqual(['wires#1', 'wires#3']);
    expect(r.articles[1]?.firstLine).toBe(3);
    expect(r.skipped).toBe(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'wires.jsonl', line: 2, column: 43, severity: 'error', ruleId: 'bad-json' })]);
    expect(r.diagnostics[0]?.message).toMatch(/^line 2 is not valid JSON \(comma expected\); that line was skipped, the others are read/);
  });

  it('in a .json file, a syntax error costs the file, reported at its line and column', () => {
    const r = parseJsonArticles('bad.json', '[\n  {"title": "A", "published": "2024-05-14", "text": "x"},\n  {"title": "B",, "text": "y"}\n]');
    expect(r.articles).toEqual([]);
    expect(r.skipped).toBe(1);
    expect(r.diagnostics[0]).toMatchObject({ line: 3, column: 17, ruleId: 'bad-json' });
    expect(r.diagnostics[0]?.message).toMatch(/use \.jsonl/);
  });

  it('reports items that are not objects, have no body, or bad fields, by the line they start on', () => {
    const lines = [
      '[',
      '  "just a string",',
      '  {"title": "No body", "published": "2024-05-14"},',
      '  {"title": "T", "published": "2024-02-30", "text": "Body."},',
      '  {"title": ["x"], "published": "2024-05-14", "timezone": "Mars/Base", "text": "Headline\\n\\nBody."}',
      ']',
    ];
    const col = (line: number, s: string) => lines[line - 1]!.indexOf(s) + 1;
    const r = parseJsonArticles('items.json', lines.join('\n'));
    expect(r.articles).toEqual([]);
    expect(r.skipped).toBe(4);
    expect(r.diagnostics.map((d) => [d.line, d.column, d.severity, d.ruleId])).toEqual([
      [2, 3, 'error', 'bad-json'],
      [3, 3, 'error', 'empty-article'],
      [4, col(4, '"2024-02-30"'), 'error', 'bad-date'],
      [5, col(5, '["x"]'), 'warning', 'bad-field'],
      [5, col(5, '"Mars/Base"'), 'error', 'unknown-time-zone'],
    ]);
  });
});

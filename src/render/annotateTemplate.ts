import path from 'node:path';
import type { MjmlTemplate } from './MjmlTemplate.js';

const SENTINEL = /<!--@gd:(\d+):(\d+)-->/;

/**
 * A copy of a template whose lines end with `<!--@gd:FILE:LINE-->` comments, so that a line of
 * the filled-in MJML can be traced back to the template file and line it came from (Mustache
 * sections repeat and partials nest, so line numbers of the output mean nothing by themselves).
 * Lines that end inside a tag get no comment. Used only to explain a compile error.
 *
 * @example
 * const { template, files } = annotateTemplate(t); // render `template`, then sourceOfLine(output, line, files)
 */
export function annotateTemplate(t: MjmlTemplate): { template: MjmlTemplate; files: string[] } {
  const files = [t.path, ...Object.values(t.partialPaths)];
  const mark = (text: string, index: number) => {
    let inTag = false;
    return text.split('\n').map((line, n) => {
      for (const ch of line.replace(/\{\{[^}]*\}\}/g, '')) {
        if (ch === '<') inTag = true;
        else if (ch === '>') inTag = false;
      }
      return inTag ? line : `${line}<!--@gd:${index}:${n + 1}-->`;
    }).join('\n');
  };
  const partials: Record<string, string> = {};
  for (const [name, text] of Object.entries(t.partials)) partials[name] = mark(text, files.indexOf(t.partialPaths[name]!));
  return { template: { ...t, layout: mark(t.layout, 0), partials }, files };
}

/** The `file:line` of the template that produced a line (1-based) of annotated output. */
export function sourceOfLine(output: string, line: number, files: readonly string[]): string | undefined {
  const lines = output.split('\n');
  for (let i = line - 1; i < lines.length; i++) {
    const m = SENTINEL.exec(lines[i] ?? '');
    if (m) {
      const file = files[Number(m[1])];
      if (!file) return undefined;
      const rel = path.relative(process.cwd(), file);
      return `${rel && !rel.startsWith('..') ? rel : file}:${m[2]}`;
    }
  }
  return undefined;
}

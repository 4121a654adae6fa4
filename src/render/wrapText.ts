/**
 * Wraps a paragraph at `width` columns (counting code points), the first line after `first`, the
 * others after `rest` (a hanging indent). A word longer than a line (a URL) gets a line of its own.
 *
 * @example
 * wrapText('one two three', 9, '* ', '  ') //=> '* one two\n  three'
 */
export function wrapText(text: string, width: number, first = '', rest = first): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = rest + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

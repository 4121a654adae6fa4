/**
 * Escapes text for CommonMark and GFM so that it stays literal wherever the report puts it (a list
 * item, a table cell, a link label, a block quote), and escapes only what could change its meaning:
 * `\` `` ` `` `*` `_` `[` `]` `<` `|` `~` anywhere, `&` only where it would start an entity
 * (`&amp;`), and `#`, `>`, `-`, `+`, `=` or `1.` only where the text begins (a heading, quote,
 * list item or setext underline). Hyphens and full stops inside text are left alone: "two-day
 * visit." stays as it is. Line breaks become spaces.
 *
 * @example
 * escapeMarkdown('a *b* | [c](d) _e_ two-day.') //=> 'a \\*b\\* \\| \\[c\\](d) \\_e\\_ two-day.'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

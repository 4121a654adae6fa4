/**
 * Escapes text for CommonMark (and GFM tables) so that `*`, `_`, `|`, `[`, `<` and friends in an
 * article title stay literal.
 *
 * @example
 * escapeMarkdown('a *b* | [c]') //=> 'a \\*b\\* \\| \\[c\\]'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

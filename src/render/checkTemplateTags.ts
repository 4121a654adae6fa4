/** Options: the file named in messages; `document` for a whole `<mjml>` document. */
export interface CheckTemplateTagsOptions {
  file: string;
  document?: boolean;
}

const TAG = /<(\/?)(mjml|mj-[a-z-]+)\b((?:"[^"]*"|'[^']*'|[^'">])*)>|\{\{\{|\{\{&/g;

/**
 * Finds what MJML would let through silently in a template file: an `<mj-…>` tag that is never
 * closed, a closing tag without its opening one, and `{{{…}}}` / `{{& …}}` (Mustache without HTML
 * escaping: article text must never become markup). Returns `file:line: message` lines.
 *
 * @example
 * checkTemplateTags('<mj-column>\n<mj-text>hi\n</mj-column>', { file: 'x.mjml' })
 * //=> ['x.mjml:2: <mj-text> is never closed (found </mj-column> first)']
 */
export function checkTemplateTags(text: string, options: CheckTemplateTagsOptions): string[] {
  const problems: string[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const open: { name: string; line: number }[] = [];
  for (const m of text.matchAll(TAG)) {
    const line = lineAt(m.index);
    if (m[0] === '{{{' || m[0] === '{{&') {
      problems.push(`${options.file}:${line}: unescaped Mustache value ${m[0]}…; use {{value}} so that article text stays text`);
      continue;
    }
    const [, closing, name = '', attrs = ''] = m;
    if (attrs.trimEnd().endsWith('/')) continue;
    if (!closing) {
      open.push({ name, line });
      continue;
    }
    const top = open.pop();
    if (!top) problems.push(`${options.file}:${line}: </${name}> closes a tag that was never opened`);
    else if (top.name !== name) {
      problems.push(`${options.file}:${top.line}: <${top.name}> is never closed (found </${name}> first)`);
      const match = open.map((o) => o.name).lastIndexOf(name);
      if (match >= 0) open.length = match;
    }
  }
  for (const o of open) problems.push(`${options.file}:${o.line}: <${o.name}> is never closed`);
  if (options.document && !/<mjml\b/.test(text)) problems.push(`${options.file}:1: a layout must be a whole <mjml> document`);
  return problems;
}

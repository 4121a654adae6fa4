import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import { checkTemplateTags } from './checkTemplateTags.js';

/**
 * An email template: a layout (`templates/digest.mjml`), its Mustache partials
 * (`templates/partials/NAME.mjml`, used as `{{> NAME}}`), and the folder that `<mj-include>` may
 * read from (shared static parts such as `templates/styles.mjml`).
 */
export interface MjmlTemplate {
  /** Absolute path of the layout. */
  path: string;
  /** The folder `<mj-include>` paths are resolved in and allowed from. */
  includeDir: string;
  layout: string;
  partials: Record<string, string>;
  /** Absolute path of each partial, by name. */
  partialPaths: Record<string, string>;
}

/**
 * Reads a layout and the partials beside it (`partials/*.mjml`), and checks every file's tags
 * before MJML sees them: an unclosed or stray `<mj-…>` tag, or an unescaped `{{{value}}}`, is an
 * error that names the file and line (MJML itself closes a forgotten tag silently).
 *
 * @example
 * const template = await loadMjmlTemplate('templates/digest.mjml');
 */
export async function loadMjmlTemplate(layoutPath: string): Promise<MjmlTemplate> {
  const file = path.resolve(layoutPath);
  const dir = path.dirname(file);
  let layout: string;
  try {
    layout = await readFile(file, 'utf8');
  } catch (err) {
    throw new GeodigestError('ETEMPLATE', `cannot read the template ${layoutPath}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const partials: Record<string, string> = {};
  const partialPaths: Record<string, string> = {};
  const partialDir = path.join(dir, 'partials');
  const names = await readdir(partialDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.mjml')).sort()) {
    const p = path.join(partialDir, name);
    partials[name.slice(0, -'.mjml'.length)] = await readFile(p, 'utf8');
    partialPaths[name.slice(0, -'.mjml'.length)] = p;
  }
  const problems = [
    ...checkIncludes(layout, file, dir),
    ...checkTemplateTags(layout, { file: relative(file), document: true }),
    ...Object.entries(partials).flatMap(([name, text]) => checkTemplateTags(text, { file: relative(partialPaths[name]!) })),
  ];
  if (problems.length) throw new GeodigestError('ETEMPLATE', `the MJML template does not compile:\n${problems.join('\n')}`);
  return { path: file, includeDir: dir, layout, partials, partialPaths };
}

/** MJML drops an include it may not read without a word: say so, with file and line. */
function checkIncludes(text: string, file: string, dir: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/<mj-include\b[^>]*\bpath="([^"]*)"/g)) {
    const line = text.slice(0, m.index).split('\n').length;
    const target = path.resolve(dir, m[1]!);
    const rel = path.relative(dir, target);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) problems.push(`${relative(file)}:${line}: <mj-include path="${m[1]}"> is outside the templates folder ${relative(dir)}; includes may only read from there`);
    else if (!existsSync(target)) problems.push(`${relative(file)}:${line}: <mj-include path="${m[1]}"> names a file that does not exist (${relative(target)})`);
  }
  return problems;
}

function relative(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import mjml2html from 'mjml';
import { GeodigestError } from '../diagnostics/GeodigestError.js';

interface MjmlIssue {
  line?: number;
  message?: string;
  formattedMessage?: string;
}

/** Options for compiling. */
export interface CompileMjmlOptions {
  /** The folder `<mj-include path="…">` may read from (default: the template's folder). */
  includeDir?: string;
  /** Maps a line of the MJML given to the template `file:line` it came from. */
  locate?: (line: number) => string | undefined;
}

/**
 * Compiles MJML to HTML with strict validation, `<mj-include>` enabled (MJML 5 ignores it unless
 * asked) but only from the template's folder, and no web fonts. A validation error names the
 * template file and line (`templates/partials/story.mjml:4: mj-text cannot be used inside
 * mj-section…`): for an included file MJML's own file and line, else `locate(line)`, else
 * `templatePath:line`. `templatePath` is MJML's `filePath` when the file exists (MJML 5 refuses
 * one that does not).
 *
 * @example
 * const html = await compileMjml(mjml, 'templates/digest.mjml');
 */
export async function compileMjml(mjml: string, templatePath: string, options: CompileMjmlOptions = {}): Promise<string> {
  const exists = existsSync(templatePath);
  const layout = path.resolve(templatePath);
  const where = (issue: MjmlIssue): string => {
    const m = /^Line (\d+) of (.+?)(?:, included at| \()/.exec(issue.formattedMessage ?? '');
    // MJML names the included file for an error in it; for the main document it names a folder.
    if (m && path.resolve(m[2]!) !== layout && statSync(m[2]!, { throwIfNoEntry: false })?.isFile()) {
      const rel = path.relative(process.cwd(), m[2]!);
      return `${rel && !rel.startsWith('..') ? rel : m[2]}:${m[1]}`;
    }
    return options.locate?.(issue.line ?? 1) ?? `${templatePath}:${issue.line ?? 1}`;
  };
  const report = (issues: readonly MjmlIssue[]) =>
    new GeodigestError('ETEMPLATE', `the MJML template does not compile:\n${issues.map((e) => `${where(e)}: ${e.message ?? 'invalid MJML'}`).join('\n')}`);
  try {
    const result = await mjml2html(mjml, {
      validationLevel: 'strict',
      minify: false,
      keepComments: false,
      fonts: {},
      ignoreIncludes: !exists,
      ...(exists ? { filePath: templatePath, includePath: [options.includeDir ?? path.dirname(layout)] } : {}),
    } as Parameters<typeof mjml2html>[1]);
    if (result.errors?.length) throw report(result.errors);
    return result.html;
  } catch (err) {
    if (err instanceof GeodigestError) throw err;
    const issues = (err as { errors?: MjmlIssue[] }).errors;
    throw report(issues?.length ? issues : [{ message: (err as Error).message }]);
  }
}

import { existsSync } from 'node:fs';
import mjml2html from 'mjml';
import { GeodigestError } from '../diagnostics/GeodigestError.js';

interface MjmlIssue {
  line?: number;
  message?: string;
}

/**
 * Compiles MJML to HTML with strict validation. A validation error names the template file and
 * line (`templates/digest.mjml:4: mj-text cannot be used inside mj-section…`), so that a broken
 * template is fixed where it lives. `templatePath` is used for messages, and as MJML's `filePath`
 * when the file exists (MJML 5 refuses a `filePath` that does not).
 */
export async function compileMjml(mjml: string, templatePath: string): Promise<string> {
  const report = (issues: readonly MjmlIssue[]) =>
    new GeodigestError('ETEMPLATE', `the MJML template does not compile:\n${issues.map((e) => `${templatePath}:${e.line ?? 1}: ${e.message ?? 'invalid MJML'}`).join('\n')}`);
  try {
    const result = await mjml2html(mjml, {
      validationLevel: 'strict',
      minify: false,
      keepComments: false,
      ...(existsSync(templatePath) ? { filePath: templatePath } : {}),
    });
    if (result.errors?.length) throw report(result.errors);
    return result.html;
  } catch (err) {
    if (err instanceof GeodigestError) throw err;
    const issues = (err as { errors?: MjmlIssue[] }).errors;
    throw report(issues?.length ? issues : [{ message: (err as Error).message }]);
  }
}

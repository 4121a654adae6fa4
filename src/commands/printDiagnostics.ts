import { formatDiagnostic, type Diagnostic } from '../diagnostics/Diagnostic.js';

/** Prints diagnostics one per line (`file:line:col: severity message [rule]`), or as JSON lines. */
export function printDiagnostics(out: NodeJS.WritableStream, diagnostics: readonly Diagnostic[], options: { json?: boolean; quiet?: boolean } = {}): void {
  for (const d of diagnostics) {
    if (options.quiet && d.severity === 'info') continue;
    out.write(options.json ? `${JSON.stringify(d)}\n` : `${formatDiagnostic(d)}\n`);
  }
}

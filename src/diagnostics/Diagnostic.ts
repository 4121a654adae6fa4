/** How bad a problem is: `error` means the input was skipped, `warning` that it was used with a loss. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in an input, with a place, in the style of vfile messages:
 * `seeds/x.md:3:14: warning message [rule-id]`.
 */
export interface Diagnostic {
  /** The file as the user named it (relative to the working directory when possible). */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** What is wrong and what to do about it. */
  message: string;
  /** A stable, kebab-case identifier of the rule that fired, e.g. `missing-date`. */
  ruleId: string;
  /** Where an earlier occurrence stands, for duplicates. */
  cause?: { file: string; line: number; column: number };
}

/**
 * Formats a diagnostic as one line: `file:line:col: severity message [rule-id]`.
 *
 * @example
 * formatDiagnostic({ file: 'a.txt', line: 1, column: 1, severity: 'error', message: 'no date', ruleId: 'missing-date' })
 * //=> 'a.txt:1:1: error no date [missing-date]'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const cause = d.cause ? ` (first seen at ${d.cause.file}:${d.cause.line}:${d.cause.column})` : '';
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message}${cause} [${d.ruleId}]`;
}

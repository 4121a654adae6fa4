import type { Diagnostic } from './Diagnostic.js';

/** Exit codes, decided in one place: 0 ok, 1 problems found, 2 usage or input error. */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can fix (bad flag, unreadable folder, bad config); the CLI prints its message, not a stack. */
export class GeodigestError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  /** Problems found on the way that explain the error (files skipped before "no articles"). */
  readonly diagnostics: readonly Diagnostic[];

  constructor(code: string, message: string, exitCode: ExitCode = ExitCode.usage, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.diagnostics = diagnostics;
    this.name = 'GeodigestError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

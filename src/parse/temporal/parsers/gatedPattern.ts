import type { ParsingContext } from 'chrono-node';

/** A pattern that fails at once: V8 does not scan past the start of an anchored regex (`GatedChrono` skips the parser). */
export const NEVER = /^(?!)/;

/**
 * A parser's pattern, handed to chrono only when the text holds one of the parser's trigger words:
 * chrono runs every parser's pattern over every sentence, and a cheap test first keeps the
 * resolver's cost close to chrono's own (most sentences have no season, no "ago", no "every").
 *
 * @example
 * pattern(context) { return gatedPattern(context, /\bago\b/i, this.re); }
 */
export function gatedPattern(context: ParsingContext, trigger: RegExp, pattern: RegExp): RegExp {
  return trigger.test(context.text) ? pattern : NEVER;
}

/**
 * A literal string as the source of a regular expression that matches it exactly, with or without
 * the `u` flag.
 *
 * @example
 * new RegExp(escapeRegExp('U.S. (AP)')).test('the U.S. (AP) wire') //=> true
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

import type { ScoringError } from './scoreTimexes.js';

/**
 * One line per error: kind, document, gold and system expressions with their type and value, and
 * the text around it with the expression in brackets.
 *
 * @example
 * formatError({ kind: 'missed', document: 'a.tml', gold: { start: 0, end: 6, text: 'Friday', type: 'DATE', value: '1998-02-13' } })
 * //=> 'missed  a.tml  gold "Friday" DATE 1998-02-13'
 */
export function formatError(e: ScoringError): string {
  const span = (label: string, s: ScoringError['gold']) => (s ? `  ${label} "${s.text}" ${s.type} ${s.value}` : '');
  return `${e.kind.padEnd(9)}${e.document}${span('gold', e.gold)}${span('system', e.system)}${e.context ? `  | ${e.context}` : ''}`;
}

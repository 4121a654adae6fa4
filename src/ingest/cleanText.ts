/** Text after cleaning, and what was taken out. */
export interface CleanedText {
  text: string;
  /** How many characters of each kind were removed, by name ("zero-width space": 2). */
  removed: Record<string, number>;
  /** Offset in the input of the first removed character, when any was removed. */
  firstRemovedAt?: number;
}

const NAMES: Record<string, string> = {
  '\u200b': 'zero-width space',
  '\u2060': 'word joiner',
  '\ufeff': 'byte order mark',
  '\u00ad': 'soft hyphen',
  '\u180e': 'Mongolian vowel separator',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u061c': 'Arabic letter mark',
};

/**
 * Invisible characters: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi marks,
 * embeddings, overrides and isolates, invisible math operators, and control characters other than
 * tab and line breaks (C0 and C1).
 */
const INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u00ad\u180e\u200c-\u200f\u061c\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** Joiners carry meaning between letters (Persian, Indic scripts) and inside emoji sequences. */
const MEANINGFUL_JOINER = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;

/**
 * Cleans article text: line breaks become `\n` (vertical tab and form feed too), invisible
 * characters are removed (zero-width joiners only where they join nothing), and the result is
 * Unicode NFC. Curly quotes, dashes, non-breaking spaces and everything visible are kept as they are.
 *
 * @example
 * cleanText('Xi\u200b’s visit\u00ad – “soon”\r\n').text //=> 'Xi’s visit – “soon”\n'
 */
export function cleanText(input: string): CleanedText {
  const removed: Record<string, number> = {};
  let firstRemovedAt: number | undefined;
  let text = input.replace(/\r\n?|[\v\f]/g, '\n');
  // Line-break normalisation keeps the number of lines, but CRLF shifts offsets: map back for the report.
  const shift = input.length !== text.length;
  text = text.replace(INVISIBLE, (ch, at: number, all: string) => {
    if ((ch === '\u200c' || ch === '\u200d') && MEANINGFUL_JOINER.test(codePointBefore(all, at)) && MEANINGFUL_JOINER.test(codePointAt(all, at + 1))) return ch;
    const name = NAMES[ch] ?? (ch < '\u00a0' ? 'control character' : 'bidirectional control');
    removed[name] = (removed[name] ?? 0) + 1;
    firstRemovedAt ??= shift ? originalOffset(input, at) : at;
    return '';
  });
  text = text.normalize('NFC');
  return firstRemovedAt === undefined ? { text, removed } : { text, removed, firstRemovedAt };
}

function codePointAt(s: string, at: number): string {
  const cp = s.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function codePointBefore(s: string, at: number): string {
  const low = s.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? s.slice(at - 2, at) : s.slice(Math.max(0, at - 1), at);
}

/** The offset in `input` of offset `at` in `input` with CRLF pairs folded to one character. */
function originalOffset(input: string, at: number): number {
  let extra = 0;
  for (let i = input.indexOf('\r\n'); i !== -1 && i - extra < at; i = input.indexOf('\r\n', i + 2)) extra++;
  return at + extra;
}

/** "zero-width space ×2, soft hyphen" from a `removed` record. */
export function describeRemoved(removed: Record<string, number>): string {
  return Object.entries(removed).map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
}

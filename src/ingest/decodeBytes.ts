import { isUtf8 } from 'node:buffer';
import { isBinaryFileSync } from 'isbinaryfile';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';

/** Text decoded from a file's bytes, or nothing when the bytes are not text; and what was wrong. */
export interface DecodedText {
  text?: string;
  /** The encoding used, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  diagnostics: Diagnostic[];
}

/** Options for `decodeBytes`. */
export interface DecodeOptions {
  /** A charset named outside the bytes (an HTTP `Content-Type`), used when there is no BOM. */
  charset?: string;
}

const MAX_OFFSETS_LISTED = 5;

/**
 * Decodes a file's bytes to text. A BOM (UTF-8, UTF-16) wins, then `options.charset`, then an
 * `encoding="…"` XML declaration or `<meta charset>` in the first kilobyte, else UTF-8. An empty
 * file or one that looks binary (NUL bytes, mostly control bytes: `isbinaryfile`) gives no text and
 * an error. Invalid UTF-8 is decoded with U+FFFD replacement characters and a warning that gives
 * the byte offset (and line:column) of the first bad byte. The BOM is not part of the text.
 *
 * @example
 * decodeBytes('a.txt', Buffer.from('Caf\xe9', 'latin1')).diagnostics[0]?.message
 * //=> 'invalid UTF-8 at byte 3 …'
 */
export function decodeBytes(file: string, bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const fail = (ruleId: string, message: string): DecodedText => {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId, message });
    return { encoding: 'utf-8', diagnostics };
  };
  if (bytes.length === 0) return fail('empty-file', 'the file is empty; write an article into it or remove it');

  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomOf(buf);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(buf.subarray(bom.length));
    return { text, encoding: bom.encoding, diagnostics };
  }
  const binary = 'the file is binary, not text (is it an image, a PDF or an archive?); save the article as UTF-8 text, Markdown, HTML, JSON or a feed';
  const label = declaredCharset(buf, options.charset);
  if (label && label !== 'utf-8') {
    // A declared single-byte charset makes accented bytes legitimate: only NUL bytes mean binary.
    if (buf.subarray(0, 4096).includes(0)) return fail('binary-file', binary);
    try {
      return { text: new TextDecoder(label).decode(buf), encoding: label, diagnostics };
    } catch {
      diagnostics.push({ file, line: 1, column: 1, severity: 'warning', ruleId: 'unknown-encoding', message: `unknown character encoding "${label}"; reading the file as UTF-8` });
    }
  }
  if (isBinaryFileSync(buf, Math.min(buf.length, 4096))) return fail('binary-file', binary);
  const text = new TextDecoder('utf-8').decode(buf);
  if (!isUtf8(buf)) {
    const offsets = invalidUtf8Offsets(buf, MAX_OFFSETS_LISTED + 1);
    const first = offsets[0] ?? 0;
    const pos = positionOfByte(buf, first);
    const more = offsets.length > MAX_OFFSETS_LISTED ? ', …' : '';
    diagnostics.push({
      file, ...pos, severity: 'warning', ruleId: 'invalid-utf8',
      message: `invalid UTF-8 at byte ${first}${offsets.length > 1 ? ` (also at ${offsets.slice(1, MAX_OFFSETS_LISTED).join(', ')}${more})` : ''}; replaced with U+FFFD (�). Re-save the file as UTF-8 to keep those characters`,
    });
  }
  return { text, encoding: 'utf-8', diagnostics };
}

function bomOf(buf: Buffer): { encoding: string; length: number } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset named by the caller, an XML declaration or an HTML meta tag, lower-cased. */
function declaredCharset(buf: Buffer, given?: string): string | undefined {
  const label = given ?? (() => {
    const head = buf.subarray(0, 1024).toString('latin1');
    return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
      ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  })();
  if (!label) return undefined;
  const l = label.trim().toLowerCase();
  return l === 'utf8' ? 'utf-8' : l;
}

/**
 * Byte offsets where a UTF-8 decoder has to substitute U+FFFD (the start of each maximal invalid
 * subpart, as the WHATWG decoder sees it), at most `limit` of them.
 */
export function invalidUtf8Offsets(buf: Uint8Array, limit = Infinity): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < buf.length && out.length < limit) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      out.push(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = buf[i + j];
      const [l, h] = j === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < l || c > h) break;
    }
    if (j <= need) {
      out.push(i);
      i += j;
    } else i += need + 1;
  }
  return out;
}

/** 1-based line and column (in characters) of a byte offset. */
function positionOfByte(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = buf.indexOf(0x0a); i !== -1 && i < offset; i = buf.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = new TextDecoder('utf-8').decode(buf.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

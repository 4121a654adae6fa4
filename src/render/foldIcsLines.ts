/**
 * Folds iCalendar content lines longer than 75 octets (RFC 5545 §3.1): CRLF and a space before the
 * octet that would pass the limit, never inside a UTF-8 sequence. Byte for byte what
 * ical-generator's own folding does (the tests compare them), but counting octets from code
 * points instead of building a `TextEncoder` for every character, which made folding most of the
 * cost of a calendar.
 *
 * @example
 * foldIcsLines(`DESCRIPTION:${'x'.repeat(80)}`).split('\r\n').map((l) => l.length) //=> [74, 19]
 */
export function foldIcsLines(text: string): string {
  return text.split('\r\n').map((line) => {
    if (line.length <= 24 || Buffer.byteLength(line) <= 74) return line;
    let out = '';
    let octets = 0;
    for (const ch of line) {
      const code = ch.codePointAt(0)!;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      octets += size;
      if (octets > 74) {
        out += '\r\n ';
        octets = size;
      }
      out += ch;
    }
    return out;
  }).join('\r\n');
}

import { describe, expect, it } from 'vitest';
import { decodeBytes, invalidUtf8Offsets } from '../../src/ingest/decodeBytes.js';

describe('decodeBytes', () => {
  it('refuses an empty file', () => {
    const r = decodeBytes('e.txt', new Uint8Array());
    expect(r.text).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'e.txt', line: 1, column: 1, severity: 'error', ruleId: 'empty-file' })]);
  });

  it('refuses a binary file (a PNG named .txt)', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
    const r = decodeBytes('photo.txt', png);
    expect(r.text).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'binary-file' });
    expect(r.diagnostics[0]?.message).toMatch(/binary/);
  });

  it('replaces invalid UTF-8 and warns with the byte offset and line:column of the first bad byte', () => {
    // "Café" in Latin-1 on line 2: 'T','\n' are bytes 0-1, "Caf" 2-4, 0xE9 is byte 5.
    const bytes = Buffer.concat([Buffer.from('T\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait. Na'), Buffer.from([0xef, 0xbb]), Buffer.from('ve.')]);
    const r = decodeBytes('latin1.txt', bytes);
    expect(r.text).toBe('T\nCaf\ufffd au lait. Na\ufffdve.');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 4, severity: 'warning', ruleId: 'invalid-utf8' });
    expect(r.diagnostics[0]?.message).toMatch(/^invalid UTF-8 at byte 5 \(also at 18\); replaced with U\+FFFD/);
  });

  it('finds the same invalid sequences as the WHATWG decoder', () => {
    const cases: number[][] = [[0x80], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98]];
    for (const c of cases) {
      const buf = Buffer.from([0x61, ...c, 0x62]);
      const replaced = [...new TextDecoder().decode(buf)].filter((ch) => ch === '\ufffd').length;
      expect(invalidUtf8Offsets(buf).length, c.map((b) => b.toString(16)).join(' ')).toBe(replaced);
      expect(invalidUtf8Offsets(buf)[0]).toBe(1);
    }
    expect(invalidUtf8Offsets(Buffer.from('Xi’s “visit” — 習近平 😀'))).toEqual([]);
  });

  it('decodes UTF-16 with a BOM, and a charset declared by an XML prolog', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nBody “quoted”.', 'utf16le')]);
    expect(decodeBytes('u16.txt', utf16)).toMatchObject({ text: 'Title\n\nBody “quoted”.', encoding: 'utf-16le', diagnostics: [] });
    const latin = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Caf'), Buffer.from([0xe9]), Buffer.from('</title></rss>')]);
    expect(decodeBytes('feed.xml', latin).text).toContain('Café');
    expect(decodeBytes('feed.xml', Buffer.from('Caf\xe9', 'latin1'), { charset: 'windows-1252' }).text).toBe('Café');
  });

  it('drops a UTF-8 BOM', () => {
    expect(decodeBytes('b.txt', Buffer.from('\ufeffTitle', 'utf8')).text).toBe('Title');
  });
});

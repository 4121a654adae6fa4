import { describe, expect, it } from 'vitest';
import { cleanText, describeRemoved } from '../../src/ingest/cleanText.js';

describe('cleanText', () => {
  it('removes zero-width characters, BOMs, soft hyphens and bidi controls, and says what it removed', () => {
    const r = cleanText('Xi\u200b Jin\u00adping\u2060 met\ufeff \u202aPutin\u202c\u200e in \u2066Beijing\u2069.');
    expect(r.text).toBe('Xi Jinping met Putin in Beijing.');
    expect(r.removed).toEqual({ 'zero-width space': 1, 'soft hyphen': 1, 'word joiner': 1, 'byte order mark': 1, 'bidirectional control': 4, 'left-to-right mark': 1 });
    expect(r.firstRemovedAt).toBe(2);
    expect(describeRemoved({ 'zero-width space': 2, 'soft hyphen': 1 })).toBe('zero-width space ×2, soft hyphen');
  });

  it('keeps curly quotes, dashes, non-breaking spaces and other visible characters', () => {
    const s = 'Mr Xi’s “visit” – a two‑day trip — in 2024\u00a0…';
    expect(cleanText(s)).toEqual({ text: s, removed: {} });
  });

  it('normalises to NFC', () => {
    expect(cleanText('Zelenskyy in Kyi\u0308v, cafe\u0301').text).toBe('Zelenskyy in Kyïv, café');
  });

  it('keeps joiners where they join letters or emoji, removes them elsewhere', () => {
    expect(cleanText('می\u200cخواهم').text).toBe('می\u200cخواهم');
    expect(cleanText('👩\u200d💻').text).toBe('👩\u200d💻');
    expect(cleanText('end.\u200d ').text).toBe('end. ');
  });

  it('turns CRLF, CR, vertical tab and form feed into line breaks and removes control characters', () => {
    const r = cleanText('a\r\nb\rc\fd\u0007e\u0085');
    expect(r.text).toBe('a\nb\nc\nde');
    expect(r.removed).toEqual({ 'control character': 2 });
    expect(r.firstRemovedAt).toBe(8);
  });

  it('is idempotent', () => {
    const once = cleanText('A\u200b\r\nb\u0301').text;
    expect(cleanText(once).text).toBe(once);
  });
});

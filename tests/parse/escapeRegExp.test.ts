import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/parse/escapeRegExp.js';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the string literally, with and without the u flag', () => {
    const s = 'U.S. (AP) $1.5bn [a|b] *x+y? ^/\\';
    for (const flags of ['', 'u']) {
      expect(new RegExp(`^${escapeRegExp(s)}$`, flags).test(s)).toBe(true);
      expect(new RegExp(escapeRegExp('U.S.'), flags).test('UXSX')).toBe(false);
    }
  });
});

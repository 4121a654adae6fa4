import { describe, expect, it } from 'vitest';
import { found } from '../resolveHelpers.js';

describe('ENCurrentParser', () => {
  it('reads the adjective "current" as the present', () => {
    expect(found('It delayed construction because of current market conditions.')).toEqual([['current', 'PRESENT_REF']]);
    expect(found('He will travel with his current wife.')).toEqual([['current', 'PRESENT_REF']]);
    expect(found('at 50% of the then current market price')).toEqual([['then current', 'PAST_REF']]);
  });

  it('leaves periods, money and electricity alone', () => {
    expect(found('in the current quarter')).toEqual([['the current quarter', '2024-Q2']]);
    expect(found('the current account deficit')).toEqual([]);
    expect(found('current affairs programmes')).toEqual([]);
    expect(found('an alternating current motor')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENNineElevenParser', () => {
  it('dates the attacks of 11 September 2001 by their names', () => {
    expect(only('Security was tightened after the Sept. 11 attacks.')).toMatchObject({ text: 'Sept. 11', type: 'DATE', value: '2001-09-11', interval: { start: '2001-09-11', end: '2001-09-11' } });
    expect(found('the September 11 hijackers')).toEqual([['September 11', '2001-09-11']]);
    expect(found('the first time since 9/11')).toEqual([['9/11', '2001-09-11']]);
    expect(found('The 9/11 Commission reported.')).toEqual([['9/11', '2001-09-11']]);
  });

  it('leaves other Septembers the 11th to the date parsers', () => {
    expect(found('The deadline is Sept. 11.')).toEqual([['Sept. 11', '2024-09-11']]);
    expect(found('on Sept. 11, 2001, hijackers struck')).toEqual([['Sept. 11, 2001', '2001-09-11']]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, only } from '../resolveHelpers.js';

describe('ENAttackDateParser', () => {
  it('dates the attacks of 11 September 2001 by their names', () => {
    expect(only('Security was tightened after the Sept. 11 attacks.')).toMatchObject({ text: 'Sept. 11', type: 'DATE', value: '2001-09-11', interval: { start: '2001-09-11', end: '2001-09-11' } });
    expect(found('the September 11 hijackers')).toEqual([['September 11', '2001-09-11']]);
    expect(found('the first time since 9/11')).toEqual([['9/11', '2001-09-11']]);
    expect(found('The 9/11 Commission reported.')).toEqual([['9/11', '2001-09-11']]);
  });

  it('dates the Capitol riot, the Hamas attack and the London bombings, once they have happened', () => {
    expect(found('Rioters stormed the Capitol in the Jan. 6 attack.', '2024-10-20')).toEqual([['Jan. 6', '2021-01-06']]);
    expect(found('the Jan. 6 committee', '2024-05-14')).toEqual([['Jan. 6', '2021-01-06']]);
    expect(found('Hostages were taken in the Oct. 7 attack.', '2024-10-20')).toEqual([['Oct. 7', '2023-10-07']]);
    expect(found('the 7/7 bombings')).toEqual([['7/7', '2005-07-07']]);
    expect(found('the Jan. 6 attack', '2020-03-01')).toEqual([['Jan. 6', '2020-01-06']]);
  });

  it('leaves other Septembers the 11th to the date parsers', () => {
    expect(found('The deadline is Sept. 11.')).toEqual([['Sept. 11', '2024-09-11']]);
    expect(found('on Sept. 11, 2001, hijackers struck')).toEqual([['Sept. 11, 2001', '2001-09-11']]);
  });
});

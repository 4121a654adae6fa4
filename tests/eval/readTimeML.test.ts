import { describe, expect, it } from 'vitest';
import { readTimeML } from '../../src/eval/readTimeML.js';

const doc = (dct: string, text: string) =>
  `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" temporalFunction="false" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>\n<TEXT>${text}</TEXT>\n</TimeML>`;

describe('readTimeML', () => {
  it('strips tags, keeps gold offsets into the plain text and reads the attributes', () => {
    const d = readTimeML(doc('1998-02-13', 'A vote <EVENT eid="e1">passed</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3>, after <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="APPROX">a couple of years</TIMEX3>.'));
    expect(d.id).toBe('d1');
    expect(d.text).toBe('A vote passed Friday, after a couple of years.');
    expect(d.timexes).toEqual([
      { tid: 't1', start: 14, end: 20, text: 'Friday', type: 'DATE', value: '1998-02-13' },
      { tid: 't2', start: 28, end: 45, text: 'a couple of years', type: 'DURATION', value: 'P2Y', mod: 'APPROX' },
    ]);
    for (const t of d.timexes) expect(d.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('decodes entities before counting offsets', () => {
    const d = readTimeML(doc('1998-02-13', 'AT&amp;T said &quot;no&quot; <TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">now</TIMEX3>'));
    expect(d.text).toBe('AT&T said "no" now');
    expect(d.timexes[0]).toMatchObject({ start: 15, end: 18, text: 'now' });
  });

  it('does not count the DCT and reads it in UTC (noon without a time)', () => {
    expect(readTimeML(doc('1989-11-02', 'x')).published.toISOString()).toBe('1989-11-02T12:00:00.000Z');
    expect(readTimeML(doc('1998-02-13T14:26:00', 'x')).published.toISOString()).toBe('1998-02-13T14:26:00.000Z');
    expect(readTimeML(doc('1998-02-13', 'x')).timexes).toEqual([]);
  });

  it('names the document when the DCT or the text is missing', () => {
    expect(() => readTimeML('<TimeML><TEXT>x</TEXT></TimeML>', 'a.tml')).toThrow(/a\.tml: no document creation time/);
    expect(() => readTimeML(doc('1998-02-13', 'x').replace(/<\/?TEXT>/g, ''), 'b.tml')).toThrow(/b\.tml: no <TEXT>/);
    expect(() => readTimeML(doc('XXXX', 'x'), 'c.tml')).toThrow(/c\.tml: the creation time "XXXX"/);
  });
});

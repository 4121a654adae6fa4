import { TZDate } from '@date-fns/tz';

/** A TIMEX3 annotated in a TimeML document, with offsets into the document's plain text. */
export interface GoldTimex {
  /** The annotation's id (`t12`). */
  tid: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

/** A TimeML document reduced to what temporal expression tagging needs. */
export interface TimeMLDocument {
  /** `<DOCID>`, or the file name when there is none. */
  id: string;
  /** The document creation time's TIMEX3 value (`1998-02-13T14:26:00`, `1989-11-02`). */
  dct: string;
  /** The DCT as an instant, read in UTC; a DCT without a time of day is noon UTC. */
  published: Date;
  /** The content of `<TEXT>` with every tag removed and entities decoded. */
  text: string;
  /** The TIMEX3 elements inside `<TEXT>`, in text order. */
  timexes: GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities of a text (`&amp;`, `&#39;`, `&#x27;`). */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1] ?? ''] = decode(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * Reads a TimeML (`.tml`) document as released for TempEval-3: its creation time (the reference
 * date), the plain text of `<TEXT>` and the gold TIMEX3 annotations with offsets into that text.
 * Throws an `Error` naming the problem when the document has no DCT or no `<TEXT>`.
 *
 * @example
 * const doc = readTimeML('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3>.</TEXT></TimeML>');
 * doc.text //=> 'It fell Friday.'
 * doc.timexes[0] //=> { tid: 't1', start: 8, end: 14, text: 'Friday', type: 'DATE', value: '1998-02-13' }
 */
export function readTimeML(xml: string, name = 'document'): TimeMLDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument\s*=\s*"CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  if (!dctTag) throw new Error(`${name}: no document creation time (a TIMEX3 with functionInDocument="CREATION_TIME")`);
  const dct = attributes(dctTag).value ?? '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(dct);
  if (!m) throw new Error(`${name}: the creation time "${dct}" is not a calendar date`);
  const published = new Date(
    new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4] === undefined ? 12 : Number(m[4]), Number(m[5] ?? 0), Number(m[6] ?? 0), 'UTC').getTime(),
  );
  const body = /<TEXT\b[^>]*>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${name}: no <TEXT> element`);

  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { attrs: Record<string, string>; start: number }[] = [];
  const tagRe = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let t = tagRe.exec(body); t; t = tagRe.exec(body)) {
    text += decode(body.slice(last, t.index));
    last = t.index + t[0].length;
    if (t[2] !== 'TIMEX3' || t[4] === '/') continue;
    if (t[1] !== '/') {
      open.push({ attrs: attributes(t[3] ?? ''), start: text.length });
      continue;
    }
    const o = open.pop();
    if (!o) throw new Error(`${name}: </TIMEX3> without an opening tag`);
    const g: GoldTimex = { tid: o.attrs.tid ?? '', start: o.start, end: text.length, text: text.slice(o.start), type: o.attrs.type ?? '', value: o.attrs.value ?? '' };
    if (o.attrs.mod) g.mod = o.attrs.mod;
    timexes.push(g);
  }
  text += decode(body.slice(last));
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? name;
  return { id, dct, published, text, timexes };
}

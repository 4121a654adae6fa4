import type { Article } from '../ingest/Article.js';
import { zonedInstant } from '../time/zonedInstant.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A TempEval-3 TimeML document as an `Article`: the text is the content of `<TEXT>` with every tag
 * removed and entities decoded, the publication day is the document creation time (`<DCT>`), and
 * the title is the document id. A minimal reader for measuring the events stage; the timex scorer
 * has its own. Returns `undefined` when the document has no `<TEXT>` or no DCT.
 *
 * @example
 * te3Article('wsj_0001.tml', xml)?.published.date //=> '1989-11-02'
 */
export function te3Article(file: string, xml: string, timeZone = 'America/New_York'): Article | undefined {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  if (body === undefined || !dct) return undefined;
  const text = decode(body.replace(/<[^>]+>/g, ''));
  const id = /<DOCID>\s*([^<]+?)\s*<\/DOCID>/.exec(xml)?.[1] ?? (file.split(/[\\/]/).pop() ?? file).replace(/\.tml$/, '');
  return {
    id,
    file,
    title: id,
    text,
    bodyStart: 0,
    firstLine: 1,
    published: { date: dct, instant: zonedInstant(dct, '12:00', timeZone) },
    timeZone,
  };
}

function decode(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return (name && ENTITIES[name]) ?? all;
  });
}

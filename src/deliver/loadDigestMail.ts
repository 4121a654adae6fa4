import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import type { OutputFile } from './writeFiles.js';

/** The inline picture convention shared with the renderer: `src="timeline.png"` in digest.html. */
export const TIMELINE_IMAGE = { file: 'timeline.png', cid: 'timeline@geodigest' } as const;

/** A week's rendered digest, as the e-mail needs it. */
export interface DigestMail {
  /** `2024-W20`. */
  week: string;
  /** The HTML part (`digest.html`), with the inline picture's `src` already pointing at its `cid:`. */
  html: string;
  /** The plain-text part (`digest.txt`). */
  text: string;
  /** Titles of the week's top events (This week, then Ahead), for the subject. */
  headlines: string[];
  /** `timeline.png`, when digest.html shows it. */
  image?: Uint8Array;
  /** sha256 of what is sent (HTML, text, picture): tells one build of the week from another. */
  fingerprint: string;
  /** Things to tell the user (a picture referenced but missing, …). */
  warnings: string[];
}

const REQUIRED = ['digest.html', 'digest.txt', 'timeline.json'] as const;

/**
 * Reads the render stage's output for one week, from `<out>/<week>/` or from files built in
 * memory: `digest.html` and `digest.txt` become the two parts, `timeline.json` gives the week and
 * the headlines, and a `timeline.png` that the HTML references as `src="timeline.png"` is
 * attached inline: the `src` is rewritten to `cid:timeline@geodigest`.
 *
 * @example
 * const mail = await loadDigestMail({ dir: 'out/2024-W20' });
 * mail.headlines[0] //=> 'Vladimir Putin will make a two-day state visit to China'
 */
export async function loadDigestMail(source: { dir: string; files?: readonly OutputFile[] }): Promise<DigestMail> {
  const get = async (name: string): Promise<Uint8Array | undefined> => {
    const mem = source.files?.find((f) => f.name === name);
    if (mem) return typeof mem.content === 'string' ? Buffer.from(mem.content, 'utf8') : mem.content;
    if (source.files) return undefined;
    try {
      return await readFile(path.join(source.dir, name));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new GeodigestError('EINPUT', `cannot read ${path.join(source.dir, name)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  };
  const [html, text, json, image] = await Promise.all([...REQUIRED.map(get), get(TIMELINE_IMAGE.file)]);
  const missing = REQUIRED.filter((_, i) => ![html, text, json][i]);
  if (missing.length) throw new GeodigestError('EINPUT', `${source.dir} lacks ${missing.join(', ')}; run geodigest build for this week first`);
  const where = path.join(source.dir, 'timeline.json');
  let timeline: { week?: { id?: unknown }; events?: { title?: unknown; section?: unknown }[] };
  try {
    timeline = JSON.parse(Buffer.from(json!).toString('utf8'));
  } catch (err) {
    throw new GeodigestError('EINPUT', `${where}:1:1: error is not valid JSON (${(err as Error).message}); rebuild the week with geodigest build [timeline-json]`);
  }
  const week = timeline.week?.id;
  if (typeof week !== 'string' || !/^\d{4}-W\d{2}$/.test(week)) throw new GeodigestError('EINPUT', `${where}:1:1: error has no week.id; rebuild the week with geodigest build [timeline-json]`);
  const events = Array.isArray(timeline.events) ? timeline.events : [];
  const headlines = ['this-week', 'ahead'].flatMap((s) => events.filter((e) => e.section === s && typeof e.title === 'string').map((e) => (e.title as string).replace(/\s+/g, ' ').trim()));

  let htmlText = Buffer.from(html!).toString('utf8');
  const warnings: string[] = [];
  const ref = /(\ssrc\s*=\s*)(["'])(?:\.\/)?timeline\.png\2/gi;
  const mail: DigestMail = { week, html: htmlText, text: Buffer.from(text!).toString('utf8'), headlines, fingerprint: '', warnings };
  if (ref.test(htmlText)) {
    if (image) {
      htmlText = htmlText.replace(ref, `$1$2cid:${TIMELINE_IMAGE.cid}$2`);
      mail.html = htmlText;
      mail.image = image;
    } else warnings.push(`digest.html shows timeline.png but ${path.join(source.dir, TIMELINE_IMAGE.file)} does not exist; the picture will be missing (rebuild the week)`);
  }
  const hash = createHash('sha256').update(mail.html).update('\0').update(mail.text);
  if (mail.image) hash.update('\0').update(mail.image);
  mail.fingerprint = `sha256:${hash.digest('hex').slice(0, 32)}`;
  return mail;
}

import { createHash, verify, type KeyObject } from 'node:crypto';

/**
 * Checks a DKIM-Signature (rsa-sha256, relaxed/relaxed) against a public key, as a receiving
 * server would, minus the DNS lookup: the body hash and the signature over the signed headers.
 * Returns the signature's tags and whether each part holds.
 */
export function verifyDkim(raw: Buffer, publicKey: KeyObject): { tags: Record<string, string>; bodyHashOk: boolean; signatureOk: boolean } {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const head = text.slice(0, split + 2);
  const body = text.slice(split + 4);
  const headers: { name: string; raw: string }[] = [];
  for (const line of head.split('\r\n')) {
    if (!line) continue;
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1]!.raw += `\r\n${line}`;
    else headers.push({ name: line.slice(0, line.indexOf(':')).trim().toLowerCase(), raw: line });
  }
  const sig = headers.find((h) => h.name === 'dkim-signature');
  if (!sig) throw new Error('no DKIM-Signature');
  const relaxedHeader = (h: { raw: string }): string => {
    const i = h.raw.indexOf(':');
    const name = h.raw.slice(0, i).trim().toLowerCase();
    const value = h.raw.slice(i + 1).replace(/\r\n/g, '').replace(/[ \t]+/g, ' ').trim();
    return `${name}:${value}`;
  };
  const tagText = sig.raw.slice(sig.raw.indexOf(':') + 1).replace(/\r\n/g, '');
  const tags = Object.fromEntries(tagText.split(';').map((t) => t.trim()).filter(Boolean).map((t) => [t.slice(0, t.indexOf('=')).trim(), t.slice(t.indexOf('=') + 1).replace(/\s+/g, '')]));
  let canonBody = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, '')).join('\r\n').replace(/(\r\n)*$/, '');
  canonBody = canonBody ? `${canonBody}\r\n` : '';
  const bodyHashOk = createHash('sha256').update(canonBody, 'latin1').digest('base64') === tags.bh;
  const used = new Map<string, number>();
  const signed: string[] = [];
  for (const name of (tags.h ?? '').split(':').map((n) => n.trim().toLowerCase())) {
    const all = headers.filter((h) => h.name === name && h !== sig);
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    const h = all[all.length - 1 - n];
    if (h) signed.push(`${relaxedHeader(h)}\r\n`);
  }
  const sigNoB = relaxedHeader({ raw: sig.raw.replace(/(\bb=)[^;]*/, '$1') });
  const data = Buffer.from(signed.join('') + sigNoB, 'latin1');
  const signatureOk = verify('sha256', data, publicKey, Buffer.from(tags.b ?? '', 'base64'));
  return { tags, bodyHashOk, signatureOk };
}

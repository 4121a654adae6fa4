import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { composeMessage, messageIdFor } from '../../src/deliver/composeMessage.js';
import { loadDigestMail, type DigestMail } from '../../src/deliver/loadDigestMail.js';
import { ROOT, tempDir } from '../helpers.js';

const PNG = readFileSync(path.join(ROOT, 'tests', 'deliver', 'fixtures', 'timeline.png'));
const timelineJson = JSON.stringify({ week: { id: '2024-W20' }, events: [
  { title: 'Earlier thing', section: 'earlier' },
  { title: 'Ahead thing', section: 'ahead' },
  { title: 'This week thing', section: 'this-week' },
] });

function mail(over: Partial<DigestMail> = {}): DigestMail {
  return { week: '2024-W20', html: '<p>Hi <a href="https://example.com/u?e={email}">Unsubscribe</a></p>', text: 'Hi\nUnsubscribe: https://example.com/u?e={email}\n', headlines: [], fingerprint: 'sha256:x', warnings: [], ...over };
}

async function raw(options: ReturnType<typeof composeMessage>): Promise<string> {
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await t.sendMail(options);
  return (info.message as Buffer).toString('utf8');
}

const from = { address: 'digest@example.com', name: 'Geodigest' };
const date = new Date('2024-05-19T08:00:00Z');

describe('messageIdFor', () => {
  it('is the same for the same week, recipient (any case) and sender, different otherwise', () => {
    const id = messageIdFor('2024-W20', 'Reader@Example.com', 'digest@example.com');
    expect(id).toMatch(/^<geodigest\.2024-W20\.[0-9a-f]{24}@example\.com>$/);
    expect(messageIdFor('2024-W20', 'reader@example.com', 'DIGEST@example.com')).toBe(id);
    expect(messageIdFor('2024-W21', 'reader@example.com', 'digest@example.com')).not.toBe(id);
    expect(messageIdFor('2024-W20', 'other@example.com', 'digest@example.com')).not.toBe(id);
  });
});

describe('composeMessage', () => {
  it('one List-Unsubscribe header with both targets, One-Click for https, {email} filled in headers and bodies', async () => {
    const m = composeMessage(mail(), { address: 'a+b@example.com', name: 'A B' }, { from, subject: 'Week 20 · x', date, unsubscribe: { url: 'https://example.com/u?e={email}', mailto: 'mailto:unsub@example.com?subject={email}' } });
    expect(m.text).toContain('https://example.com/u?e=a%2Bb%40example.com');
    expect(m.html).toContain('https://example.com/u?e=a%2Bb%40example.com');
    const r = await raw(m);
    const head = r.slice(0, r.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
    expect(head.match(/^List-Unsubscribe:.*$/gm)).toEqual(['List-Unsubscribe: <https://example.com/u?e=a%2Bb%40example.com>, <mailto:unsub@example.com?subject=a%2Bb%40example.com>']);
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(head).toMatch(/^Message-ID: <geodigest\.2024-W20\.[0-9a-f]{24}@example\.com>$/m);
    expect(head).toMatch(/^Date: Sun, 19 May 2024 08:00:00 \+0000$/m);
    expect(head).toMatch(/^From: Geodigest <digest@example\.com>$/m);
    expect(head).toMatch(/^To: A B <a\+b@example\.com>$/m);
  });

  it('no One-Click header for a mailto: or http: target; no List headers without a target', async () => {
    const mailOnly = await raw(composeMessage(mail(), { address: 'r@example.com' }, { from, subject: 's', date, unsubscribe: { url: 'mailto:unsub@example.com' } }));
    expect(mailOnly).toMatch(/^List-Unsubscribe: <mailto:unsub@example\.com>\r$/m);
    expect(mailOnly).not.toMatch(/List-Unsubscribe-Post/);
    const http = await raw(composeMessage(mail(), { address: 'r@example.com' }, { from, subject: 's', date, unsubscribe: { url: 'http://example.com/u' } }));
    expect(http).not.toMatch(/List-Unsubscribe-Post/);
    const none = await raw(composeMessage(mail(), { address: 'r@example.com' }, { from, subject: 's', date }));
    expect(none).not.toMatch(/List-Unsubscribe/);
    // Without {email} in the targets the bodies are sent as rendered.
    expect(composeMessage(mail(), { address: 'r@example.com' }, { from, subject: 's', date }).html).toContain('{email}');
  });
});

describe('loadDigestMail', () => {
  it('reads the rendered week; attaches timeline.png inline when the HTML shows it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'digest.html'), '<html><body><img src="timeline.png" alt="t"><img src=\'./timeline.png\'></body></html>');
    writeFileSync(path.join(dir, 'digest.txt'), 'text');
    writeFileSync(path.join(dir, 'timeline.json'), timelineJson);
    writeFileSync(path.join(dir, 'timeline.png'), PNG);
    const m = await loadDigestMail({ dir });
    expect(m.week).toBe('2024-W20');
    expect(m.headlines).toEqual(['This week thing', 'Ahead thing']);
    expect(m.html).toBe('<html><body><img src="cid:timeline@geodigest" alt="t"><img src=\'cid:timeline@geodigest\'></body></html>');
    expect(Buffer.compare(Buffer.from(m.image!), PNG)).toBe(0);
    expect(m.fingerprint).toMatch(/^sha256:[0-9a-f]{32}$/);
    const r = await raw(composeMessage(m, { address: 'r@example.com' }, { from, subject: 's', date }));
    expect(r).toMatch(/Content-Type: image\/png; name=timeline\.png\r\nContent-ID: <timeline@geodigest>\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: inline; filename=timeline\.png/);
    expect(r).toMatch(/multipart\/related/);
  });

  it('warns when the HTML shows a picture that is missing; ignores a picture the HTML does not show', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'digest.html'), '<img src="timeline.png">');
    writeFileSync(path.join(dir, 'digest.txt'), 'text');
    writeFileSync(path.join(dir, 'timeline.json'), timelineJson);
    const missing = await loadDigestMail({ dir });
    expect(missing.image).toBeUndefined();
    expect(missing.warnings[0]).toMatch(/shows timeline\.png but .*does not exist/);
    writeFileSync(path.join(dir, 'digest.html'), '<p>no picture</p>');
    writeFileSync(path.join(dir, 'timeline.png'), PNG);
    const unused = await loadDigestMail({ dir });
    expect(unused.image).toBeUndefined();
    expect(unused.warnings).toEqual([]);
  });

  it('names what is missing or broken', async () => {
    const dir = tempDir();
    await expect(loadDigestMail({ dir })).rejects.toThrow(/lacks digest\.html, digest\.txt, timeline\.json; run geodigest build/);
    writeFileSync(path.join(dir, 'digest.html'), 'x');
    writeFileSync(path.join(dir, 'digest.txt'), 'x');
    writeFileSync(path.join(dir, 'timeline.json'), '{"week":');
    await expect(loadDigestMail({ dir })).rejects.toThrow(/timeline\.json:1:1: error is not valid JSON/);
  });
});

import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { renderSubject } from '../../src/deliver/renderSubject.js';
import { captureIO, ROOT, tempDir } from '../helpers.js';
import { startTestServer, type TestServer, type TestServerOptions } from './testSmtpServer.js';
import { verifyDkim } from './verifyDkim.js';

const PASSWORD = 'correct-horse';
const WEEK = '2024-W20';
const PNG = readFileSync(path.join(ROOT, 'tests', 'deliver', 'fixtures', 'timeline.png'));
const BASE_CONFIG = {
  input: { path: path.join(ROOT, 'seeds') },
  digest: { unsubscribeUrl: 'https://example.com/unsubscribe?u={email}' },
  email: {
    from: 'Geodigest <digest@example.com>',
    unsubscribeMailto: 'mailto:unsubscribe@example.com?subject={email}',
    retries: { max: 3, backoffMs: 5 },
    pool: { maxConnections: 3, rateLimit: 1000, rateDeltaMs: 1000 },
  },
};

let built: string;
const servers: TestServer[] = [];

beforeAll(async () => {
  // One build of the seed week with the unsubscribe link, copied into each test's workspace.
  const dir = tempDir();
  writeFileSync(path.join(dir, 'geodigest.config.json'), JSON.stringify(BASE_CONFIG));
  built = path.join(dir, 'out');
  const io = captureIO(dir);
  expect(await main(['build'], io), io.err()).toBe(0);
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(options: TestServerOptions = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  servers.push(s);
  return s;
}

/** A working folder with the built week, a config file, and SMTP settings for `server`. */
function workspace(config: { email?: object; digest?: object } = {}, options: { build?: boolean } = {}) {
  const dir = tempDir();
  if (options.build !== false) cpSync(built, path.join(dir, 'out'), { recursive: true });
  const merged = { ...BASE_CONFIG, digest: { ...BASE_CONFIG.digest, ...config.digest }, email: { ...BASE_CONFIG.email, ...config.email } };
  writeFileSync(path.join(dir, 'geodigest.config.json'), JSON.stringify(merged));
  const week = path.join(dir, 'out', WEEK);
  return {
    dir,
    week,
    env: (s: TestServer, extra: Record<string, string> = {}): Record<string, string> => ({ SMTP_URL: `smtp://digest@127.0.0.1:${s.port}`, SMTP_PASSWORD: PASSWORD, SMTP_TLS_CA: s.caFile, ...extra }),
    async send(args: string[], env: Record<string, string> = {}) {
      const io = captureIO(dir);
      io.env = env;
      const code = await main(['send', ...args], io);
      return { code, out: io.out(), err: io.err() };
    },
    ledger(): { to: string; messageId: string; digest: string; response: string }[] {
      const f = path.join(week, 'sent.json');
      return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')).deliveries : [];
    },
  };
}

/** Puts the inline picture in place the way the renderer will: `src="timeline.png"` plus the file. */
function addTimelinePicture(week: string): void {
  const html = readFileSync(path.join(week, 'digest.html'), 'utf8');
  writeFileSync(path.join(week, 'digest.html'), html.replace(/<body([^>]*)>/, '<body$1><img src="timeline.png" alt="Timeline of the week" width="4" height="2">'));
  writeFileSync(path.join(week, 'timeline.png'), PNG);
}

const crlf = (s: string): string => s.replace(/\r\n/g, '\n');

describe('geodigest send over SMTP (real smtp-server on 127.0.0.1, STARTTLS, AUTH)', () => {
  it('sends one message per recipient; what arrives is what was rendered (HTML, text, subject, headers, inline picture, DKIM)', async () => {
    const s = await server();
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ws = workspace({ email: { dkim: { domainName: 'example.com', keySelector: 'digest', privateKeyFile: 'dkim.pem' } } });
    writeFileSync(path.join(ws.dir, 'dkim.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    addTimelinePicture(ws.week);
    const before = Date.now();
    const r = await ws.send(['--to', 'Reader One <reader@example.com>, other@example.org'], ws.env(s));
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.out).toMatch(/^2024-W20: sent 2 of 2 messages/m);
    expect(r.out + r.err).not.toContain(PASSWORD);
    expect(r.err).toContain('password ***');
    expect(s.received).toHaveLength(2);

    const rendered = {
      html: readFileSync(path.join(ws.week, 'digest.html'), 'utf8'),
      text: readFileSync(path.join(ws.week, 'digest.txt'), 'utf8'),
      timeline: JSON.parse(readFileSync(path.join(ws.week, 'timeline.json'), 'utf8')),
    };
    const headlines = ['this-week', 'ahead'].flatMap((sec) => rendered.timeline.events.filter((e: { section: string }) => e.section === sec).map((e: { title: string }) => e.title));
    const subject = renderSubject('{week} · {top}', { week: WEEK, headlines, title: 'The week in geopolitics' });
    expect(subject).toMatch(/^Week 20 · \S/);

    const ledger = ws.ledger();
    for (const [i, to] of [['0', 'reader@example.com'], ['1', 'other@example.org']] as const) {
      const got = s.received.find((m) => m.to[0] === to)!;
      expect(got, to).toBeTruthy();
      expect(got.to).toEqual([to]);
      expect(got.from).toBe('digest@example.com');
      expect(got.user).toBe('digest');
      expect(got.secure).toBe(true);
      const mail = await s.parse(got.raw);
      const personal = (x: string): string => x.replaceAll('{email}', encodeURIComponent(to));
      expect(mail.subject).toBe(subject);
      expect(crlf(mail.text ?? '')).toBe(personal(rendered.text));
      expect(crlf(mail.html || '')).toBe(personal(rendered.html).replaceAll('src="timeline.png"', 'src="cid:timeline@geodigest"'));
      expect(mail.html).toContain(`u&#x3D;${encodeURIComponent(to)}`);
      expect(mail.from?.value).toEqual([{ name: 'Geodigest', address: 'digest@example.com' }]);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ name: i === '0' ? 'Reader One' : '', address: to }]);
      expect(mail.date!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(mail.messageId).toMatch(/^<geodigest\.2024-W20\.[0-9a-f]{24}@example\.com>$/);
      expect(ledger.find((d) => d.to === to)?.messageId).toBe(mail.messageId);
      const raw = got.raw.toString('utf8');
      const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
      expect(headerBlock.match(/^List-Unsubscribe:/gim)).toHaveLength(1);
      expect(headerBlock.replace(/\r\n[ \t]+/g, ' ')).toContain(`List-Unsubscribe: <https://example.com/unsubscribe?u=${encodeURIComponent(to)}>, <mailto:unsubscribe@example.com?subject=${encodeURIComponent(to)}>`);
      expect(mail.headerLines.filter((h) => h.key === 'list-unsubscribe-post').map((h) => h.line)).toEqual(['List-Unsubscribe-Post: List-Unsubscribe=One-Click']);
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.attachments).toHaveLength(1);
      const picture = mail.attachments[0]!;
      expect(picture.cid).toBe('timeline@geodigest');
      expect(picture.contentType).toBe('image/png');
      expect(picture.contentDisposition).toBe('inline');
      expect(Buffer.compare(picture.content, PNG)).toBe(0);
      const dkim = verifyDkim(got.raw, publicKey);
      expect(dkim.tags.d).toBe('example.com');
      expect(dkim.tags.s).toBe('digest');
      expect(dkim.bodyHashOk).toBe(true);
      expect(dkim.signatureOk).toBe(true);
    }
    // The same recipient and week always get the same Message-ID.
    const again = workspace();
    const r2 = await again.send(['--to', 'reader@example.com'], again.env(s));
    expect(r2.code).toBe(0);
    expect(again.ledger()[0]!.messageId).toBe(ledger.find((d) => d.to === 'reader@example.com')!.messageId);
  });

  it('logs in with AUTH LOGIN when that is all the server offers', async () => {
    const s = await server({ authMethods: ['LOGIN'] });
    const ws = workspace();
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s));
    expect(r.code, r.err).toBe(0);
    expect(s.received.map((m) => m.user)).toEqual(['digest']);
  });

  it('wrong password: a clear error, nothing sent, nothing marked sent (exit 2)', async () => {
    const s = await server();
    const ws = workspace();
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s, { SMTP_PASSWORD: 'battery-staple' }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refused the login \(535[^)]*\); check the user in SMTP_URL and SMTP_PASSWORD; nothing was sent/);
    expect(r.out + r.err).not.toContain('battery-staple');
    expect(s.received).toHaveLength(0);
    expect(ws.ledger()).toEqual([]);
    expect(existsSync(path.join(ws.week, 'sent.json.lock'))).toBe(false);
  });

  it('TLS required but not offered: refused before any mail goes out in clear text (exit 2)', async () => {
    const s = await server({ tls: false });
    const ws = workspace();
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/does not offer STARTTLS.*allowInsecureLoopback/);
    expect(s.received).toHaveLength(0);
    expect(r.out + r.err).not.toContain(PASSWORD);
  });

  it('sends in clear text to a loopback server only when email.allowInsecureLoopback says so', async () => {
    const s = await server({ tls: false, users: {} });
    const ws = workspace({ email: { allowInsecureLoopback: true } });
    const r = await ws.send(['--to', 'reader@example.com'], { SMTP_URL: `smtp://127.0.0.1:${s.port}` });
    expect(r.code, r.err).toBe(0);
    expect(s.received.map((m) => m.secure)).toEqual([false]);
  });

  it('refuses a certificate it cannot verify, and says to set SMTP_TLS_CA (exit 2)', async () => {
    const s = await server();
    const ws = workspace();
    const env = ws.env(s);
    delete env.SMTP_TLS_CA;
    const r = await ws.send(['--to', 'reader@example.com'], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/certificate of 127\.0\.0\.1:\d+ is not trusted.*SMTP_TLS_CA/);
    expect(s.received).toHaveLength(0);
  });

  it('smtps:// to a STARTTLS port: the TLS handshake fails with a hint on smtp:// vs smtps:// (exit 2)', async () => {
    const s = await server();
    const ws = workspace();
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s, { SMTP_URL: `smtps://digest@127.0.0.1:${s.port}` }));
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/TLS handshake with 127\.0\.0\.1:\d+ failed.*smtps:\/\/ means TLS from the start/);
    expect(s.received).toHaveLength(0);
  });

  it('a 451 on the first attempt, then success: delivered once', async () => {
    const s = await server({
      rcpt: (to, n) => (to === 'grey@example.com' && n === 1 ? { code: 451, message: '4.7.1 Greylisted, try again later' } : undefined),
      data: (to, n) => (to[0] === 'busy@example.com' && n === 1 ? { code: 451, message: '4.3.0 Queue busy' } : 'accept'),
    });
    const ws = workspace();
    const r = await ws.send(['--to', 'grey@example.com,busy@example.com'], ws.env(s));
    expect(r.code, r.err).toBe(0);
    expect(s.received.map((m) => m.to[0]).sort()).toEqual(['busy@example.com', 'grey@example.com']);
    expect(r.err).toMatch(/^retry +grey@example\.com: 451 4\.7\.1 Greylisted/m);
    expect(r.err).toMatch(/^retry +busy@example\.com: 451 4\.3\.0 Queue busy/m);
    expect(ws.ledger().map((d) => d.to).sort()).toEqual(['busy@example.com', 'grey@example.com']);
  });

  it('a 550 for one of three: two delivered, one reported, exit 1; a re-run delivers to nobody new', async () => {
    const s = await server({ rcpt: (to) => (to === 'gone@example.com' ? { code: 550, message: '5.1.1 No such user' } : undefined) });
    const ws = workspace();
    const to = ['--to', 'a@example.com,gone@example.com,b@example.com'];
    const r = await ws.send(to, ws.env(s));
    expect(r.code).toBe(1);
    expect(s.received.map((m) => m.to[0]).sort()).toEqual(['a@example.com', 'b@example.com']);
    expect(r.out).toMatch(/sent 2 of 3 messages/);
    expect(r.out).toMatch(/failed \(1\):\n  gone@example\.com: 550 5\.1\.1 No such user \(permanent\)/);
    expect(r.err).not.toMatch(/^retry/m);
    expect(ws.ledger().map((d) => d.to).sort()).toEqual(['a@example.com', 'b@example.com']);

    const again = await ws.send(to, ws.env(s));
    expect(again.code).toBe(1);
    expect(s.received).toHaveLength(2);
    expect(again.err).toMatch(/2 recipients already got 2024-W20.*not sent again \(--force to resend\)/);
    expect(again.out).toMatch(/sent 0 of 1 message/);
    expect(ws.ledger()).toHaveLength(2);

    const forced = await ws.send(['--to', 'a@example.com', '--force'], ws.env(s));
    expect(forced.code).toBe(0);
    expect(s.received.map((m) => m.to[0]).filter((a) => a === 'a@example.com')).toHaveLength(2);
    expect(ws.ledger().filter((d) => d.to === 'a@example.com')).toHaveLength(2);
  });

  it('the server dropping the connection mid-DATA: retried, delivered exactly once', async () => {
    const s = await server({ data: (_to, n) => (n === 1 ? 'drop' : 'accept') });
    const ws = workspace();
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s));
    expect(r.code, r.err).toBe(0);
    expect(s.received).toHaveLength(1);
    expect(r.err).toMatch(/^retry +reader@example\.com: .*(closed|connection)/im);
    expect(ws.ledger()).toHaveLength(1);
  });

  it('a server that stops answering: timed out, retried, delivered exactly once', async () => {
    const s = await server({ data: (_to, n) => (n === 1 ? 'stall' : 'accept') });
    const ws = workspace({ email: { timeoutMs: 300 } });
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s));
    expect(r.code, r.err).toBe(0);
    expect(s.received).toHaveLength(1);
    expect(r.err).toMatch(/^retry +reader@example\.com: .*tim/im);
  });

  it('a temporary failure that outlasts the retries: reported with its attempts, exit 1, not in the ledger', async () => {
    const s = await server({ rcpt: (to) => (to === 'full@example.com' ? { code: 452, message: '4.2.2 Mailbox full' } : undefined) });
    const ws = workspace();
    const r = await ws.send(['--to', 'full@example.com,ok@example.com'], ws.env(s));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/full@example\.com: 452 4\.2\.2 Mailbox full \(temporary, 4 attempts; re-run send later\)/);
    expect(ws.ledger().map((d) => d.to)).toEqual(['ok@example.com']);
  });

  it('200 recipients through a pool of 3 with a rate limit: each delivered exactly once, never more than 3 connections', async () => {
    const s = await server();
    const ws = workspace({ email: { pool: { maxConnections: 3, rateLimit: 50, rateDeltaMs: 100 } } });
    const list = Array.from({ length: 200 }, (_, i) => `reader${String(i).padStart(3, '0')}@example.com`);
    writeFileSync(path.join(ws.dir, 'readers.txt'), `# the team\n${list.join('\n')}\n`);
    const r = await ws.send(['--to-file', 'readers.txt'], ws.env(s));
    expect(r.code, r.err.slice(-2000)).toBe(0);
    const got = s.received.map((m) => m.to[0]!);
    expect(got).toHaveLength(200);
    expect(new Set(got).size).toBe(200);
    expect([...got].sort()).toEqual(list);
    expect(ws.ledger()).toHaveLength(200);
    // verify() uses a connection of its own that may still be closing when the pool opens its three.
    console.log("MAXCONC", s.maxConcurrent);
    expect(s.maxConcurrent).toBeLessThanOrEqual(4);
    expect(r.err.split('\n').filter((l) => l.startsWith('sent '))).toHaveLength(200);
  });

  it('after a crash (the process killed mid-batch), a re-run sends only to those not yet served', async () => {
    const s = await server();
    const ws = workspace({ email: { pool: { maxConnections: 1, rateLimit: 1, rateDeltaMs: 300 } } });
    const list = Array.from({ length: 9 }, (_, i) => `r${i}@example.com`);
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'send', '--to', list.join(',')], { cwd: ws.dir, env: { ...process.env, ...ws.env(s) }, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it right after the ledger records its 3rd message (the next one waits for the rate limit).
    for (let i = 0; i < 1000 && ws.ledger().length < 3; i++) await new Promise((res) => setTimeout(res, 5));
    child.kill('SIGKILL');
    await exited;
    const before = ws.ledger().length;
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(9);
    expect(existsSync(path.join(ws.week, 'sent.json.lock'))).toBe(true);

    const r = await ws.send(['--to', list.join(',')], ws.env(s, {}));
    expect(r.code, r.err).toBe(0);
    const got = s.received.map((m) => m.to[0]!);
    expect([...got].sort()).toEqual([...list].sort());
    expect(ws.ledger()).toHaveLength(9);
  });

  it('refuses to run while another send of the same week holds the lock (exit 2)', async () => {
    const s = await server();
    const ws = workspace();
    writeFileSync(path.join(ws.week, 'sent.json.lock'), `${process.pid}\n`);
    const r = await ws.send(['--to', 'reader@example.com'], ws.env(s));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/another geodigest send for 2024-W20 is running/);
    expect(s.received).toHaveLength(0);
  });

  it('--dry-run checks the login and sends and records nothing', async () => {
    const s = await server();
    const ws = workspace();
    const r = await ws.send(['--to', 'reader@example.com,b@example.com', '--dry-run'], ws.env(s));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/dry run: the server accepted the connection and the login; would send 2 messages/);
    expect(s.received).toHaveLength(0);
    expect(existsSync(path.join(ws.week, 'sent.json'))).toBe(false);
    const bad = await ws.send(['--to', 'reader@example.com', '--dry-run'], ws.env(s, { SMTP_PASSWORD: 'nope' }));
    expect(bad.code).toBe(2);
  });

  it('reports bad addresses with their place and sends to the rest (exit 1)', async () => {
    const s = await server();
    const ws = workspace();
    writeFileSync(path.join(ws.dir, 'readers.txt'), 'ok@example.com\nnot-an-address\n# comment\nBob <bob@example>\nOK@example.com\n');
    const r = await ws.send(['--to-file', 'readers.txt'], ws.env(s));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^readers\.txt:2:1: error "not-an-address" is not an e-mail address.*\[invalid-address\]$/m);
    expect(r.err).toMatch(/^readers\.txt:4:1: error "Bob <bob@example>" has a domain "example" without a dot.*\[invalid-address\]$/m);
    expect(r.err).toMatch(/^readers\.txt:5:1: warning OK@example\.com is listed more than once.*\(first seen at readers\.txt:1:1\) \[duplicate-recipient\]$/m);
    expect(r.out).toMatch(/2 addresses refused/);
    expect(s.received.map((m) => m.to)).toEqual([['ok@example.com']]);
  });

  it('rejects header injection: a line break in a name or in the subject (exit 2, nothing sent)', async () => {
    const s = await server();
    const ws = workspace();
    const r1 = await ws.send(['--to', 'reader@example.com', '--from', 'Evil\r\nBcc: victim@example.com <evil@example.com>'], ws.env(s));
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/--from .* contains a line break/);
    const r2 = await ws.send(['--to', 'Reader\nBcc: x@example.com <reader@example.com>'], ws.env(s));
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/line break.*\[header-injection\]/);
    const bad = workspace({ email: { subject: '{week}\r\nBcc: victim@example.com' } });
    const r3 = await bad.send(['--to', 'reader@example.com'], bad.env(s));
    expect(r3.code).toBe(2);
    expect(r3.err).toMatch(/email\.subject contains a line break/);
    expect(s.received).toHaveLength(0);
  });

  it('setup errors are usage errors (exit 2) that never echo the password', async () => {
    const ws = workspace();
    const cases: [string[], Record<string, string>, RegExp][] = [
      [[], {}, /send needs recipients: --to/],
      [['--to', 'a@example.com'], { SMTP_URL: 'http://mail.example.com' }, /must start with smtp:\/\/ or smtps:\/\//],
      [['--to', 'a@example.com'], { SMTP_URL: 'smtp://digest:hunter2@mail.example.com' }, /contains a password; remove it from the URL and put it in SMTP_PASSWORD/],
      [['--to', 'a@example.com'], { SMTP_URL: 'smtp://digest@mail.example.com' }, /names the user "digest" but SMTP_PASSWORD is not set/],
      [['--to', 'a@example.com'], { SMTP_URL: 'smtp://mail.example.com', SMTP_PASSWORD: 'hunter2' }, /SMTP_PASSWORD is set but SMTP_URL names no user/],
      [['--to', 'a@example.com'], { SMTP_URL: 'smtp://d@mail.example.com', SMTP_PASSWORD: 'hunter2', SMTP_TLS_CA: 'missing.pem' }, /cannot read SMTP_TLS_CA missing\.pem: ENOENT/],
      [['--to', 'a@example.com', '--week', '2024-20'], {}, /--week 2024-20 is not an ISO week/],
      [['--to-file', 'nope.txt'], {}, /cannot read --to-file nope\.txt: ENOENT/],
    ];
    for (const [args, env, message] of cases) {
      const r = await ws.send(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err + r.out).not.toContain('hunter2');
    }
    const noKey = workspace({ email: { dkim: { domainName: 'example.com', keySelector: 'digest', privateKeyFile: 'nokey.pem' } } });
    expect((await noKey.send(['--to', 'a@example.com'])).err).toMatch(/email\.dkim: cannot read the private key .*nokey\.pem: ENOENT/);
    writeFileSync(path.join(noKey.dir, 'nokey.pem'), 'garbage');
    expect((await noKey.send(['--to', 'a@example.com'])).err).toMatch(/nokey\.pem is not a PEM private key/);
    const badMailto = workspace({ email: { unsubscribeMailto: 'https://example.com' } });
    const r = await badMailto.send(['--to', 'a@example.com']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/geodigest\.config\.json:1:\d+: error email\.unsubscribeMailto must match pattern/);
  });
});

describe('geodigest send without SMTP_URL (the outbox)', () => {
  it('writes one .eml per recipient that holds exactly the rendered digest, and says nothing was sent', async () => {
    const ws = workspace();
    addTimelinePicture(ws.week);
    const r = await ws.send(['--to', 'reader@example.com,Two <two@example.org>']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/SMTP_URL is not set, so nothing was sent: wrote 2 messages to out\/2024-W20\/outbox\//);
    const box = path.join(ws.week, 'outbox');
    expect(readdirSync(box).sort()).toEqual(['reader@example.com.eml', 'two@example.org.eml']);
    const raw = readFileSync(path.join(box, 'reader@example.com.eml'));
    expect(raw.toString('latin1')).toMatch(/\r\n\r\n/);
    const s = await startTestServer();
    servers.push(s);
    const mail = await s.parse(raw);
    expect(crlf(mail.text ?? '')).toBe(readFileSync(path.join(ws.week, 'digest.txt'), 'utf8').replaceAll('{email}', 'reader%40example.com'));
    expect(mail.html).toContain('src="cid:timeline@geodigest"');
    expect(mail.subject).toMatch(/^Week 20 · /);
    expect(mail.attachments.map((a) => a.cid)).toEqual(['timeline@geodigest']);
    expect(existsSync(path.join(ws.week, 'sent.json'))).toBe(false);
  });

  it('builds the week first when <out>/<week>/ is not built', async () => {
    const ws = workspace({}, { build: false });
    const r = await ws.send(['--to', 'reader@example.com']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/2024-W20 was not built yet: built it into out\/2024-W20\//);
    for (const f of ['digest.html', 'digest.txt', 'timeline.json', 'outbox/reader@example.com.eml']) expect(existsSync(path.join(ws.week, f)), f).toBe(true);
  });

  it('builds the same digest as `build` does, with the config\'s title, colour and sections', async () => {
    const look = { title: 'Friday briefing', accent: '#1f5c99', sections: ['ahead', 'this-week'], maxItemsPerSection: 3 };
    const ws = workspace({ digest: look }, { build: false });
    expect((await ws.send(['--to', 'reader@example.com'])).code).toBe(0);
    const io = captureIO(ws.dir);
    expect(await main(['build', '--out', 'built-by-build'], io), io.err()).toBe(0);
    for (const f of ['digest.html', 'digest.txt', 'report.md', 'timeline.json']) {
      expect(readFileSync(path.join(ws.week, f), 'utf8'), f).toBe(readFileSync(path.join(ws.dir, 'built-by-build', WEEK, f), 'utf8'));
    }
    const html = readFileSync(path.join(ws.week, 'digest.html'), 'utf8');
    expect(html).toContain('Friday briefing');
    expect(html.toLowerCase()).toContain('#1f5c99');
    expect(html.indexOf('Ahead')).toBeLessThan(html.indexOf('This week'));
  });

  it('--dry-run builds in memory and writes nothing', async () => {
    const ws = workspace({}, { build: false });
    const r = await ws.send(['--to', 'reader@example.com', '--dry-run']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/dry run, SMTP_URL is not set: would write 1 message/);
    expect(existsSync(ws.week)).toBe(false);
  });
});

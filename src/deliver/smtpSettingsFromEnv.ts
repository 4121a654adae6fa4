import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import { GeodigestError } from '../diagnostics/GeodigestError.js';

/** Where and how to reach the SMTP server; read from the environment only. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** `smtps://`: TLS from the first byte (port 465). Otherwise STARTTLS. */
  secure: boolean;
  user?: string;
  /** From `SMTP_PASSWORD`; never printed. */
  password?: string;
  /** `SMTP_TLS_CA`: certificates (PEM) trusted in addition to the system's. */
  ca?: { file: string; pem: string };
  /** STARTTLS may be skipped: only for a loopback host with `email.allowInsecureLoopback`. */
  insecureLoopback: boolean;
  /** Things the user should know (an opt-out that does not apply, …). */
  warnings: string[];
}

/** Options that come from the config file. */
export interface SmtpSettingsOptions {
  /** `email.allowInsecureLoopback`. */
  allowInsecureLoopback?: boolean;
  /** Resolves a relative `SMTP_TLS_CA`. */
  cwd?: string;
}

/**
 * Reads `SMTP_URL` (`smtp://user@host:587` for STARTTLS, `smtps://user@host:465` for implicit
 * TLS), `SMTP_PASSWORD` and `SMTP_TLS_CA` (a PEM file to trust, for servers with their own CA or a
 * self-signed certificate). Returns `undefined` when `SMTP_URL` is unset or empty (then the digest
 * goes to the outbox). Throws a usage error (exit 2) for anything inconsistent, never echoing the
 * password.
 *
 * @example
 * smtpSettingsFromEnv({ SMTP_URL: 'smtp://digest@mail.example.com', SMTP_PASSWORD: 's3cret' })
 * //=> { host: 'mail.example.com', port: 587, secure: false, user: 'digest', password: 's3cret', … }
 */
export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv, options: SmtpSettingsOptions = {}): SmtpSettings | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;
  const fail = (message: string): never => {
    throw new GeodigestError('ESMTPCONFIG', message);
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('SMTP_URL is not a URL; write it as smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS)');
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'smtp' && scheme !== 'smtps') fail(`SMTP_URL must start with smtp:// or smtps://, not ${scheme}://`);
  if (url.password) fail('SMTP_URL contains a password; remove it from the URL and put it in SMTP_PASSWORD instead');
  if ((url.pathname && url.pathname !== '/') || url.search || url.hash) fail(`SMTP_URL has a path or query (${url.pathname}${url.search}); it takes only smtp[s]://user@host:port`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) fail('SMTP_URL has no host; write it as smtp://user@host:587');
  const secure = scheme === 'smtps';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const password = env.SMTP_PASSWORD ? env.SMTP_PASSWORD : undefined;
  if (user && !password) fail(`SMTP_URL names the user "${user}" but SMTP_PASSWORD is not set; export SMTP_PASSWORD (never pass it as a flag)`);
  if (password && !user) fail('SMTP_PASSWORD is set but SMTP_URL names no user; write it as smtp://user@host:587');

  const settings: SmtpSettings = { host, port, secure, insecureLoopback: false, warnings: [] };
  if (user) settings.user = user;
  if (password) settings.password = password;

  const caFile = env.SMTP_TLS_CA?.trim();
  if (caFile) {
    const file = path.resolve(options.cwd ?? process.cwd(), caFile);
    let pem = '';
    try {
      pem = readFileSync(file, 'utf8');
    } catch (err) {
      fail(`cannot read SMTP_TLS_CA ${caFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (!blocks.length) fail(`SMTP_TLS_CA ${caFile} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    for (const block of blocks) {
      try {
        new X509Certificate(block);
      } catch (err) {
        fail(`SMTP_TLS_CA ${caFile} holds a certificate that does not parse: ${(err as Error).message}`);
      }
    }
    settings.ca = { file, pem: blocks.join('\n') };
  }

  if (options.allowInsecureLoopback) {
    if (isLoopback(host)) settings.insecureLoopback = true;
    else settings.warnings.push(`email.allowInsecureLoopback applies only to a loopback host (localhost, 127.0.0.1, ::1), not to ${host}; STARTTLS stays required`);
  }
  return settings;
}

/** localhost, 127.0.0.0/8 or ::1. */
function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/**
 * One line about the server for logs, with the password as `***`.
 *
 * @example
 * describeSmtp(settings) //=> 'smtp://digest@mail.example.com:587 (STARTTLS required, password ***)'
 */
export function describeSmtp(s: SmtpSettings): string {
  const who = s.user ? `${encodeURIComponent(s.user)}@` : '';
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  const tls = s.secure ? 'TLS' : s.insecureLoopback ? 'STARTTLS optional (loopback)' : 'STARTTLS required';
  const verify = s.insecureLoopback ? 'certificate not checked' : s.ca ? `certificate checked against ${s.ca.file}` : 'certificate checked';
  return `${s.secure ? 'smtps' : 'smtp'}://${who}${host}:${s.port} (${tls}, ${verify}${s.password ? ', password ***' : ''})`;
}

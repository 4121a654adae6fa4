import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { debuglog, format } from 'node:util';
import nodemailer, { type Transporter } from 'nodemailer';
import type { SMTPPoolOptions } from 'nodemailer/lib/smtp-pool';
import type { DKIMOptions } from 'nodemailer/lib/dkim';
import type { SmtpSettings } from './smtpSettingsFromEnv.js';

/** Pool and timing settings (`email.pool`, `email.timeoutMs`). */
export interface SmtpTransportOptions {
  pool: { maxConnections: number; rateLimit: number; rateDeltaMs: number };
  /** Connection, greeting and socket-idle timeout. */
  timeoutMs: number;
  dkim?: DKIMOptions;
}

const debug = debuglog('geodigest:smtp');

/**
 * A pooled nodemailer SMTP transport: `maxConnections` connections, at most `rateLimit` messages
 * per `rateDeltaMs`, STARTTLS required and the certificate verified (against the system's CAs plus
 * `SMTP_TLS_CA`) unless the settings allow clear text to a loopback host. The pool's own
 * re-queueing of a message whose connection closed is switched off (`maxRequeues: 0`): retries
 * belong to `deliverAll`, which knows what the ledger knows. Protocol log:
 * `NODE_DEBUG=geodigest:smtp` (credentials are never logged).
 *
 * @example
 * const transport = createSmtpTransport(smtpSettingsFromEnv(process.env)!, { pool: { maxConnections: 3, rateLimit: 10, rateDeltaMs: 1000 }, timeoutMs: 60_000 });
 */
export function createSmtpTransport(settings: SmtpSettings, options: SmtpTransportOptions): Transporter {
  const secret = settings.password;
  const hide = (s: string): string => (secret ? s.split(secret).join('***') : s);
  const log = (level: string) => (_data: unknown, message: string, ...args: unknown[]): void => {
    if (debug.enabled) debug('%s %s', level, hide(format(message, ...args)));
  };
  const logger = { trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), fatal: log('fatal'), level: () => undefined };
  const insecure = settings.insecureLoopback;
  const transportOptions: SMTPPoolOptions & { pool: true } = {
    pool: true,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: !settings.secure && !insecure,
    ...(insecure ? { opportunisticTLS: true } : {}),
    tls: {
      rejectUnauthorized: !insecure,
      minVersion: 'TLSv1.2',
      // SNI takes host names only (RFC 6066); an IP is checked against the certificate's IP SANs.
      ...(isIP(settings.host) ? {} : { servername: settings.host }),
      ...(settings.ca ? { ca: [...rootCertificates, settings.ca.pem] } : {}),
    },
    ...(settings.user && settings.password ? { auth: { user: settings.user, pass: settings.password } } : {}),
    maxConnections: options.pool.maxConnections,
    rateLimit: options.pool.rateLimit,
    rateDelta: options.pool.rateDeltaMs,
    maxRequeues: 0,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: logger as never,
    debug: debug.enabled,
    ...(options.dkim ? { dkim: options.dkim } : {}),
  };
  return nodemailer.createTransport(transportOptions);
}

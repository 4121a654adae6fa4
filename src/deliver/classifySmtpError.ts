/** What a failed SMTP exchange means for the batch. */
export type SmtpFailureKind =
  /** Try the same message again later: 4xx replies, dropped connections, timeouts. */
  | 'temporary'
  /** This recipient cannot get it (5xx for the recipient or message); the others still can. */
  | 'permanent'
  /** Nothing can be sent until the user fixes the setup (auth, TLS, sender): stop the batch. */
  | 'fatal';

/** A failure, classified and explained. */
export interface SmtpFailure {
  kind: SmtpFailureKind;
  /** The connection itself failed (no reply to blame): the server may be down. */
  connection: boolean;
  /** One line: the server's reply or the error, plus what to do for fatal ones. */
  message: string;
  /** nodemailer's error code (`EAUTH`, `ETLS`, …) when there is one. */
  code?: string;
  responseCode?: number;
}

/** What nodemailer puts on its errors. */
interface SmtpErrorLike {
  message?: string;
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  permanent?: boolean;
}

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED', 'INVALID_CA', 'HOSTNAME_MISMATCH',
]);
const CONNECTION_CODES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Classifies an error from nodemailer's SMTP transport (it has no retries of its own): 4xx,
 * 503, dropped connections and timeouts are temporary; other 5xx replies are permanent for the
 * recipient; authentication, TLS and certificate problems, and a refused sender, are fatal for
 * the whole batch and come with a hint on what to fix.
 *
 * @example
 * classifySmtpError({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user' })
 * //=> { kind: 'permanent', connection: false, message: '550 5.1.1 No such user', … }
 */
export function classifySmtpError(error: unknown, where = 'the SMTP server'): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SmtpErrorLike;
  const reply = e.response?.trim().replace(/\s+/g, ' ');
  const base = reply || (e.message ?? 'unknown error').replace(/\s+/g, ' ');
  const out = (kind: SmtpFailureKind, message: string, connection = false): SmtpFailure => ({
    kind, connection, message,
    ...(e.code ? { code: e.code } : {}),
    ...(e.responseCode ? { responseCode: e.responseCode } : {}),
  });
  const original = e.originalCode ?? '';
  const tlsText = `${e.message ?? ''}`;

  if (CERT_CODES.has(original) || CERT_CODES.has(e.code ?? '') || /certificate|self[- ]signed|altnames|Hostname\/IP does not match/i.test(tlsText)) {
    return out('fatal', `the TLS certificate of ${where} is not trusted (${tlsText.replace(/^Error initiating TLS - /, '').replace(/\s+/g, ' ')}); if the server uses its own CA or a self-signed certificate, set SMTP_TLS_CA to its PEM file, otherwise check the host name in SMTP_URL`);
  }
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH' || e.responseCode === 535 || e.responseCode === 534) {
    return out('fatal', `${where} refused the login (${base}); check the user in SMTP_URL and SMTP_PASSWORD`);
  }
  if (e.responseCode === 530 || e.responseCode === 538) {
    return out('fatal', `${where} requires authentication (${base}); put the user in SMTP_URL (smtp://user@host) and the password in SMTP_PASSWORD`);
  }
  if (e.code === 'ETLS' || /wrong version number|packet length too long|unknown protocol|TLS/i.test(original + tlsText) && e.code === 'ESOCKET') {
    const offered = e.command === 'STARTTLS' || /STARTTLS/.test(tlsText);
    return out('fatal', offered
      ? `${where} does not offer STARTTLS (${base}), and geodigest does not send in clear text; use smtps:// if the server speaks TLS from the start (port 465), or, for a local test server only, set email.allowInsecureLoopback: true`
      : `the TLS handshake with ${where} failed (${base}); smtp:// means STARTTLS (usually port 587), smtps:// means TLS from the start (usually port 465)`);
  }
  if (e.command === 'MAIL FROM' && e.responseCode && e.responseCode >= 500 && e.responseCode !== 503) {
    return out('fatal', `${where} refused the sender (${base}); check --from / email.from: the server may allow only your own address`);
  }
  if (e.responseCode) {
    const permanent = e.permanent ?? (e.responseCode >= 500 && e.responseCode !== 503);
    return out(permanent ? 'permanent' : 'temporary', base, e.responseCode === 421);
  }
  if (CONNECTION_CODES.has(e.code ?? '') || CONNECTION_CODES.has(original)) {
    const why = original === 'ECONNREFUSED' || /ECONNREFUSED/.test(tlsText) ? `nothing listens there (ECONNREFUSED); check the host and port in SMTP_URL`
      : original === 'ENOTFOUND' || e.code === 'EDNS' ? `the host name does not resolve; check SMTP_URL`
      : e.code === 'ETIMEDOUT' ? 'timed out' : base;
    return out('temporary', `cannot talk to ${where}: ${why}`, true);
  }
  if (e.code === 'EENVELOPE' || e.code === 'EMESSAGE') return out('permanent', base);
  return out('temporary', base);
}

import { writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { generate } from 'selfsigned';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { tempDir } from '../helpers.js';

/** A reply the test server gives instead of accepting. */
export interface Reply {
  code: number;
  message: string;
}

export interface TestServerOptions {
  /** Offer STARTTLS (default true). */
  tls?: boolean;
  /** Accepted logins (default digest / correct-horse). Empty: no AUTH offered. */
  users?: Record<string, string>;
  /** AUTH mechanisms offered (default PLAIN and LOGIN). */
  authMethods?: string[];
  /** Reply to RCPT TO for an address, on its nth attempt (1-based); undefined accepts. */
  rcpt?: (address: string, attempt: number) => Reply | undefined;
  /** What to do with a message's DATA, on its nth attempt for that recipient list. */
  data?: (to: string[], attempt: number) => 'accept' | 'drop' | 'stall' | Reply;
}

/** A message the server accepted. */
export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  user: string | undefined;
  secure: boolean;
}

export interface TestServer {
  host: '127.0.0.1';
  port: number;
  /** PEM file of the self-signed certificate (for SMTP_TLS_CA). */
  caFile: string;
  received: Received[];
  /** Most SMTP sessions open at once that sent mail (verify() connections do not count). */
  maxConcurrent: number;
  /** Parses a received message with mailparser (cid links kept as they are). */
  parse(raw: Buffer): Promise<ParsedMail>;
  close(): Promise<void>;
}

let cert: Promise<{ key: string; cert: string; caFile: string }> | undefined;

/** A self-signed certificate for 127.0.0.1 and localhost, made once per test file. */
function certificate(): Promise<{ key: string; cert: string; caFile: string }> {
  cert ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  }).then((pems) => {
    const caFile = path.join(tempDir('geodigest-ca-'), 'ca.pem');
    writeFileSync(caFile, pems.cert);
    return { key: pems.private, cert: pems.cert, caFile };
  });
  return cert;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 for tests: STARTTLS with a self-signed
 * certificate, AUTH PLAIN/LOGIN, scripted replies per recipient and attempt, and the ability to
 * drop a connection in the middle of DATA. Close it in teardown (closeTimeout is short).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { key, cert: certPem, caFile } = await certificate();
  const users = options.users ?? { digest: 'correct-horse' };
  const received: Received[] = [];
  const rcptAttempts = new Map<string, number>();
  const dataAttempts = new Map<string, number>();
  const sockets = new Map<number, Socket>();
  const sending = new Set<string>();
  let maxConcurrent = 0;
  const offerTls = options.tls ?? true;
  const server = new SMTPServer({
    ...(offerTls ? { key, cert: certPem } : { disabledCommands: ['STARTTLS'], allowInsecureAuth: true }),
    ...(Object.keys(users).length ? { authMethods: options.authMethods ?? ['PLAIN', 'LOGIN'] } : { authOptional: true, disabledCommands: offerTls ? ['AUTH'] : ['AUTH', 'STARTTLS'] }),
    logger: false,
    closeTimeout: 200,
    socketTimeout: 10_000,
    onMailFrom(_address, session, cb) {
      sending.add(session.id);
      maxConcurrent = Math.max(maxConcurrent, sending.size);
      cb();
    },
    onClose(session) {
      sending.delete(session.id);
    },
    onAuth(auth, _session, cb) {
      if (auth.username && users[auth.username] !== undefined && users[auth.username] === auth.password) cb(null, { user: auth.username });
      else cb(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address: SMTPServerAddress, _session, cb) {
      const n = (rcptAttempts.get(address.address) ?? 0) + 1;
      rcptAttempts.set(address.address, n);
      const reply = options.rcpt?.(address.address, n);
      if (reply) cb(Object.assign(new Error(reply.message), { responseCode: reply.code }));
      else cb();
    },
    onData(stream, session, cb) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const k = to.join(',');
      const n = (dataAttempts.get(k) ?? 0) + 1;
      dataAttempts.set(k, n);
      const what = options.data?.(to, n) ?? 'accept';
      const chunks: Buffer[] = [];
      let dropped = false;
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        if (what === 'drop' && !dropped) {
          dropped = true;
          sockets.get(session.remotePort)?.destroy();
        }
      });
      stream.on('error', () => undefined);
      stream.on('end', () => {
        if (dropped || what === 'stall') return;
        if (what !== 'accept' && what !== 'drop') {
          cb(Object.assign(new Error(what.message), { responseCode: what.code }));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        received.push({ from: mailFrom ? mailFrom.address : '', to, raw: Buffer.concat(chunks), user: session.user as string | undefined, secure: Boolean(session.secure) });
        cb(null, `Message queued as Q${received.length}`);
      });
    },
  });
  server.on('error', () => undefined);
  server.server.on('connection', (socket: Socket) => {
    if (socket.remotePort) sockets.set(socket.remotePort, socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: '127.0.0.1',
    port,
    caFile,
    received,
    get maxConcurrent() {
      return maxConcurrent;
    },
    parse: (raw) => simpleParser(raw, { skipImageLinks: true }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createHash } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { DKIMOptions } from 'nodemailer/lib/dkim';
import { writeFiles } from './writeFiles.js';

/** A message written to the outbox. */
export interface OutboxMessage {
  to: string;
  /** The `.eml` file written. */
  file: string;
  messageId: string;
}

/**
 * The default that needs no server: renders each message with nodemailer's stream transport
 * (exactly the bytes SMTP would carry, CRLF line ends, DKIM-signed when configured) and writes it
 * to `<dir>/<address>.eml`, atomically. Files are named after the recipient, so a re-run
 * overwrites instead of piling up.
 *
 * @example
 * await writeOutbox('out/2024-W20/outbox', [{ to: 'reader@example.com', message }])
 * //=> [{ to: 'reader@example.com', file: 'out/2024-W20/outbox/reader@example.com.eml', messageId: '<…>' }]
 */
export async function writeOutbox(dir: string, messages: readonly { to: string; message: SendMailOptions }[], options: { dkim?: DKIMOptions } = {}): Promise<OutboxMessage[]> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
    ...(options.dkim ? { dkim: options.dkim } : {}),
  });
  const written: OutboxMessage[] = [];
  for (const { to, message } of messages) {
    const info = await transport.sendMail(message);
    const [file] = await writeFiles(dir, [{ name: emlName(to), content: info.message as Buffer }]);
    written.push({ to, file: file!, messageId: info.messageId });
  }
  transport.close();
  return written;
}

/** A safe file name for an address; a hash keeps two addresses that clean up alike apart. */
function emlName(address: string): string {
  const clean = address.toLowerCase().replace(/[^a-z0-9@._+-]/g, '_').replace(/^\.+/, '_');
  const changed = clean !== address.toLowerCase();
  const suffix = changed ? `.${createHash('sha256').update(address.toLowerCase()).digest('hex').slice(0, 8)}` : '';
  return `${clean.slice(0, 150)}${suffix}.eml`;
}

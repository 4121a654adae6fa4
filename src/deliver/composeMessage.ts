import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { TIMELINE_IMAGE, type DigestMail } from './loadDigestMail.js';
import type { Mailbox } from './parseMailbox.js';

/** Where readers unsubscribe; `{email}` in either is replaced by the recipient's address (URL-encoded). */
export interface UnsubscribeTargets {
  /** `https://…` (one-click, RFC 8058), `http://…` or `mailto:…` (`digest.unsubscribeUrl`). */
  url?: string;
  /** A second, `mailto:` way (`email.unsubscribeMailto`). */
  mailto?: string;
}

/** Everything about a message that is not the digest itself. */
export interface ComposeOptions {
  from: Mailbox;
  subject: string;
  date: Date;
  unsubscribe?: UnsubscribeTargets;
}

/**
 * The deterministic Message-ID of a week's digest for one recipient (case-insensitive address),
 * from one sender: a re-run or a `--force` resend carries the same ID, so mail programs can tell
 * it is the same message.
 *
 * @example
 * messageIdFor('2024-W20', 'reader@example.com', 'digest@example.com')
 * //=> '<geodigest.2024-W20.3f2a…@example.com>'
 */
export function messageIdFor(week: string, to: string, from: string): string {
  const hash = createHash('sha256').update(`${from.toLowerCase()}\n${week}\n${to.toLowerCase()}`).digest('hex').slice(0, 24);
  const domain = from.slice(from.lastIndexOf('@') + 1).toLowerCase() || 'localhost';
  return `<geodigest.${week}.${hash}@${domain}>`;
}

/**
 * One recipient's message (nodemailer options): the digest's HTML and text parts, the inline
 * timeline picture (cid `timeline@geodigest`), From/To/Subject/Date, a deterministic Message-ID,
 * and, when an unsubscribe target is configured, `List-Unsubscribe` as one header
 * (`<https://…>, <mailto:…>`) plus `List-Unsubscribe-Post: List-Unsubscribe=One-Click` for an
 * https URL (RFC 8058). `{email}` in the unsubscribe targets, and in the bodies when the URL
 * carries it, becomes this recipient's address. Pure.
 *
 * @example
 * composeMessage(mail, { address: 'reader@example.com' }, { from, subject: 'Week 20 · …', date: new Date() })
 */
export function composeMessage(mail: DigestMail, to: Mailbox, options: ComposeOptions): SendMailOptions {
  const personal = (s: string): string => s.replaceAll('{email}', encodeURIComponent(to.address));
  const perRecipient = Boolean(options.unsubscribe?.url?.includes('{email}') || options.unsubscribe?.mailto?.includes('{email}'));
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
  const message: SendMailOptions = {
    from: options.from.name ? { name: options.from.name, address: options.from.address } : options.from.address,
    to: to.name ? { name: to.name, address: to.address } : to.address,
    subject: options.subject,
    date: options.date,
    messageId: messageIdFor(mail.week, to.address, options.from.address),
    text: perRecipient ? personal(mail.text) : mail.text,
    html: perRecipient ? personal(mail.html) : mail.html,
    headers,
  };
  const targets = [options.unsubscribe?.url, options.unsubscribe?.mailto].filter((t): t is string => Boolean(t)).map(personal);
  if (targets.length) {
    // One List-Unsubscribe header with both targets: a flat array would make two headers.
    message.list = { unsubscribe: [targets] };
    if (targets.some((t) => t.startsWith('https:'))) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  if (mail.image) {
    message.attachments = [{
      filename: TIMELINE_IMAGE.file,
      content: Buffer.from(mail.image),
      contentType: 'image/png',
      cid: TIMELINE_IMAGE.cid,
      contentDisposition: 'inline',
    }];
  }
  return message;
}

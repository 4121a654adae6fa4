import emailAddresses from 'email-addresses';

/** An e-mail address with an optional display name. */
export interface Mailbox {
  /** `local@domain`, as written (domains are compared case-insensitively). */
  address: string;
  name?: string;
}

const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Parses one RFC 5322 mailbox (`bob@example.com`, `Bob <bob@example.com>`,
 * `"Doe, Jane" <jane@example.com>`; UTF-8 allowed, RFC 6532) and checks that it can really be
 * mailed: a domain of dot-separated host labels (or `localhost`), sizes within RFC 5321. Line
 * breaks anywhere are refused: in a header they would start a new header (header injection).
 * Returns the mailbox, or a message that says what is wrong.
 *
 * @example
 * parseMailbox('Bob <bob@example.com>') //=> { address: 'bob@example.com', name: 'Bob' }
 * parseMailbox('bob@example')           //=> 'the domain "example" has no dot …'
 */
export function parseMailbox(input: string): Mailbox | string {
  if (/[\r\n]/.test(input)) return 'contains a line break, which could inject mail headers';
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(input)) return 'contains a control character';
  const text = input.trim();
  if (!text) return 'is empty';
  const parsed = emailAddresses.parseOneAddress({ input: text, rfc6532: true });
  if (!parsed) return 'is not an e-mail address (expected name@example.com or Name <name@example.com>)';
  if (parsed.type === 'group') return 'is a group; list its addresses one by one';
  const { local, domain, address } = parsed;
  if (local.length > 64) return 'has a local part longer than 64 characters';
  if (address.length > 254) return 'is longer than 254 characters';
  if (domain.startsWith('[')) return 'has an IP address instead of a domain';
  if (domain.toLowerCase() !== 'localhost') {
    const labels = domain.split('.');
    if (labels.length < 2) return `has a domain "${domain}" without a dot (a typo for ${domain}.com?)`;
    if (domain.length > 253 || !labels.every((l) => LABEL.test(l))) return `has an invalid domain "${domain}"`;
  }
  const name = parsed.name?.trim();
  return name ? { address, name } : { address };
}

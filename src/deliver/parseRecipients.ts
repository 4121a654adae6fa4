import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { parseMailbox, type Mailbox } from './parseMailbox.js';

/** A list of recipients as the user gave it: a `--to` value or the text of a `--to-file`. */
export interface RecipientSource {
  /** Shown in diagnostics: the file name, or `--to`. */
  name: string;
  text: string;
  /** `file`: one or more addresses per line, `#` starts a comment line. */
  kind: 'flag' | 'file';
}

/** Valid, de-duplicated recipients in the order given, with every problem found. */
export interface ParsedRecipients {
  recipients: Mailbox[];
  diagnostics: Diagnostic[];
  /** How many entries were refused (errors). */
  invalid: number;
}

/**
 * Parses recipient lists: comma-separated mailboxes (commas inside quotes or angle brackets do
 * not split), from `--to` values and `--to-file` files (one or more per line; blank lines and
 * lines starting with `#` are skipped). Each bad entry is an error diagnostic with its place; a
 * repeated address (compared case-insensitively) is a warning pointing at the first, and is kept
 * once. Pure.
 *
 * @example
 * parseRecipients([{ name: '--to', kind: 'flag', text: 'a@example.com, "Doe, Jane" <j@example.com>' }]).recipients
 * //=> [{ address: 'a@example.com' }, { address: 'j@example.com', name: 'Doe, Jane' }]
 */
export function parseRecipients(sources: readonly RecipientSource[]): ParsedRecipients {
  const recipients: Mailbox[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, { file: string; line: number; column: number }>();
  let invalid = 0;
  for (const source of sources) {
    const lines = source.kind === 'file' ? source.text.split(/\r?\n/) : [source.text];
    lines.forEach((lineText, i) => {
      if (source.kind === 'file' && (/^\s*#/.test(lineText) || !lineText.trim())) return;
      for (const { text, offset } of splitList(lineText)) {
        if (!text.trim()) continue;
        const at = { file: source.name, line: i + 1, column: offset + (text.length - text.trimStart().length) + 1 };
        const parsed = parseMailbox(text);
        if (typeof parsed === 'string') {
          invalid++;
          const rule = parsed.includes('line break') ? 'header-injection' : 'invalid-address';
          diagnostics.push({ ...at, severity: 'error', ruleId: rule, message: `"${text.trim().replace(/[\r\n]/g, '⏎')}" ${parsed}; not sent to it` });
          continue;
        }
        const key = parsed.address.toLowerCase();
        const first = seen.get(key);
        if (first) {
          diagnostics.push({ ...at, severity: 'warning', ruleId: 'duplicate-recipient', message: `${parsed.address} is listed more than once; it gets one message`, cause: first });
          continue;
        }
        seen.set(key, at);
        recipients.push(parsed);
      }
    });
  }
  return { recipients, diagnostics, invalid };
}

/** Splits at commas outside quotes, angle brackets and comments; keeps each piece's offset. */
function splitList(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"' && !comment) quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') comment++;
    else if (c === ')' && comment) comment--;
    else if (c === '<' && !comment) angle++;
    else if (c === '>' && angle && !comment) angle--;
    else if ((c === ',' || c === ';') && !angle && !comment) {
      out.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}

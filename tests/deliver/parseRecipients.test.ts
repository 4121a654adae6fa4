import { describe, expect, it } from 'vitest';
import { parseMailbox } from '../../src/deliver/parseMailbox.js';
import { parseRecipients } from '../../src/deliver/parseRecipients.js';

describe('parseMailbox', () => {
  it('takes bare addresses, display names, quoted names with commas and UTF-8', () => {
    expect(parseMailbox('bob@example.com')).toEqual({ address: 'bob@example.com' });
    expect(parseMailbox('  Bob Smith <bob@example.com> ')).toEqual({ address: 'bob@example.com', name: 'Bob Smith' });
    expect(parseMailbox('"Doe, Jane" <jane@example.com>')).toEqual({ address: 'jane@example.com', name: 'Doe, Jane' });
    expect(parseMailbox('José Núñez <jose@exämple.com>')).toEqual({ address: 'jose@exämple.com', name: 'José Núñez' });
    expect(parseMailbox('root@localhost')).toEqual({ address: 'root@localhost' });
    expect(parseMailbox('a+tag@mail.example.co.uk')).toEqual({ address: 'a+tag@mail.example.co.uk' });
  });

  it('refuses what cannot be mailed, saying why', () => {
    expect(parseMailbox('bob')).toMatch(/is not an e-mail address/);
    expect(parseMailbox('bob@@example.com')).toMatch(/is not an e-mail address/);
    expect(parseMailbox('bob@example')).toMatch(/domain "example" without a dot/);
    expect(parseMailbox('bob@exa_mple.com')).toMatch(/invalid domain/);
    expect(parseMailbox('bob@[127.0.0.1]')).toMatch(/IP address/);
    expect(parseMailbox(`${'x'.repeat(65)}@example.com`)).toMatch(/longer than 64/);
    expect(parseMailbox('team: a@example.com, b@example.com;')).toMatch(/is a group/);
    expect(parseMailbox('')).toMatch(/is empty/);
  });

  it('refuses line breaks and control characters anywhere (header injection)', () => {
    expect(parseMailbox('Bob\r\nBcc: x@example.com <bob@example.com>')).toMatch(/line break/);
    expect(parseMailbox('bob@example.com\n')).toMatch(/line break/);
    expect(parseMailbox('Bob\u0000 <bob@example.com>')).toMatch(/control character/);
  });
});

describe('parseRecipients', () => {
  it('splits at commas and semicolons outside quotes, brackets and comments', () => {
    const r = parseRecipients([{ name: '--to', kind: 'flag', text: 'a@example.com, "Doe, Jane" <j@example.com>;b@example.com (B, the second)' }]);
    expect(r.recipients).toEqual([{ address: 'a@example.com' }, { address: 'j@example.com', name: 'Doe, Jane' }, { address: 'b@example.com' }]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reads files line by line, skipping comments and blank lines, with positions for problems', () => {
    const text = '# readers\n\nann@example.com\n  bad@@example.com\nbob@example.com, carl@example\r\nANN@example.com\n';
    const r = parseRecipients([{ name: 'readers.txt', kind: 'file', text }, { name: '--to', kind: 'flag', text: 'bob@example.com' }]);
    expect(r.recipients.map((m) => m.address)).toEqual(['ann@example.com', 'bob@example.com']);
    expect(r.invalid).toBe(2);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.ruleId])).toEqual([
      ['readers.txt', 4, 3, 'error', 'invalid-address'],
      ['readers.txt', 5, 18, 'error', 'invalid-address'],
      ['readers.txt', 6, 1, 'warning', 'duplicate-recipient'],
      ['--to', 1, 1, 'warning', 'duplicate-recipient'],
    ]);
    expect(r.diagnostics[2]!.cause).toEqual({ file: 'readers.txt', line: 3, column: 1 });
  });

  it('marks a line break inside a flag value as header injection', () => {
    const r = parseRecipients([{ name: '--to', kind: 'flag', text: 'Eve\nBcc: all@example.com <eve@example.com>' }]);
    expect(r.recipients).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'header-injection' });
  });

  it('an empty list is empty, not an error', () => {
    expect(parseRecipients([{ name: 'r.txt', kind: 'file', text: '# nobody yet\n' }])).toEqual({ recipients: [], diagnostics: [], invalid: 0 });
  });
});

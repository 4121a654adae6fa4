import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/deliver/createProgress.js';

function stream(tty: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY: tty, columns: 80 });
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString()));
  return { s, text: () => text };
}

function run(tty: boolean): string {
  const { s, text } = stream(tty);
  const p = createProgress<{ to: string }>(s, 3, { tty });
  p.event({ type: 'done', result: { job: { to: 'a@x.com' }, status: 'sent', attempts: 1, info: { response: '250 2.0.0 queued' } } });
  p.event({ type: 'retry', job: { to: 'b@x.com' }, attempt: 1, delayMs: 1500, failure: { kind: 'temporary', connection: false, message: '451 later' } });
  p.event({ type: 'done', result: { job: { to: 'b@x.com' }, status: 'failed', attempts: 2, failure: { kind: 'permanent', connection: false, message: '550 no' } } });
  p.event({ type: 'done', result: { job: { to: 'c@x.com' }, status: 'not-attempted', reason: 'interrupted' } });
  p.stop();
  return text();
}

describe('createProgress', () => {
  it('prints one line per recipient when not on a TTY', () => {
    expect(run(false)).toBe([
      'sent     1/3 a@x.com (250 2.0.0 queued)',
      'retry    b@x.com: 451 later (attempt 1 failed; next in 1.5 s)',
      'failed   2/3 b@x.com: 550 no (permanent, 2 attempts)',
      'not sent 3/3 c@x.com: interrupted',
      '',
    ].join('\n'));
  });

  it('draws a bar on a TTY, with retries and failures printed above it', () => {
    const out = run(true);
    expect(out).toMatch(/sending █+ 3\/3 · 2 failed/);
    expect(out).toContain('retry    b@x.com: 451 later');
    expect(out).toContain('failed   2/3 b@x.com: 550 no');
    expect(out).not.toContain('sent     1/3');
  });
});

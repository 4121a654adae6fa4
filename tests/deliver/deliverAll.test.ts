import { describe, expect, it } from 'vitest';
import { deliverAll, type AcceptInfo, type DeliveryEvent } from '../../src/deliver/deliverAll.js';

// The transport is the seam here: these scripted senders cover orderings a real server cannot be
// made to produce on cue. Everything a server can do is tested against smtp-server in send.test.ts.
const ok = (to: string): AcceptInfo => ({ accepted: [to], rejected: [], response: '250 OK', messageId: `<${to}>` });
const err = (fields: object): Error => Object.assign(new Error('failed'), fields);
const jobs = (...to: string[]) => to.map((t) => ({ to: t }));
const retries = { max: 3, backoffMs: 1 };

describe('deliverAll', () => {
  it('retries temporary failures with growing backoff, never after acceptance', async () => {
    const calls: string[] = [];
    const events: DeliveryEvent<{ to: string }>[] = [];
    const { results } = await deliverAll(jobs('a@x.com', 'b@x.com'), {
      concurrency: 2, retries, random: () => 0.5,
      send: async (j) => {
        calls.push(j.to);
        if (j.to === 'a@x.com' && calls.filter((c) => c === 'a@x.com').length < 3) throw err({ code: 'EENVELOPE', responseCode: 451, response: '451 later' });
        return ok(j.to);
      },
      onEvent: (e) => events.push(e),
    });
    expect(results.map((r) => [r.job.to, r.status, r.status === 'sent' ? r.attempts : 0])).toEqual([['a@x.com', 'sent', 3], ['b@x.com', 'sent', 1]]);
    expect(events.filter((e) => e.type === 'retry').map((e) => (e.type === 'retry' ? e.delayMs : 0))).toEqual([1, 2]);
  });

  it('counts a recipient in info.rejected as failed', async () => {
    const { results } = await deliverAll(jobs('a@x.com'), {
      concurrency: 1, retries,
      send: async () => ({ accepted: [], rejected: ['a@x.com'], rejectedErrors: [err({ code: 'EENVELOPE', responseCode: 550, response: '550 no' })] }),
    });
    expect(results[0]).toMatchObject({ status: 'failed', attempts: 1, failure: { kind: 'permanent', message: '550 no' } });
  });

  it('stops on a fatal failure: the rest are not attempted', async () => {
    let sent = 0;
    const { results, fatal } = await deliverAll(jobs('a@x.com', 'b@x.com', 'c@x.com'), {
      concurrency: 1, retries,
      send: async () => {
        sent++;
        throw err({ code: 'EAUTH', responseCode: 535, response: '535 no' });
      },
    });
    expect(sent).toBe(1);
    expect(fatal?.kind).toBe('fatal');
    expect(results.map((r) => r.status)).toEqual(['failed', 'not-attempted', 'not-attempted']);
  });

  it('stops when the server stays unreachable after the retries', async () => {
    const { results } = await deliverAll(jobs('a@x.com', 'b@x.com'), {
      concurrency: 1, retries,
      send: async () => {
        throw err({ code: 'ESOCKET', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
      },
    });
    expect(results.map((r) => r.status)).toEqual(['failed', 'not-attempted']);
    expect(results[0]).toMatchObject({ attempts: 4 });
  });

  it('a failure to record an accepted message stops the batch without resending it', async () => {
    const calls: string[] = [];
    await expect(deliverAll(jobs('a@x.com', 'b@x.com'), {
      concurrency: 1, retries,
      send: async (j) => {
        calls.push(j.to);
        return ok(j.to);
      },
      onAccepted: async () => {
        throw new Error('ENOSPC');
      },
    })).rejects.toThrow('ENOSPC');
    expect(calls).toEqual(['a@x.com']);
  });

  it('an interrupt lets the message in flight finish and starts no more', async () => {
    const stop = new AbortController();
    const { results } = await deliverAll(jobs('a@x.com', 'b@x.com', 'c@x.com'), {
      concurrency: 1, retries, signal: stop.signal,
      send: async (j) => {
        stop.abort();
        return ok(j.to);
      },
    });
    expect(results.map((r) => r.status)).toEqual(['sent', 'not-attempted', 'not-attempted']);
    expect(results[1]).toMatchObject({ reason: 'interrupted' });
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SendLedger } from '../../src/deliver/SendLedger.js';
import { tempDir } from '../helpers.js';

const delivery = (to: string) => ({ to, messageId: `<${to}>`, digest: 'sha256:a', sentAt: '2024-05-19T08:00:00.000Z', response: '250 OK' });

describe('SendLedger', () => {
  it('records each delivery in sent.json at once, and a re-opened ledger knows them (any case)', async () => {
    const dir = tempDir();
    const ledger = await SendLedger.open(dir, '2024-W20');
    expect(existsSync(path.join(dir, 'sent.json.lock'))).toBe(true);
    await Promise.all(['a@example.com', 'b@example.com', 'c@example.com'].map((to) => ledger.record(delivery(to))));
    expect(JSON.parse(readFileSync(path.join(dir, 'sent.json'), 'utf8')).deliveries.map((d: { to: string }) => d.to)).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
    await ledger.close();
    expect(readdirSync(dir).sort()).toEqual(['sent.json']);
    const again = await SendLedger.open(dir, '2024-W20');
    expect(again.deliveryTo('B@EXAMPLE.COM')?.messageId).toBe('<b@example.com>');
    expect(again.deliveryTo('d@example.com')).toBeUndefined();
    await again.close();
  });

  it('one holder at a time; a lock left by a dead process is taken over', async () => {
    const dir = tempDir();
    const first = await SendLedger.open(dir, '2024-W20');
    await expect(SendLedger.open(dir, '2024-W20')).rejects.toThrow(/another geodigest send for 2024-W20 is running \(process \d+/);
    await first.close();
    writeFileSync(path.join(dir, 'sent.json.lock'), '2147483646\n');
    const second = await SendLedger.open(dir, '2024-W20');
    expect(readFileSync(path.join(dir, 'sent.json.lock'), 'utf8').trim()).toBe(String(process.pid));
    await second.close();
  });

  it('refuses a broken or foreign ledger rather than sending to everyone again', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sent.json'), '{"schemaVersion":1,');
    await expect(SendLedger.open(dir, '2024-W20')).rejects.toThrow(/sent\.json:1:1: error is not valid JSON.*delete it to send to everyone again \[ledger-invalid\]/);
    writeFileSync(path.join(dir, 'sent.json'), JSON.stringify({ schemaVersion: 1, week: '2024-W19', deliveries: [] }));
    await expect(SendLedger.open(dir, '2024-W20')).rejects.toThrow(/is the ledger of 2024-W19, not of 2024-W20/);
    expect(existsSync(path.join(dir, 'sent.json.lock'))).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'eval', 'evalTimexCli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
const EXCERPT = path.join('tests', 'fixtures', 'te3');

describe('eval:timex', () => {
  it('prints strict and relaxed P/R/F1, type F1 and value F1', () => {
    const r = run(EXCERPT);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^documents 12$/m);
    expect(r.stdout).toMatch(/^strict +P +[\d.]+ +R +[\d.]+ +F1 +[\d.]+$/m);
    expect(r.stdout).toMatch(/^relaxed +P +[\d.]+ +R +[\d.]+ +F1 +[\d.]+$/m);
    expect(r.stdout).toMatch(/^type +F1 +[\d.]+/m);
    expect(r.stdout).toMatch(/^value +F1 +[\d.]+/m);
  });

  it('lists errors of the kinds asked for, with the text around them', () => {
    // The resolver now finds every gold expression of the excerpt: list the value errors, which the
    // excerpt's inconsistent gold keeps.
    const r = run(EXCERPT, '--kind', 'value');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => /^(?:missed|spurious|extent|type|value) +\S+\.tml /.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^value +\S+\.tml +gold ".*" [A-Z]+ \S+ +system ".*" [A-Z]+ \S+ +\| .*\[.*\]/);
  });

  it('prints JSON with the counts behind the scores', () => {
    const r = run(EXCERPT, '--json');
    const j = JSON.parse(r.stdout) as { documents: number; gold: number; relaxedMatches: number; valueF1: number; errors?: unknown };
    expect(j.documents).toBe(12);
    expect(j.gold).toBe(91);
    expect(j.relaxedMatches).toBeGreaterThan(0);
    expect(j.errors).toBeUndefined();
  });

  it('with --explain, sorts the errors into the corpus disagreeing with itself and the rest', () => {
    const r = run(EXCERPT, '--explain');
    expect(r.status).toBe(0);
    const value = r.stdout.match(/^wrong value +(\d+): (\d+) the gold gives this phrase elsewhere, (\d+) another date of the same form, (\d+) other$/m);
    expect(value).not.toBeNull();
    const [, all = NaN, a = NaN, b = NaN, c = NaN] = (value as RegExpMatchArray).map(Number);
    expect(a + b + c).toBe(all);
    expect(r.stdout).toMatch(/^spurious +\d+: \d+ the gold tags this phrase elsewhere, \d+ never tagged$/m);
    expect(r.stdout).toMatch(/^missed +\d+: \d+ the gold leaves this phrase untagged elsewhere, \d+ other$/m);
    const j = JSON.parse(run(EXCERPT, '--json', '--explain').stdout) as { explanation: Record<string, number> };
    expect(Object.keys(j.explanation)).toContain('valueGoldElsewhere');
  });

  it('refuses a missing folder or an unknown error kind with exit code 2', () => {
    expect(run('no/such/folder').status).toBe(2);
    expect(run(EXCERPT, '--kind', 'wrong').stderr).toMatch(/--kind wrong: use missed, spurious, extent, type, value/);
    expect(run().status).toBe(2);
  });
});

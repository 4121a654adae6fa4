import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { createProgressBar } from '../../src/commands/createProgressBar.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { captureIO, ROOT, SEED_FILE, tempDir } from '../helpers.js';
import { startFeedServer, type FeedServer } from './feedServer.js';

const MIXED = path.join('tests', 'fixtures', 'ingest', 'mixed');

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

interface TimelineJson { events: { sources: { article: string }[] }[] }

describe('geodigest build: input', () => {
  it('digests a folder mixing every format into one digest, reporting the one bad line', async () => {
    const out = tempDir();
    const io = captureIO(ROOT);
    const code = await main(['build', '--input', MIXED, '--out', out], io);
    expect(code, io.err()).toBe(1);
    const err = io.err();
    expect(err).toContain(`${MIXED}/wires.jsonl:2:43: error line 2 is not valid JSON (comma expected); that line was skipped, the others are read [bad-json]`);
    expect(err).toMatch(/\nread 10 articles, skipped 1 \(see above\)\n$/);
    expect(io.out()).toMatch(/^2024-W20: \d+ events/);
    expect(readdirSync(out)).toEqual(['2024-W20']);
    const timeline = JSON.parse(readFileSync(path.join(out, '2024-W20', 'timeline.json'), 'utf8')) as TimelineJson;
    const articles = new Set(timeline.events.flatMap((e) => e.sources.map((s) => s.article)));
    // Events from every format: text, Markdown, JSON, JSON Lines, RSS, Atom, HTML.
    for (const id of ['2024-05-14-putin-china', '2024-05-13-blinken-kyiv', 'world-briefs#1', 'wires#1', 'asia-feed#1', 'africa#1', 'saved-page']) {
      expect(articles, id).toContain(id);
    }
    expect(await main(['build', '--input', MIXED, '--out', out, '--allow-skipped'], captureIO(ROOT))).toBe(0);
  });

  it('reads feeds given with --feed (only them without --input), and reports a failing one', async () => {
    const out = tempDir();
    const io = captureIO(ROOT);
    const code = await main(['build', '--feed', server.url('/asia.xml'), '--feed', server.url('/error'), '--out', out], io);
    expect(code, io.err()).toBe(1);
    expect(io.err()).toContain(`${server.url('/error')}:1:1: error cannot read the feed: the server answered HTTP 500 Internal Server Error`);
    expect(io.err()).toMatch(/read 2 articles, skipped 1 \(see above\)/);
    const both = captureIO(ROOT);
    expect(await main(['build', '--input', path.dirname(SEED_FILE), '--feed', server.url('/asia.xml'), '--out', out], both)).toBe(0);
    expect(both.err()).toMatch(/read 3 articles, skipped 0/);
    expect(await main(['build', '--feed', 'ftp://example.com/x', '--out', out], captureIO(ROOT))).toBe(2);
  });

  it('prints diagnostics as JSON lines with --json, ending with a summary', async () => {
    const io = captureIO(ROOT);
    expect(await main(['build', '--input', MIXED, '--out', tempDir(), '--json'], io)).toBe(1);
    const lines = io.err().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toEqual({ summary: { read: 10, skipped: 1, duplicates: 0 } });
    expect(lines).toContainEqual(expect.objectContaining({ file: `${MIXED}/wires.jsonl`, line: 2, column: 43, severity: 'error', ruleId: 'bad-json' }));
    expect(lines.filter((l) => !('summary' in l)).every((l) => typeof l.file === 'string' && typeof l.line === 'number' && typeof l.ruleId === 'string')).toBe(true);
  });

  it('prints only warnings, errors and (when something was skipped) the summary with --quiet', async () => {
    const io = captureIO(ROOT);
    expect(await main(['build', '--input', MIXED, '--out', tempDir(), '--quiet'], io)).toBe(1);
    expect(io.err()).not.toMatch(/ info /);
    expect(io.err().trim().split('\n')).toEqual([expect.stringMatching(/wires\.jsonl:2:43: error/), 'read 10 articles, skipped 1 (see above)']);
    const clean = captureIO(ROOT);
    expect(await main(['build', '--out', tempDir(), '--quiet'], clean)).toBe(0);
    expect(clean.err()).toBe('');
  });

  it('says when the same article was read twice, and exits 1 when nothing could be read', async () => {
    const dir = tempDir();
    copyFileSync(SEED_FILE, path.join(dir, 'a.txt'));
    copyFileSync(SEED_FILE, path.join(dir, 'b.txt'));
    const io = captureIO(dir);
    expect(await main(['build', '--input', '.', '--out', tempDir()], io)).toBe(0);
    expect(io.err()).toMatch(/^b\.txt:6:1: info "Russian president Putin to make state visit to China this week" has the same text as an article read before; it was read once \(first seen at a\.txt:6:1\) \[duplicate-article\]$/m);
    expect(io.err()).toMatch(/read 1 article, skipped 0, 1 duplicate read once/);
    const bad = tempDir();
    writeFileSync(path.join(bad, 'empty.txt'), '');
    const none = captureIO(bad);
    expect(await main(['build', '--input', '.', '--out', tempDir(), '--allow-skipped'], none)).toBe(1);
    expect(none.err()).toMatch(/empty\.txt:1:1: error the file is empty.*\n.*no articles to digest: all 1 skipped/);
  });

  it('reports a file it has no permission to read, and digests the rest', (ctx) => {
    // Root reads any file whatever its mode, so as root the CLI runs as "nobody" (uid 65534),
    // for whom chmod 000 means what it means for any user.
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? { uid: 65534, gid: 65534 } : {};
    const probe = spawnSync(process.execPath, ['dist/cli.js', '--version'], { cwd: ROOT, encoding: 'utf8', ...uid });
    if (probe.status !== 0) ctx.skip(`cannot run the CLI as uid 65534 here: ${probe.stderr || probe.error?.message}`);
    const input = tempDir();
    const out = tempDir();
    chmodSync(input, 0o755);
    chmodSync(out, 0o777);
    copyFileSync(SEED_FILE, path.join(input, 'seed.txt'));
    chmodSync(path.join(input, 'seed.txt'), 0o644);
    writeFileSync(path.join(input, '2024-05-14-secret.txt'), 'Secret\n\nNobody may read this.');
    chmodSync(path.join(input, '2024-05-14-secret.txt'), 0o000);
    mkdirSync(path.join(input, 'locked'));
    chmodSync(path.join(input, 'locked'), 0o000);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'build', '--input', '.', '--out', out], { cwd: input, encoding: 'utf8', ...uid });
    expect(r.stderr).toContain('2024-05-14-secret.txt:1:1: error cannot open the file (EACCES); check its permissions (chmod a+r) [unreadable]');
    expect(r.stderr).toContain('locked:1:1: error cannot read the folder (EACCES); check its permissions [unreadable]');
    expect(r.stderr).toMatch(/read 1 article, skipped 2 \(see above\)/);
    expect(r.status).toBe(1);
    expect(existsSync(path.join(out, '2024-W20', 'digest.html'))).toBe(true);
  });

  it('documents the input flags, with examples, in --help', async () => {
    const io = captureIO(ROOT);
    expect(await main(['build', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--feed URL/);
    expect(io.out()).toMatch(/--allow-skipped/);
    expect(io.out()).toMatch(/--json/);
    expect(io.out()).toMatch(/Examples:\n(?:  geodigest build.*\n){4,}/);
  });
});

describe('progress bar', () => {
  const tty = () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    return { stream, text: () => text };
  };

  it('draws on a terminal for long reads, and clears itself', () => {
    const t = tty();
    const bar = createProgressBar(t.stream, { enabled: true, delayMs: 0 });
    for (let i = 1; i <= 50; i++) bar.update({ done: i, total: 100, current: `/news/a${i}.txt` });
    bar.stop();
    expect(t.text()).toMatch(/reading █+░+ \d+\/100 a\d+\.txt/);
  });

  it('stays quiet off a terminal, with --quiet or --json, and for short reads', () => {
    const pipe = new PassThrough();
    let written = '';
    pipe.on('data', (c: Buffer) => (written += c.toString()));
    const plain = createProgressBar(pipe, { enabled: true, delayMs: 0 });
    plain.update({ done: 1, total: 2, current: 'a.txt' });
    plain.stop();
    const t = tty();
    const off = createProgressBar(t.stream, { enabled: false, delayMs: 0 });
    off.update({ done: 1, total: 2, current: 'a.txt' });
    const short = createProgressBar(t.stream, { enabled: true });
    short.update({ done: 1, total: 2, current: 'a.txt' });
    short.update({ done: 2, total: 2, current: 'b.txt' });
    short.stop();
    expect(written).toBe('');
    expect(t.text()).toBe('');
  });
});

describe('geodigest init', () => {
  it('writes a starter config and an example article that build digests, and never overwrites without --force', async () => {
    const dir = tempDir();
    const io = captureIO(dir);
    expect(await main(['init', '--timezone', 'Europe/Paris'], io)).toBe(0);
    const article = readdirSync(path.join(dir, 'articles'));
    expect(article).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}-example\.md$/)]);
    expect(io.out()).toMatch(/wrote geodigest\.config\.yaml\nwrote articles\/.*-example\.md\n\nNext: geodigest build/);
    const { config } = loadConfig(dir);
    expect(config.input).toMatchObject({ path: 'articles', timeZone: 'Europe/Paris', maxFileMegabytes: 64 });
    const build = captureIO(dir);
    expect(await main(['build'], build), build.err()).toBe(0);
    expect(build.err()).toBe('read 1 article, skipped 0\n');
    const again = captureIO(dir);
    writeFileSync(path.join(dir, 'geodigest.config.yaml'), 'out: mine\n');
    expect(await main(['init'], again)).toBe(2);
    expect(again.err()).toMatch(/geodigest\.config\.yaml exists, left as it is \(--force overwrites it\)/);
    expect(readFileSync(path.join(dir, 'geodigest.config.yaml'), 'utf8')).toBe('out: mine\n');
    expect(await main(['init', '--force', '--timezone', 'Europe/Paris'], captureIO(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'geodigest.config.yaml'), 'utf8')).toMatch(/^# geodigest configuration/);
  });

  it('writes into a named folder, refuses a bad zone, and has --help with examples', async () => {
    const dir = tempDir();
    expect(await main(['init', 'project'], captureIO(dir))).toBe(0);
    expect(existsSync(path.join(dir, 'project', 'geodigest.config.yaml'))).toBe(true);
    expect(await main(['init', '--timezone', 'Mars/Base'], captureIO(dir))).toBe(2);
    const help = captureIO(dir);
    expect(await main(['init', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/Usage: geodigest init[\s\S]*Examples:\n  geodigest init\n/);
    const top = captureIO(dir);
    await main(['--help'], top);
    expect(top.out()).toMatch(/  init {6}write a starter config and an example article/);
  });
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { SCHEMA_PATH } from '../../src/paths.js';
import { writeScaledCorpus } from '../../src/bench/writeScaledCorpus.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { fixture } from '../events/fixture.js';
import { captureIO, ROOT, SEED_FILE, seedArticle, tempDir } from '../helpers.js';

const FILES = ['digest.mjml', 'digest.html', 'digest.txt', 'report.md', 'timeline.json'];

describe('geodigest build', () => {
  it('writes the five files for the seed week, with a timeline that fits the schema', async () => {
    const out = tempDir();
    const io = captureIO(ROOT);
    const code = await main(['build', '--out', out], io);
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/^2024-W20: \d+ events/);
    for (const f of FILES) expect(existsSync(path.join(out, '2024-W20', f)), f).toBe(true);
    const timeline = JSON.parse(readFileSync(path.join(out, '2024-W20', 'timeline.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(validate(timeline), JSON.stringify(validate.errors)).toBe(true);
    expect(timeline.events.find((e: { start: string; end: string }) => e.start === '2024-05-16' && e.end === '2024-05-17')).toBeTruthy();
    expect(timeline.events.find((e: { start: string; title: string }) => e.start === '2024-05-20' && /inaugurat/i.test(e.title))).toBeTruthy();
  });

  it('keeps going past an article without a date, names it, says how to fix it, and exits 1', async () => {
    const input = tempDir();
    const out = tempDir();
    copyFileSync(SEED_FILE, path.join(input, 'seed.txt'));
    writeFileSync(path.join(input, 'undated.txt'), 'Undated\n\nSomething happened on Thursday.');
    const io = captureIO(input);
    const code = await main(['build', '--input', '.', '--out', out], io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/^undated\.txt:1:1: error no publication date.*\[missing-date\]/ms);
    expect(io.err()).toMatch(/--reference-date/);
    expect(io.err()).toMatch(/read 1 article, skipped 1 \(see above\)/);
    expect(existsSync(path.join(out, '2024-W20', 'digest.html'))).toBe(true);
    expect(await main(['build', '--input', '.', '--out', out, '--allow-skipped'], captureIO(input))).toBe(0);
  });

  it('reads an undated file with --reference-date', async () => {
    const input = tempDir();
    writeFileSync(path.join(input, 'undated.txt'), 'Undated\n\nThe president will visit Paris on Thursday.');
    const io = captureIO(input);
    expect(await main(['build', '--input', '.', '--out', tempDir(), '--reference-date', '2024-05-14'], io)).toBe(0);
  });

  it('refuses bad flags with usage errors (exit 2)', async () => {
    expect(await main(['build', '--week', '2024-20', '--out', tempDir()], captureIO(ROOT))).toBe(2);
    expect(await main(['build', '--timezone', 'Mars/Base'], captureIO(ROOT))).toBe(2);
    expect(await main(['build', '--nope'], captureIO(ROOT))).toBe(2);
    expect(await main(['frobnicate'], captureIO(ROOT))).toBe(2);
  });

  it('takes settings from a config file, flags winning', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'geodigest.config.yaml'), `input:\n  path: ${path.join(ROOT, 'seeds')}\nout: built\ndigest:\n  title: Config title\n`);
    expect(await main(['build'], captureIO(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'built', '2024-W20', 'digest.txt'), 'utf8')).toMatch(/^Config title\n/);
    expect(await main(['build', '--title', 'Flag title'], captureIO(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'built', '2024-W20', 'digest.txt'), 'utf8')).toMatch(/^Flag title\n/);
    writeFileSync(path.join(dir, 'geodigest.config.yaml'), 'digest:\n  colour: red\n');
    const io = captureIO(dir);
    expect(await main(['build'], io)).toBe(2);
    expect(io.err()).toMatch(/geodigest\.config\.yaml:2:3: error unknown setting "colour"/);
  });

  it('digests a big folder on worker threads exactly as on one (--threads)', async () => {
    const base = [seedArticle(), ...['2024-05-15-putin-beijing-shanghai-desk.txt', '2024-05-18-putin-xi-wrap-up.txt', '2024-05-19-week-ahead.txt'].map(fixture)];
    const input = writeScaledCorpus(path.join(tempDir(), 'news'), base, 30, parseIsoWeek('2024-W20')!).dir;
    const timelines = [];
    for (const threads of ['1', '2']) {
      const out = tempDir();
      const io = captureIO(input);
      expect(await main(['build', '--input', '.', '--out', out, '--threads', threads], io), io.err()).toBe(0);
      expect(io.err()).toMatch(/read 120 articles/);
      timelines.push(readFileSync(path.join(out, '2024-W20', 'timeline.json'), 'utf8'));
    }
    expect(JSON.parse(timelines[0]!).events.length).toBeGreaterThan(10);
    expect(timelines[1]).toBe(timelines[0]);
    expect(await main(['build', '--threads', '0'], captureIO(ROOT))).toBe(2);
    expect(await main(['build', '--threads', 'many'], captureIO(ROOT))).toBe(2);
  }, 60_000);

  it('builds the week asked for', async () => {
    const out = tempDir();
    expect(await main(['build', '--out', out, '--week', '2024-W21'], captureIO(ROOT))).toBe(0);
    const timeline = JSON.parse(readFileSync(path.join(out, '2024-W21', 'timeline.json'), 'utf8'));
    expect(timeline.week).toEqual({ id: '2024-W21', start: '2024-05-20', end: '2024-05-26' });
    // From an article of the week before, only what happens in W21 or later is kept.
    expect(timeline.events.map((e: { start: string }) => e.start)).toEqual(['2024-05-20']);
  });
});

describe('the installed binary', () => {
  it('prints help and version', () => {
    const help = spawnSync(process.execPath, ['dist/cli.js', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: geodigest <command>/);
    const version = spawnSync(process.execPath, ['dist/cli.js', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const buildHelp = spawnSync(process.execPath, ['dist/cli.js', 'build', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(buildHelp.stdout).toMatch(/--week YYYY-Www/);
  });

  it('README shows every command\'s --help exactly as the binary prints it', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const command of [[], ['build'], ['send'], ['preview'], ['init'], ['timex']]) {
      const help = spawnSync(process.execPath, ['dist/cli.js', ...command, '--help'], { cwd: ROOT, encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(readme.includes(`\`\`\`text\n${help.stdout.trimEnd()}\n\`\`\``), `README.md: update the help of "geodigest ${command.join(' ')}"`).toBe(true);
    }
  });

  it('stops quietly when the reader closes the pipe early (`| head`)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, 'Putin will visit China on Thursday and meet Xi on Friday.\n'.repeat(4000));
    // `head -c 10` closes its end after ten bytes; the CLI's later writes then meet EPIPE.
    const piped = spawnSync('bash', ['-c', `set -o pipefail; node dist/cli.js timex '${file}' --reference-date 2024-05-14 | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(piped.stdout).toBe('{"timexes"');
    expect(piped.stderr).not.toMatch(/EPIPE|Error/);
    expect(piped.status).toBe(0);
  });

  it('prints timexes for a file as JSON', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'timex', SEED_FILE, '--reference-date', '2024-05-14', '--timezone', 'Europe/London'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { timexes } = JSON.parse(r.stdout);
    const text = readFileSync(SEED_FILE, 'utf8');
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(timexes.find((t: { text: string }) => t.text === 'Thursday').value).toBe('2024-05-16');
  });

  it('reads stdin for timex', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'timex', '-', '--reference-date', '2024-05-14'], { cwd: ROOT, encoding: 'utf8', input: 'They met on Thursday.' });
    expect(JSON.parse(r.stdout).timexes[0]).toMatchObject({ text: 'Thursday', value: '2024-05-09', start: 12, end: 20 });
    const bad = spawnSync(process.execPath, ['dist/cli.js', 'timex', '-'], { cwd: ROOT, encoding: 'utf8', input: 'x' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--reference-date/);
  });
});

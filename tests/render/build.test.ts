import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { formatEventTime } from '../../src/render/formatEventTime.js';
import { captureIO, ROOT, tempDir } from '../helpers.js';

const FILES = ['digest.mjml', 'digest.html', 'digest.txt', 'report.md', 'timeline.json', 'events.ics', 'timeline.svg', 'timeline.png'];

describe('geodigest build: the digest files and render settings', () => {
  it('writes all eight files for the seed, the email showing timeline.png and the report timeline.svg', async () => {
    const out = tempDir();
    const io = captureIO(ROOT);
    expect(await main(['build', '--out', out], io), io.err()).toBe(0);
    const dir = path.join(out, '2024-W20');
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    for (const f of FILES) expect(readFileSync(path.join(dir, f)).length, f).toBeGreaterThan(100);
    const img = /<img\s[^>]*>/.exec(read('digest.html'))?.[0] ?? '';
    expect(img).toContain('src="timeline.png"');
    expect(img).toMatch(/alt="Timeline of 13–26 May: [^"]*Putin[^"]*"/);
    expect(read('report.md')).toMatch(/^!\[Timeline of 13–26 May: .+\]\(<timeline\.svg>\)$/m);
    expect(read('events.ics')).toContain('DTSTART;VALUE=DATE:20240516');
    expect(read('digest.txt')).toContain('Week 20 · 13–19 May 2024');
    expect(io.err()).not.toMatch(/email-clipped/);
  });

  it('takes title, accent, sections, item cap, locale, zone, sender and unsubscribe link from flags over the config file', async () => {
    const cwd = tempDir();
    const out = tempDir();
    writeFileSync(path.join(cwd, 'geodigest.config.yaml'), `input:\n  path: ${path.join(ROOT, 'seeds')}\ndigest:\n  title: From the file\n  accent: "#225588"\n  sections: [earlier]\n  unsubscribeUrl: https://example.com/leave\nemail:\n  senderName: The File Desk\n`);
    const io = captureIO(cwd);
    const code = await main(['build', '--out', out, '--title', 'Flag title', '--sections', 'ahead,this-week', '--max-items', '1', '--locale', 'en-US', '--display-timezone', 'Asia/Shanghai', '--sender-name', 'The Flag Desk'], io);
    expect(code, io.err()).toBe(0);
    const html = readFileSync(path.join(out, '2024-W20', 'digest.html'), 'utf8');
    const text = readFileSync(path.join(out, '2024-W20', 'digest.txt'), 'utf8');
    expect(html).toContain('<title>Flag title · Week 20 · May 13–19, 2024</title>');
    expect(html).toContain('color:#225588');
    expect(html.indexOf('>Ahead<')).toBeLessThan(html.indexOf('>This week<'));
    expect(html).not.toContain('Earlier / background');
    expect(html).toMatch(/1 more in the full report/);
    expect(text).toContain('Mon, May 20');
    expect(text).toMatch(/shown in\s+Asia\/Shanghai/);
    expect(text).toContain('You receive Flag title from The Flag Desk.');
    expect(html).toContain('href="https:&#x2F;&#x2F;example.com&#x2F;leave"');
  });

  it.each([
    [['--accent', 'red'], /--accent red is not a colour; write it as #RRGGBB/],
    [['--sections', 'ahead,later'], /unknown section "later"; choose from this-week, ahead, earlier/],
    [['--max-items', '0'], /--max-items 0 must be a whole number from 1 to 500/],
    [['--locale', 'not a locale'], /locale not a locale is not a locale/],
    [['--display-timezone', 'Mars/Olympus'], /not an IANA time zone/],
    [['--unsubscribe-url', 'javascript:alert(1)'], /must be an https:, http: or mailto: link/],
  ])('refuses %j with a message that says what to write', async (flags, message) => {
    const io = captureIO(ROOT);
    expect(await main(['build', '--out', tempDir(), ...flags], io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});

describe('formatEventTime', () => {
  it('shows a local time in the digest’s zone, naming the zone when it moved', () => {
    expect(formatEventTime('2024-05-16', '10:30', 'Europe/London', 'Europe/London')).toBe('Thu 16 May, 10:30');
    expect(formatEventTime('2024-05-16', '10:30', 'Europe/London', 'Asia/Shanghai')).toBe('Thu 16 May, 17:30 (Asia/Shanghai)');
    expect(formatEventTime('2024-05-16', '23:30', 'Europe/London', 'Asia/Tokyo')).toBe('Fri 17 May, 07:30 (Asia/Tokyo)');
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/render/buildDigest.js';
import { foldIcsLines } from '../../src/render/foldIcsLines.js';
import { renderIcs } from '../../src/render/renderIcs.js';
import { articleOf } from '../helpers.js';
import { ev, w20 } from './fixtures.js';

const article = { ...articleOf('Putin to visit China\n\nBody.', '2024-05-14', 'Europe/London', 'putin.txt'), url: 'https://example.com/putin', source: 'Wire' };
const visit = ev({ id: 'putin.txt#1-visit', title: 'Putin makes a two-day state visit to China; talks, trade & more', sources: [{ article: article.id, quote: 'Putin will make a two-day state visit to China this week.', offset: 0 }] });
const inauguration = ev({ id: 'putin.txt#9-inauguration', title: 'Inauguration of Lai Ching-te', start: '2024-05-20', end: '2024-05-20', places: [{ name: 'Taiwan', kind: 'country' }], sources: [{ article: article.id, quote: 'Monday’s inauguration.', offset: 9 }] });
const speech = ev({ id: 'putin.txt#20-statement', title: 'Xi speaks', start: '2024-05-16', end: '2024-05-16', time: '10:30', status: 'scheduled' });
const ongoing = ev({ id: 'o', title: 'Drills go on', start: '2024-05-10', end: '2024-05-15', status: 'ongoing' });
const past = ev({ id: 'p', title: 'Xi returned', start: '2024-05-10', end: '2024-05-10', status: 'past' });
const weekOnly = ev({ id: 'w', title: 'Talks some day', start: '2024-05-20', end: '2024-05-26', precision: 'week' });
const undated = ev({ id: 'u', title: 'Some day', start: null, end: null, precision: 'unknown' });
const now = new Date('2024-05-14T12:00:00Z');
const ics = renderIcs(buildDigest([past, ongoing, visit, speech, inauguration, weekOnly, undated], [article], w20), { now });
const vcal = new ICAL.Component(ICAL.parse(ics));
const events = vcal.getAllSubcomponents('vevent');
const byUid = new Map(events.map((v) => [String(v.getFirstPropertyValue('uid')), v]));

describe('events.ics', () => {
  it('parses with a real iCalendar parser as a PUBLISH calendar with a name', () => {
    expect(vcal.name).toBe('vcalendar');
    expect(vcal.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics).toMatch(/\r\n/);
  });

  it('holds dated upcoming and ongoing events only, with stable UIDs', () => {
    expect([...byUid.keys()].sort()).toEqual(['o@geodigest', 'putin.txt-1-visit@geodigest', 'putin.txt-20-statement@geodigest', 'putin.txt-9-inauguration@geodigest']);
    expect(renderIcs(buildDigest([visit], [article], w20), { now: new Date() })).toContain('UID:putin.txt-1-visit@geodigest');
  });

  it('writes all-day events as DATE values with an exclusive DTEND', () => {
    const v = byUid.get('putin.txt-1-visit@geodigest')!;
    const start = v.getFirstProperty('dtstart')!;
    expect(start.type).toBe('date');
    expect(String(start.getFirstValue())).toBe('2024-05-16');
    expect(String(v.getFirstPropertyValue('dtend'))).toBe('2024-05-18');
    const one = byUid.get('putin.txt-9-inauguration@geodigest')!;
    expect(String(one.getFirstPropertyValue('dtstart'))).toBe('2024-05-20');
    expect(String(one.getFirstPropertyValue('dtend'))).toBe('2024-05-21');
    const event = new ICAL.Event(v);
    expect(event.duration.toSeconds()).toBe(2 * 24 * 3600);
  });

  it('starts a timed event at its local time, and stamps every event', () => {
    const v = byUid.get('putin.txt-20-statement@geodigest')!;
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(false);
    expect(start.toJSDate().toISOString()).toBe('2024-05-16T09:30:00.000Z'); // 10:30 in London (BST)
    for (const e of events) expect((e.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(now.toISOString());
  });

  it('marks expected events TENTATIVE and ongoing ones CONFIRMED, and keeps text intact', () => {
    expect(byUid.get('putin.txt-1-visit@geodigest')!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(byUid.get('o@geodigest')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const v = byUid.get('putin.txt-1-visit@geodigest')!;
    expect(v.getFirstPropertyValue('summary')).toBe('Putin makes a two-day state visit to China; talks, trade & more');
    expect(v.getFirstPropertyValue('description')).toBe('“Putin will make a two-day state visit to China this week.”\n\nSource: Wire: Putin to visit China https://example.com/putin');
    expect(v.getFirstPropertyValue('url')).toBe('https://example.com/putin');
    expect(byUid.get('putin.txt-9-inauguration@geodigest')!.getFirstPropertyValue('location')).toBe('Taiwan');
  });
});

describe('foldIcsLines', () => {
  it('folds exactly as ical-generator does, at 75 octets and never inside a UTF-8 sequence', async () => {
    const { default: icalGenerator } = await import('ical-generator');
    const cal = icalGenerator({ name: 'x' });
    const long = 'Ünïcödé “quotes” — and emoji 🇺🇦🌍 in a long description that keeps going well past the seventy-five octet limit, twice over, 中文也在这里';
    cal.createEvent({ id: 'a@b', start: new Date('2024-05-16T00:00:00Z'), allDay: true, summary: long, description: `${long}\n${long}`, stamp: now });
    const theirs = cal.toString();
    expect(theirs).toMatch(/\r\n /);
    expect(foldIcsLines(theirs.replace(/\r\n /g, ''))).toBe(theirs);
    for (const line of foldIcsLines(theirs.replace(/\r\n /g, '')).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

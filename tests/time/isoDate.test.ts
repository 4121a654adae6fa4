import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addIsoDays, formatIsoDate, isIsoDate, isoDateInZone } from '../../src/time/isoDate.js';
import { isTimeZone } from '../../src/time/isTimeZone.js';
import { zonedInstant } from '../../src/time/zonedInstant.js';

describe('calendar days', () => {
  it('validates real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-5-1')).toBe(false);
    // The Date constructor reads years 0–99 as 1900–1999; a calendar day of year 50 is still a day.
    expect(isIsoDate('0050-01-01')).toBe(true);
    expect(addIsoDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addIsoDays('0050-03-01', -1)).toBe('0050-02-28');
  });
  it('adds days across months and a DST change', () => {
    expect(addIsoDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addIsoDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('takes the calendar day of an instant in a zone', () => {
    const instant = new Date('2024-05-14T23:30:00Z');
    expect(isoDateInZone(instant, 'Europe/London')).toBe('2024-05-15');
    expect(isoDateInZone(instant, 'America/New_York')).toBe('2024-05-14');
    expect(isoDateInZone(instant, 'Asia/Shanghai')).toBe('2024-05-15');
  });
  it('finds the instant of a wall-clock time in a zone', () => {
    expect(zonedInstant('2024-05-14', '12:00', 'Europe/London').toISOString()).toBe('2024-05-14T11:00:00.000Z');
    expect(zonedInstant('2024-01-14', '12:00', 'Europe/London').toISOString()).toBe('2024-01-14T12:00:00.000Z');
  });
  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('formatIsoDate against date-fns format', () => {
  it('gives what format(date, "yyyy-MM-dd") gives, in the date\'s own zone, for any year', () => {
    const zones = ['UTC', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'];
    const instants = [Date.UTC(2024, 4, 14, 23, 30), Date.UTC(2024, 11, 31, 23, 59), Date.UTC(1989, 0, 1, 0, 0), Date.UTC(999, 5, 9, 12), Date.UTC(10000, 0, 1), Date.UTC(0, 0, 1) - 86_400_000 * 400, Date.UTC(-50, 6, 1)];
    for (const zone of zones) {
      for (const t of instants) {
        const d = new TZDate(t, zone);
        expect(formatIsoDate(d), `${t} ${zone}`).toBe(format(d, 'yyyy-MM-dd'));
      }
    }
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2021, 0, 1); t += 86_400_000 * 3 + 3_600_000) expect(formatIsoDate(new Date(t))).toBe(format(new Date(t), 'yyyy-MM-dd'));
    expect(() => formatIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

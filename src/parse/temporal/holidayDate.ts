import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns';
import { nthWeekday } from './nthWeekday.js';

/** Holidays news English names, fixed or moving (US ones where the name is American). */
export const HOLIDAY_PATTERN =
  "(?:christmas(?:\\s+(?:day|eve))?|new\\s+year['’]?s(?:\\s+(?:day|eve))|independence\\s+day|veterans['’]?\\s+day|armistice\\s+day|remembrance\\s+day|halloween|valentine['’]?s\\s+day|boxing\\s+day|may\\s+day|bastille\\s+day|anzac\\s+day|australia\\s+day|bonfire\\s+night|guy\\s+fawkes\\s+night|hogmanay|st\\.?\\s+patrick['’]?s\\s+day|easter(?:\\s+(?:sunday|monday))?|good\\s+friday|palm\\s+sunday|mothering\\s+sunday|remembrance\\s+sunday|holy\\s+week|(?:maundy|holy)\\s+thursday|holy\\s+saturday|ash\\s+wednesday|pentecost|whit\\s+sunday|ascension\\s+day|passover|rosh\\s+hashanah|yom\\s+kippur|hanukkah|chanukah|(?:chinese|lunar)\\s+new\\s+year|thanksgiving(?:\\s+day)?|black\\s+friday|cyber\\s+monday|memorial\\s+day|labou?r\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents['’]?\\s+day|mother['’]?s\\s+day|father['’]?s\\s+day|election\\s+day|eid\\s+(?:al|ul|el)[-\\s]?(?:fitr|adha))";

const FIXED: Readonly<Record<string, [number, number]>> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'new years day': [1, 1], 'new years eve': [12, 31],
  'independence day': [7, 4], 'veterans day': [11, 11], 'armistice day': [11, 11], 'remembrance day': [11, 11], halloween: [10, 31],
  'valentines day': [2, 14], 'boxing day': [12, 26], 'may day': [5, 1], 'bastille day': [7, 14], 'st patricks day': [3, 17],
  'anzac day': [4, 25], 'australia day': [1, 26], 'bonfire night': [11, 5], 'guy fawkes night': [11, 5], hogmanay: [12, 31],
};

/** Gregorian dates by their day in the Umm al-Qura (Islamic), Hebrew and Chinese calendars, as ICU knows them. */
const CALENDARS = {
  islamic: new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'numeric', day: 'numeric' }),
  hebrew: new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', month: 'long', day: 'numeric' }),
  chinese: new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' }),
};
const calendarDays = new Map<string, UTCDate | undefined>();

/**
 * The first day of a Gregorian year that is the given month ("10", "Nisan") and day of another
 * calendar (a lunar year is shorter: there may be two; the first is taken). A Node built without
 * full ICU falls back to the Gregorian calendar: no such dates then, rather than wrong ones.
 */
function calendarDay(calendar: keyof typeof CALENDARS, year: number, month: string, day: number): UTCDate | undefined {
  const format = CALENDARS[calendar];
  if (!format.resolvedOptions().calendar.startsWith(calendar)) return undefined;
  const key = `${calendar}-${year}-${month}-${day}`;
  if (!calendarDays.has(key)) {
    let found: UTCDate | undefined;
    for (let d = new UTCDate(year, 0, 1); d.getFullYear() === year; d = addDays(d, 1)) {
      const parts = format.formatToParts(d);
      if (parts.find((p) => p.type === 'month')?.value === month && Number(parts.find((p) => p.type === 'day')?.value) === day) {
        found = d;
        break;
      }
    }
    calendarDays.set(key, found);
  }
  return calendarDays.get(key);
}

/** Easter Sunday (Gregorian, the anonymous algorithm). */
function easter(year: number): UTCDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new UTCDate(year, month - 1, day);
}

/** The canonical key of a holiday name ("Thanksgiving Day" → "thanksgiving", "New Year's Day" → "new years day"). */
export function holidayKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^labour/, 'labor')
    .replace(/^thanksgiving day$/, 'thanksgiving')
    .replace(/^easter sunday$/, 'easter')
    .replace(/^holy thursday$/, 'maundy thursday')
    .replace(/^whit sunday$/, 'pentecost')
    .replace(/^chanukah$/, 'hanukkah')
    .replace(/^lunar new year$/, 'chinese new year')
    .replace(/^martin luther king( jr)? day$/, 'mlk day')
    .replace(/^eid (?:al|ul|el)[- ]?(fitr|adha)$/, 'eid al-$1');
}

/**
 * The month and day of a holiday in a year, or `undefined` for a name it does not know.
 *
 * @example
 * holidayDate('Thanksgiving', 1998) //=> { month: 11, day: 26 }
 * holidayDate('Easter', 2024) //=> { month: 3, day: 31 }
 */
export function holidayDate(name: string, year: number): { month: number; day: number } | undefined {
  const key = holidayKey(name);
  const fixed = FIXED[key];
  if (fixed) return { month: fixed[0], day: fixed[1] };
  let d: UTCDate | undefined;
  switch (key) {
    case 'easter': d = easter(year); break;
    case 'easter monday': d = addDays(easter(year), 1); break;
    case 'good friday': d = addDays(easter(year), -2); break;
    case 'palm sunday': d = addDays(easter(year), -7); break;
    // Britain's Mother's Day (the fourth Sunday of Lent) and the Sunday nearest Armistice Day (the second of November).
    case 'mothering sunday': d = addDays(easter(year), -21); break;
    case 'remembrance sunday': d = nthWeekday(year, 11, 0, 2); break;
    case 'maundy thursday': d = addDays(easter(year), -3); break;
    case 'holy saturday': d = addDays(easter(year), -1); break;
    case 'ash wednesday': d = addDays(easter(year), -46); break;
    case 'ascension day': d = addDays(easter(year), 39); break;
    case 'pentecost': d = addDays(easter(year), 49); break;
    case 'thanksgiving': d = nthWeekday(year, 11, 4, 4); break;
    // The shopping days after Thanksgiving.
    case 'black friday': d = addDays(nthWeekday(year, 11, 4, 4), 1); break;
    case 'cyber monday': d = addDays(nthWeekday(year, 11, 4, 4), 4); break;
    case 'memorial day': d = nthWeekday(year, 5, 1, -1); break;
    case 'labor day': d = nthWeekday(year, 9, 1, 1); break;
    case 'mlk day': d = nthWeekday(year, 1, 1, 3); break;
    case 'presidents day': d = nthWeekday(year, 2, 1, 3); break;
    case 'mothers day': d = nthWeekday(year, 5, 0, 2); break;
    case 'fathers day': d = nthWeekday(year, 6, 0, 3); break;
    case 'election day': d = addDays(nthWeekday(year, 11, 1, 1), 1); break;
    // The end of Ramadan (1 Shawwal) and the feast of the sacrifice (10 Dhu al-Hijjah), by the Umm al-Qura calendar.
    case 'eid al-fitr': d = calendarDay('islamic', year, '10', 1); break;
    case 'eid al-adha': d = calendarDay('islamic', year, '12', 10); break;
    // The first day of Passover (15 Nisan), the Jewish New Year (1 Tishri), Yom Kippur (10 Tishri), Hanukkah (25 Kislev).
    case 'passover': d = calendarDay('hebrew', year, 'Nisan', 15); break;
    case 'rosh hashanah': d = calendarDay('hebrew', year, 'Tishri', 1); break;
    case 'yom kippur': d = calendarDay('hebrew', year, 'Tishri', 10); break;
    case 'hanukkah': d = calendarDay('hebrew', year, 'Kislev', 25); break;
    case 'chinese new year': d = calendarDay('chinese', year, '1', 1); break;
    default: return undefined;
  }
  if (!d) return undefined;
  return { month: d.getMonth() + 1, day: d.getDate() };
}

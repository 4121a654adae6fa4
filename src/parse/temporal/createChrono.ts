import * as chrono from 'chrono-node';
import { GatedChrono } from './GatedChrono.js';
import { ENAgoParser } from './parsers/ENAgoParser.js';
import { ENAnaphoricPeriodParser } from './parsers/ENAnaphoricPeriodParser.js';
import { ENCasualDayParser } from './parsers/ENCasualDayParser.js';
import { ENCurrentParser } from './parsers/ENCurrentParser.js';
import { ENDecadeParser } from './parsers/ENDecadeParser.js';
import { ENDurationParser } from './parsers/ENDurationParser.js';
import { ENFourDigitTimeParser } from './parsers/ENFourDigitTimeParser.js';
import { ENHolidayParser } from './parsers/ENHolidayParser.js';
import { ENMonthParser } from './parsers/ENMonthParser.js';
import { ENMonthRangeParser } from './parsers/ENMonthRangeParser.js';
import { ENPeriodCodeParser } from './parsers/ENPeriodCodeParser.js';
import { ENOrdinalDayParser } from './parsers/ENOrdinalDayParser.js';
import { ENWeekOfMonthParser } from './parsers/ENWeekOfMonthParser.js';
import { ENLeadingDayParser } from './parsers/ENLeadingDayParser.js';
import { ENPartOfYearParser } from './parsers/ENPartOfYearParser.js';
import { ENReferenceWordParser } from './parsers/ENReferenceWordParser.js';
import { ENRelativePeriodParser } from './parsers/ENRelativePeriodParser.js';
import { ENSetParser } from './parsers/ENSetParser.js';
import { ENAnniversaryRefiner } from './refiners/ENAnniversaryRefiner.js';
import { ENAttackDateParser } from './parsers/ENAttackDateParser.js';
import { ENNthWeekdayParser } from './parsers/ENNthWeekdayParser.js';
import { ENWeekdayParser } from './parsers/ENWeekdayParser.js';
import { ENYearParser } from './parsers/ENYearParser.js';
import { ENClockDayRefiner } from './refiners/ENClockDayRefiner.js';
import { ENCountAfterDateRefiner } from './refiners/ENCountAfterDateRefiner.js';
import { ENCompoundDurationRefiner } from './refiners/ENCompoundDurationRefiner.js';
import { ENDayListRefiner } from './refiners/ENDayListRefiner.js';
import { ENDayOfRelativePeriodRefiner } from './refiners/ENDayOfRelativePeriodRefiner.js';
import { ENMergeWeekdayDateRefiner } from './refiners/ENMergeWeekdayDateRefiner.js';
import { ENMidnightRefiner } from './refiners/ENMidnightRefiner.js';
import { ENNowAdverbRefiner } from './refiners/ENNowAdverbRefiner.js';
import { ENProperNameRefiner } from './refiners/ENProperNameRefiner.js';
import { ENTenseRefiner } from './refiners/ENTenseRefiner.js';
import { ENUnlikelyChronoResultRefiner } from './refiners/ENUnlikelyChronoResultRefiner.js';
import { ENUnstatedYearRefiner } from './refiners/ENUnstatedYearRefiner.js';
import { ENAnchoredOnDayRefiner } from './refiners/ENAnchoredOnDayRefiner.js';
import { SpecPreservingRefiner } from './refiners/SpecPreservingRefiner.js';

/**
 * chrono's parsers that geodigest's own replace: they resolve weekdays, relative periods and "in
 * five years" by the closest date instead of by tense and TimeML conventions.
 */
const REPLACED_PARSERS = [
  'ENWeekdayParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser', 'ENEndOfCurrentMonthParser', 'ENMonthNameParser',
  'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
];
/**
 * chrono's refiners that must not judge or change geodigest's results: filters drop "1998" as a
 * bare number; the zone extractor reads "1952, West Germany" as 1952 in Western European Summer
 * Time and "For the year, pet food" as Peru Time (it trusts any case when a result has an hour,
 * and geodigest's results carry one).
 */
const GUARDED_REFINERS = ['UnlikelyFormatFilter', 'ENUnlikelyFormatFilter', 'ENEndOfPeriodRefiner', 'ExtractTimezoneAbbrRefiner'];

/**
 * The one place that configures chrono: English casual parsing, with geodigest's parsers for
 * everything TimeML needs that chrono lacks or resolves differently (tried first, so they win
 * ties), and refiners that drop unlikely readings and tag the tense that resolves weekdays and
 * unstated years. chrono keeps explicit dates ("16 May", "June 3, 2019", "1998-08-07"), clock
 * times and its merging of dates, times and ranges.
 */
export function createChrono(): chrono.Chrono {
  const c = chrono.casual.clone();
  const names = (xs: object[]) => new Set(xs.map((x) => x.constructor.name));
  const parserNames = names(c.parsers);
  const refinerNames = names(c.refiners);
  const missing = [...REPLACED_PARSERS.filter((n) => !parserNames.has(n)), ...GUARDED_REFINERS.filter((n) => !refinerNames.has(n))];
  if (missing.length) throw new Error(`createChrono: chrono-node no longer has ${missing.join(', ')}; review src/parse/temporal/createChrono.ts`);
  c.parsers = [
    new ENAttackDateParser(),
    new ENAgoParser(),
    new ENRelativePeriodParser(),
    new ENCasualDayParser(),
    new ENNthWeekdayParser(),
    new ENWeekdayParser(),
    new ENHolidayParser(),
    new ENPartOfYearParser(),
    new ENMonthRangeParser(),
    new ENPeriodCodeParser(),
    new ENWeekOfMonthParser(),
    new ENLeadingDayParser(),
    new ENOrdinalDayParser(),
    new ENAnaphoricPeriodParser(),
    new ENDecadeParser(),
    new ENYearParser(),
    new ENMonthParser(),
    new ENSetParser(),
    new ENReferenceWordParser(),
    new ENFourDigitTimeParser(),
    new ENDurationParser(),
    new ENCurrentParser(),
    ...c.parsers.filter((p) => !REPLACED_PARSERS.includes(p.constructor.name)),
  ];
  c.refiners = [
    new ENCountAfterDateRefiner(),
    new ENUnlikelyChronoResultRefiner(),
    new ENNowAdverbRefiner(),
    new ENProperNameRefiner(),
    ...c.refiners.map((r) => (GUARDED_REFINERS.includes(r.constructor.name) ? new SpecPreservingRefiner(r) : r)),
    new ENMergeWeekdayDateRefiner(),
    new ENCompoundDurationRefiner(),
    new ENAnniversaryRefiner(),
    new ENClockDayRefiner(),
    new ENMidnightRefiner(),
    new ENDayOfRelativePeriodRefiner(),
    new ENUnstatedYearRefiner(),
    new ENDayListRefiner(),
    new ENAnchoredOnDayRefiner(),
    new ENTenseRefiner(),
  ];
  return new GatedChrono({ parsers: c.parsers, refiners: c.refiners });
}

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTH_PATTERN } from '../calendarWords.js';

/** A month and day with one or two digits after a comma, which chrono reads as the year ("March 5, 10"). */
const COUNT_AS_YEAR = new RegExp(String.raw`^(.*?${MONTH_PATTERN}\s*\d{1,2}(?:st|nd|rd|th)?)\s*,\s*\d{1,2}$`, 'i');
/** A month with a digit after a comma that starts a number with thousands ("March, 2" of "In March, 2,000 refugees"). */
const THOUSANDS_AS_DAY = new RegExp(String.raw`^(.*?${MONTH_PATTERN})\s*,\s*\d{1,2}$`, 'i');

/**
 * A count after a date is not part of it: "On March 5, 10 people were killed", "died March 5, 14
 * years after", "By March 1, 20 people had been arrested" (chrono reads 2010, 2014, 2020), "In
 * March, 2,000 refugees crossed" (chrono reads March 2). News writes years with four digits; the
 * result keeps its month and day, and its year is decided as for any date without one.
 */
export class ENCountAfterDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end || !/,\s*\d{1,2}$/.test(r.text)) continue;
      const year = COUNT_AS_YEAR.exec(r.text);
      if (year && r.start.isCertain('year') && r.start.isCertain('day')) {
        r.text = year[1] ?? r.text;
        r.start.delete('year');
        r.start.imply('year', context.refDate.getFullYear());
        continue;
      }
      const day = THOUSANDS_AS_DAY.exec(r.text);
      if (day && r.start.isCertain('day') && /^,\d{3}/.test(context.text.slice(r.index + r.text.length))) {
        r.text = day[1] ?? r.text;
        r.start.delete('day');
        r.start.imply('day', 1);
      }
    }
    return results;
  }
}

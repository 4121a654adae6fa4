import * as chrono from 'chrono-node';
import { ENDurationParser } from './parsers/ENDurationParser.js';
import { ENRelativePeriodParser } from './parsers/ENRelativePeriodParser.js';
import { ENLookBackRefiner } from './refiners/ENLookBackRefiner.js';
import { ENNowAdverbRefiner } from './refiners/ENNowAdverbRefiner.js';
import { ENWeekdayTenseRefiner } from './refiners/ENWeekdayTenseRefiner.js';

/**
 * The one place that configures chrono: English casual parsing plus geodigest's parsers (tried
 * first, so they win ties) and refiners. Parsers and refiners are ordered lists, as in chrono.
 */
export function createChrono(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers.unshift(new ENRelativePeriodParser(), new ENDurationParser());
  // Filters that need to see chrono's raw results run before its own refiners.
  c.refiners.unshift(new ENLookBackRefiner(), new ENNowAdverbRefiner());
  c.refiners.push(new ENWeekdayTenseRefiner());
  return c;
}

import type { CalendarPoint } from './CalendarPoint.js';
import type { SpecContext } from './resolveSpec.js';

/**
 * The day a story is telling when a coarser time was told after it in the same sentence ("On
 * Monday, he went to Hartford, where lawmakers last week passed a bill"), for three sentences on.
 * (A coarser time in a later sentence is a new focus: "up from 56 percent on Thursday. … the
 * highest since April 2010, as of 9:45 a.m." is the publication's morning.)
 *
 * @example
 * storyDay({ dct, lastDay: monday, lastDayAt: 0, lastAt: 0, sentence: 1 }) //=> monday
 */
export function storyDay(ctx: SpecContext): CalendarPoint | undefined {
  return ctx.lastDay && ctx.lastDayAt !== undefined && ctx.lastAt === ctx.lastDayAt && ctx.sentence !== undefined && ctx.sentence - ctx.lastDayAt <= 3 ? ctx.lastDay : undefined;
}

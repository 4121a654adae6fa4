import type { ErrorExplanation } from './explainErrors.js';

/**
 * The `--explain` lines of `eval:timex`: each kind of error split into the corpus's own
 * disagreements and the rest.
 *
 * @example
 * formatExplanation(evaluation.explanation)
 * //=> 'wrong value  222: 125 the gold gives this phrase elsewhere, 50 another date of the same form, 47 other\n…'
 */
export function formatExplanation(x: ErrorExplanation): string {
  const value = x.valueGoldElsewhere + x.valueOtherDate + x.valueOther;
  const spurious = x.spuriousTaggedElsewhere + x.spuriousNeverTagged;
  const missed = x.missedUntaggedElsewhere + x.missedOther;
  return [
    `wrong value  ${value}: ${x.valueGoldElsewhere} the gold gives this phrase elsewhere, ${x.valueOtherDate} another date of the same form, ${x.valueOther} other`,
    `spurious     ${spurious}: ${x.spuriousTaggedElsewhere} the gold tags this phrase elsewhere, ${x.spuriousNeverTagged} never tagged`,
    `missed       ${missed}: ${x.missedUntaggedElsewhere} the gold leaves this phrase untagged elsewhere, ${x.missedOther} other`,
  ].join('\n');
}

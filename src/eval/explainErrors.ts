import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../parse/temporal/calendarWords.js';
import type { ScoredSpan, ScoringDocument, ScoringError } from './scoreTimexes.js';

/** How many errors of each sort there are; see `explainErrors`. */
export interface ErrorExplanation {
  /** A value the gold itself gives the same phrase elsewhere in the corpus (in form: type and value, digits aside). */
  valueGoldElsewhere: number;
  /** A value of the gold's form (both `YYYY-MM-DD`, both `YYYY-Www`) for another date: a wrong anchor, or a gold one. */
  valueOtherDate: number;
  /** Any other wrong value. */
  valueOther: number;
  /** A phrase the gold does not tag here but tags elsewhere in the corpus. */
  spuriousTaggedElsewhere: number;
  spuriousNeverTagged: number;
  /** A phrase the gold tags here but leaves untagged elsewhere, where the system tagged it. */
  missedUntaggedElsewhere: number;
  missedOther: number;
}

const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}(?!\\w)`, 'gi');
const MONTH = new RegExp(`\\b${MONTH_PATTERN}(?!\\w)`, 'gi');

/** A phrase with its particular days, months and digits made general: "last Friday" = "last Monday". */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s.,;:'"`“”‘’]+|[\s.,;:'"`“”‘’]+$/g, '')
    .replace(/^(?:the|a|an|just|about|some|over|in|on|for)\s+/, '')
    .replace(WEEKDAY, 'D')
    .replace(MONTH, 'M')
    .replace(/\d/g, '9');
}

/** A value's form: type and value, digits made general ("DATE 9999-W99"). */
export function valueForm(span: Pick<ScoredSpan, 'type' | 'value'>): string {
  return `${span.type} ${span.value.replace(/\d/g, '9')}`;
}

/**
 * Sorts scoring errors by what the corpus itself says of them, to tell the resolver's mistakes
 * from the annotation's own disagreements: a wrong value that the gold gives the same phrase
 * elsewhere, a spurious phrase the gold tags elsewhere, a missed phrase the gold leaves untagged
 * elsewhere. Type and extent errors are not sorted.
 *
 * @example
 * explainErrors(docs, scores.errors).valueGoldElsewhere // e.g. 125 of 222 wrong values
 */
export function explainErrors(documents: readonly ScoringDocument[], errors: readonly ScoringError[]): ErrorExplanation {
  const goldForms = new Map<string, Set<string>>();
  for (const d of documents) {
    for (const g of d.gold) {
      const key = phraseKey(g.text);
      let forms = goldForms.get(key);
      if (!forms) goldForms.set(key, (forms = new Set()));
      forms.add(valueForm(g));
    }
  }
  const spuriousKeys = new Set(errors.filter((e) => e.kind === 'spurious' && e.system).map((e) => phraseKey((e.system as ScoredSpan).text)));
  const out: ErrorExplanation = { valueGoldElsewhere: 0, valueOtherDate: 0, valueOther: 0, spuriousTaggedElsewhere: 0, spuriousNeverTagged: 0, missedUntaggedElsewhere: 0, missedOther: 0 };
  for (const e of errors) {
    if (e.kind === 'value' && e.gold && e.system) {
      const form = valueForm(e.system);
      if (form === valueForm(e.gold)) out.valueOtherDate++;
      else if (goldForms.get(phraseKey(e.gold.text))?.has(form) || goldForms.get(phraseKey(e.system.text))?.has(form)) out.valueGoldElsewhere++;
      else out.valueOther++;
    } else if (e.kind === 'spurious' && e.system) {
      if (goldForms.has(phraseKey(e.system.text))) out.spuriousTaggedElsewhere++;
      else out.spuriousNeverTagged++;
    } else if (e.kind === 'missed' && e.gold) {
      if (spuriousKeys.has(phraseKey(e.gold.text))) out.missedUntaggedElsewhere++;
      else out.missedOther++;
    }
  }
  return out;
}

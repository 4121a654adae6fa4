import type { EventKind } from './Event.js';

/** A word or phrase in a sentence that names a happening. */
export interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  text: string;
  /** Verbs head a clause ("returned"); nouns are often objects or modifiers ("a visit"). */
  form: 'verb' | 'noun';
  /** "said", "confirmed": the act of reporting, dated by publication when nothing else dates it. */
  reporting: boolean;
}

interface Rule {
  kind: EventKind;
  verb?: RegExp;
  noun?: RegExp;
  reporting?: boolean;
}

/** The trigger lexicon, most specific first; each pattern matches whole words. */
const RULES: readonly Rule[] = [
  { kind: 'swearing-in', verb: /\b(?:sworn in|swore in|took the oath(?: of office)?)\b/gi, noun: /\bswearing-in\b/gi },
  { kind: 'inauguration', verb: /\binaugurated\b/gi, noun: /\binaugurations?\b/gi },
  { kind: 'visit', verb: /\b(?:visited|visiting|(?:will|to|would|may|might|could|should|must|did|does|not)\s+visit|visits(?=\s+\p{Lu})|travel(?:s|led|ed|ling|ing)? to|flew to|flies to|arrived in|arrives in|will arrive in)\b/giu, noun: /\b(?:(?:state |official |foreign |working )?visits?|(?:foreign )?trips?|tours?)\b/gi },
  { kind: 'return', verb: /\breturn(?:s|ed|ing)?\b/gi },
  { kind: 'summit', noun: /\bsummits?\b/gi },
  { kind: 'talks', verb: /\b(?:discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing))\b/gi, noun: /\b(?:talks|negotiations)\b/gi },
  { kind: 'meeting', verb: /\b(?:meet(?:s|ing)?|met|hold talks|held talks)\b/gi, noun: /\bmeetings?\b/gi },
  { kind: 'election', verb: /\b(?:elected|re-elected|votes? in|voted in|(?:will|to) vote)\b/gi, noun: /\b(?:elections?|polls?|referendum|run-?off|ballot)\b/gi },
  { kind: 'ruling', verb: /\b(?:rul(?:e|es|ed|ing) on|ruled|(?:will|to) rule|sentenced|convicted|acquitted|indicted)\b/gi, noun: /\b(?:ruling|verdict|judgment|judgement)\b/gi },
  { kind: 'sanctions', verb: /\bsanction(?:s|ed)\b/gi, noun: /\bsanctions\b/gi },
  { kind: 'drills', noun: /\b(?:(?:joint |military |naval )*drills|(?:joint |military )+exercises|war games)\b/gi },
  { kind: 'ceasefire', noun: /\b(?:ceasefire|cease-fire|truce|armistice)\b/gi },
  { kind: 'agreement', verb: /\bsign(?:s|ed|ing)\b/gi, noun: /\b(?:agreements?|deals?|treaty|treaties|accords?|pacts?)\b/gi },
  { kind: 'attack', verb: /\b(?:attack(?:s|ed|ing)?|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|struck|invaded)\b/gi, noun: /\b(?:attacks?|air ?strikes?|missile strikes?|bombings?|shelling|invasion)\b/gi },
  { kind: 'war', noun: /\b(?:war|conflict|campaign of conquest|fighting|offensive)\b/gi },
  { kind: 'protest', verb: /\b(?:protest(?:s|ed|ing)|marched|rallied|demonstrated)\b/gi, noun: /\b(?:protests?|demonstrations?|rall(?:y|ies))\b/gi },
  { kind: 'resignation', verb: /\bresign(?:s|ed|ing)?\b|\bstepped down\b/gi, noun: /\bresignation\b/gi },
  { kind: 'arrest', verb: /\barrest(?:s|ed|ing)?\b|\bdetained\b/gi, noun: /\barrests?\b/gi },
  { kind: 'death', verb: /\b(?:died|killed)\b/gi, noun: /\bdeath\b/gi },
  { kind: 'statement', verb: /\b(?:said|says|announced|announces|confirmed|confirms|told)\b/gi, noun: /\b(?:statement|announcement)\b/gi, reporting: true },
];

/**
 * Finds event triggers in a sentence, without overlaps (the more specific rule wins).
 *
 * @example
 * findTriggers('Mr Xi returned last week from a visit.').map((t) => t.kind) //=> ['return', 'visit']
 */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const rule of RULES) {
    for (const [form, re] of [['verb', rule.verb], ['noun', rule.noun]] as const) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (found.some((f) => start < f.end && f.start < end)) continue;
        found.push({ kind: rule.kind, start, end, text: m[0], form, reporting: rule.reporting ?? false });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

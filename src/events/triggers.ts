import { wordsPresent } from '../parse/wordsPresent.js';
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
  /** Lower-case words one of which every match of `verb` (or `noun`) contains: a sentence without any of them is not searched. */
  verbNeeds?: readonly string[];
  nounNeeds?: readonly string[];
}

/** The trigger lexicon, most specific first; each pattern matches whole words. */
const RULES: readonly Rule[] = [
  { kind: 'swearing-in', verb: /\b(?:sworn in|swore in|took the oath(?: of office)?|(?:takes|took|take|taking|assumes|assumed|assume)\s+office)\b/gi, noun: /\bswearing-in\b/gi, verbNeeds: ['sworn in', 'swore in', 'took the oath', 'office'], nounNeeds: ['swearing-in'] },
  { kind: 'inauguration', verb: /\binaugurated\b/gi, noun: /\binaugurations?\b/gi, verbNeeds: ['inaugurated'], nounNeeds: ['inauguration'] },
  { kind: 'visit', verb: /\b(?:visited|visiting|(?:will|to|would|may|might|could|should|must|did|does|not)\s+visit|visits(?=\s+\p{Lu})|travel(?:s|led|ed|ling|ing)? to|flew to|flies to|arrived in|arrives in|will arrive in)\b/giu, noun: /\b(?:(?:state |official |foreign |working )?visits?|(?:foreign )?trips?|tours?)\b/gi, verbNeeds: ['visit', 'travel', 'flew to', 'flies to', 'arrive'], nounNeeds: ['visit', 'trip', 'tour'] },
  { kind: 'return', verb: /\breturn(?:s|ed|ing)?\b/gi, verbNeeds: ['return'] },
  { kind: 'summit', noun: /\bsummits?\b/gi, nounNeeds: ['summit'] },
  { kind: 'talks', verb: /\b(?:discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)|(?:spoke|speaks|will\s+speak|talked|talks)\s+(?:by\s+(?:phone|telephone|video\s+link)|on\s+the\s+(?:phone|telephone)))\b/gi, noun: /\b(?:talks|negotiations|(?:phone|telephone|video)\s+(?:call|conversation|conference))\b/gi, verbNeeds: ['discuss', 'negotiat', 'phone', 'video'], nounNeeds: ['talks', 'negotiations', 'phone', 'video'] },
  { kind: 'meeting', verb: /\b(?:meet(?:s|ing)?|met|hold talks|held talks)\b/gi, noun: /\bmeetings?\b/gi, verbNeeds: ['meet', 'met', 'hold talks', 'held talks'], nounNeeds: ['meeting'] },
  {
    kind: 'vote',
    // A legislature's act on a bill: "Parliament passed the bill", "vetoed a law", "voted to override the veto", "ratified the treaty".
    verb: /\b(?:(?:pass(?:es|ed)?|approv(?:e|es|ed)|adopt(?:s|ed)?|ratif(?:y|ies|ied)|veto(?:es|ed)?|overr(?:ide|ides|ode|idden)|reject(?:s|ed)?|repeal(?:s|ed)?)(?=\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w'’"“”-]+\s+){0,4}?(?:bill|law|legislation|budget|resolution|amendment|motion|measure|constitution|treaty|veto|reform\s+package|package\s+of\s+reforms|decree)s?\b)|vot(?:e|es|ed|ing)\s+(?:to\s+(?:approve|pass|adopt|override|reject|ratify|impeach|repeal|dissolve|oust|remove|extend|block)|(?:for|against|on)(?=\s+(?:the|a)\s+(?:[\w'’"“”-]+\s+){0,3}?(?:bill|law|legislation|budget|resolution|amendment|motion|measure|treaty)s?\b)))\b/gi,
    noun: /\b(?:(?:no-?\s?)?confidence\s+vote|vote\s+of\s+(?:no\s+)?confidence|impeachment\s+vote)\b/gi,
    verbNeeds: ['pass', 'approv', 'adopt', 'ratif', 'veto', 'overr', 'reject', 'repeal', 'vot'],
    nounNeeds: ['confidence', 'impeachment'],
  },
  { kind: 'election', verb: /\b(?:elected|re-elected|votes? in|voted in|(?:will|to) vote|w(?:on|ins?)(?=\s+(?:[\w'’-]+\s+){0,4}(?:elections?|vote|round|run-?off|term|seats?|majority|presidency|re-election|ballot|polls?)\b))\b/gi, noun: /\b(?:elections?|(?<!\b(?:opinion|approval|exit|straw|online|latest|recent|new)\s+)polls?(?!\s+(?:show|showed|shows|suggest|suggests|suggested|found|finds|indicate|indicates|indicated|gave|gives|put|puts|had|has)\b)|referendum|run-?off|ballot|(?:first|second|final)\s+round\s+of\s+voting|(?:first|second|final)\s+round(?=\s+(?:of\s+the\s+(?:[\w-]+\s+)?election|on|in|of\s+voting)\b)|(?:presidential|televised|TV|election|leaders['’]?|candidates['’]?)\s+debates?|debate(?=\s+(?:on|between|against)\s))\b/gi, verbNeeds: ['elected', 'vote', 'won', 'win'], nounNeeds: ['election', 'poll', 'referendum', 'run', 'ballot', 'round', 'debate'] },
  { kind: 'ruling', verb: /\b(?:rul(?:e|es|ed|ing) on|ruled|(?:will|to) rule|sentenced|convicted|acquitted|indicted)\b/gi, noun: /\b(?:ruling|verdict|judgment|judgement|sentencing(?:\s+hearing)?|(?<!\b(?:clinical|drug|vaccine|field|medical|time)\s+)trial(?!\s+(?:run|period|basis|balloon|and\s+error)\b))\b/gi, verbNeeds: ['rul', 'sentenced', 'convicted', 'acquitted', 'indicted'], nounNeeds: ['ruling', 'verdict', 'judgment', 'judgement', 'sentencing', 'trial'] },
  { kind: 'sanctions', verb: /\b(?:sanction(?:s|ed)|expel(?:s|led)?(?=\s+(?:[\w-]+\s+){0,3}(?:diplomats?|ambassadors?|envoys?|attach[eé]s?)\b)|recall(?:s|ed)?(?=\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:ambassador|envoy)s?\b))\b/gi, noun: /\b(?:sanctions|expulsions?\s+of\s+(?:[\w-]+\s+){0,3}diplomats)\b/gi, verbNeeds: ['sanction', 'expel', 'recall'], nounNeeds: ['sanctions', 'expulsion'] },
  { kind: 'drills', noun: /\b(?:(?:joint |military |naval )*drills|(?:joint |military )+exercises|war games)\b/gi, nounNeeds: ['drills', 'exercises', 'war games'] },
  { kind: 'ceasefire', noun: /\b(?:ceasefire|cease-fire|truce|armistice)\b/gi, nounNeeds: ['ceasefire', 'cease-fire', 'truce', 'armistice'] },
  { kind: 'agreement', verb: /\bsign(?:s|ed|ing)\b/gi, noun: /\b(?:agreements?|deals?|treaty|treaties|accords?|pacts?)\b/gi, verbNeeds: ['sign'], nounNeeds: ['agreement', 'deal', 'treaty', 'treaties', 'accord', 'pact'] },
  { kind: 'attack', verb: /\b(?:attack(?:s|ed|ing)?|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|struck(?<!\b(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|typhoons?|hurricanes?|cyclones?|tornado(?:es)?|tsunamis?|floods?)\s+(?:[\w.,-]+\s+){0,6}struck)|invaded|(?:was|were|been)\s+(?:fatally\s+)?shot|shot\s+(?:dead|down)|opened\s+fire|(?:launched|fired)(?=\s+(?:[\w-]+\s+){0,4}(?:drones?|missiles?|rockets?|air\s*strikes|attacks?|strikes|offensive|shells)\b))\b/gi, noun: /\b(?:attacks?|air ?strikes?|missile strikes?|strikes?(?=\s+(?:on|near|against|targeting)\b)|bombings?|shelling|invasion|(?<=\b(?:the|an?|his|her|their|its|[A-Za-z]+['’]s)\s+)assassination(?:\s+attempt)?|assassination(?=\s+of\b))\b/gi, verbNeeds: ['attack', 'bomb', 'shell', 'struck', 'invaded', 'shot', 'opened fire', 'launched', 'fired'], nounNeeds: ['attack', 'strike', 'bombing', 'shelling', 'invasion', 'assassination'] },
  { kind: 'war', noun: /\b(?:war|conflict|campaign of conquest|fighting|offensive)\b/gi, nounNeeds: ['war', 'conflict', 'campaign of conquest', 'fighting', 'offensive'] },
  { kind: 'protest', verb: /\b(?:protest(?:s|ed|ing)|marched|rallied|demonstrated)\b/gi, noun: /\b(?:protests?|demonstrations?|rall(?:y|ies))\b/gi, verbNeeds: ['protest', 'marched', 'rallied', 'demonstrated'], nounNeeds: ['protest', 'demonstration', 'rally', 'rallies'] },
  { kind: 'resignation', verb: /\bresign(?:s|ed|ing)?\b|\bstepped down\b/gi, noun: /\bresignation\b/gi, verbNeeds: ['resign', 'stepped down'], nounNeeds: ['resignation'] },
  { kind: 'arrest', verb: /\barrest(?:s|ed|ing)?\b|\bdetained\b/gi, noun: /\barrests?\b/gi, verbNeeds: ['arrest', 'detained'], nounNeeds: ['arrest'] },
  { kind: 'disaster', verb: /\b(?:crashed|crash-landed|made\s+an?\s+(?:hard|crash|emergency)\s+landing)\b/gi, noun: /\b(?:(?:plane|helicopter|air|airliner|jet|train|bus|ferry)\s+crash(?:es)?|hard\s+landing|crash\s+landing|earthquakes?|quakes?|floods|flooding|landslides?|mudslides?|wildfires?|hurricane|typhoon|cyclone|tsunami|volcanic\s+eruption|avalanche)\b(?!\s+(?:advisory|advisories|warnings?|watch(?:es)?|alerts?|drills?|season|risk|preparedness|insurance|zones?|areas?|regions?|victims|survivors|relief|aid)\b)/gi, verbNeeds: ['crash', 'landing'], nounNeeds: ['crash', 'landing', 'quake', 'flood', 'slide', 'wildfire', 'hurricane', 'typhoon', 'cyclone', 'tsunami', 'eruption', 'avalanche'] },
  {
    kind: 'recognition',
    // One state recognising another: "would formally recognise a Palestinian state", "recognition of Kosovo's independence".
    verb: /\brecogni[sz](?:e|es|ed|ing)(?=\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:state|statehood|independence|sovereignty|government)\b)/gi,
    noun: /\brecognition(?=\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:state|statehood|independence|sovereignty|government)\b)/gi,
    verbNeeds: ['recognis', 'recogniz'],
    nounNeeds: ['recognition'],
  },
  { kind: 'funeral', noun: /\b(?:(?:state\s+)?funerals?|burial|memorial\s+service)\b(?!\s+(?:home|parlou?r|director)s?\b)/gi, nounNeeds: ['funeral', 'burial', 'memorial service'] },
  { kind: 'death', verb: /\b(?:died|killed)\b/gi, noun: /\bdeath\b/gi, verbNeeds: ['died', 'killed'], nounNeeds: ['death'] },
  { kind: 'statement', verb: /\b(?:said|says|announced|announces|confirmed|confirms|told)\b/gi, noun: /\b(?:statement|announcement)\b/gi, reporting: true, verbNeeds: ['said', 'says', 'announce', 'confirm', 'told'], nounNeeds: ['statement', 'announcement'] },
];

const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** Every rule's needed words, found in one scan of the sentence (each form then asks the set). */
const PRESENT = wordsPresent(RULES.flatMap((r) => [...(r.verbNeeds ?? []), ...(r.nounNeeds ?? [])]));
/** A form is searched when it names no needed words or the sentence holds one of them. */
const searched = (needs: readonly string[] | undefined, present: Set<string> | undefined) => !needs || !present || needs.some((w) => present.has(w));
/** Whether every form has needed words, so that a sentence holding none of them has no trigger. */
const ALL_GATED = RULES.every((r) => (!r.verb || r.verbNeeds) && (!r.noun || r.nounNeeds));

/**
 * Finds event triggers in a sentence, without overlaps (the more specific rule wins).
 *
 * @example
 * findTriggers('Mr Xi returned last week from a visit.').map((t) => t.kind) //=> ['return', 'visit']
 */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  // The patterns ignore case; so do their needed words, unless a letter that case-folds to ASCII only in Unicode ("ſ", the Kelvin sign) is there.
  const present = FOLDS_TO_ASCII.test(sentence) ? undefined : PRESENT(sentence.toLowerCase());
  if (present && ALL_GATED && !present.size) return found;
  for (const rule of RULES) {
    for (const [form, re, needs] of [['verb', rule.verb, rule.verbNeeds], ['noun', rule.noun, rule.nounNeeds]] as const) {
      if (!re || !searched(needs, present)) continue;
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

/** Irregular verbs: past tense or participle → base form. */
const IRREGULAR: Readonly<Record<string, string>> = {
  arose: 'arise', arisen: 'arise', ate: 'eat', eaten: 'eat', awoke: 'awake', beat: 'beat', beaten: 'beat', became: 'become', began: 'begin', begun: 'begin',
  bent: 'bend', bet: 'bet', bit: 'bite', bitten: 'bite', bled: 'bleed', blew: 'blow', blown: 'blow', bore: 'bear', borne: 'bear', bought: 'buy', bound: 'bind',
  bred: 'breed', broke: 'break', broken: 'break', brought: 'bring', built: 'build', burnt: 'burn', cast: 'cast', caught: 'catch', chose: 'choose', chosen: 'choose',
  came: 'come', cost: 'cost', cut: 'cut', dealt: 'deal', did: 'do', done: 'do', drew: 'draw', drawn: 'draw', drank: 'drink', drove: 'drive', driven: 'drive',
  dug: 'dig', fed: 'feed', fell: 'fall', fallen: 'fall', felt: 'feel', fled: 'flee', flew: 'fly', flown: 'fly', fought: 'fight', forbade: 'forbid',
  forgave: 'forgive', forgot: 'forget', forgotten: 'forget', foresaw: 'foresee', forecast: 'forecast', found: 'find', froze: 'freeze', frozen: 'freeze',
  gave: 'give', given: 'give', got: 'get', gotten: 'get', grew: 'grow', grown: 'grow', had: 'have', heard: 'hear', held: 'hold', hid: 'hide', hidden: 'hide',
  hit: 'hit', hung: 'hang', hurt: 'hurt', kept: 'keep', knew: 'know', known: 'know', laid: 'lay', led: 'lead', left: 'leave', lent: 'lend', let: 'let',
  lit: 'light', lost: 'lose', made: 'make', meant: 'mean', met: 'meet', mistook: 'mistake', oversaw: 'oversee', overtook: 'overtake', overthrew: 'overthrow',
  paid: 'pay', put: 'put', quit: 'quit', ran: 'run', rang: 'ring', rebuilt: 'rebuild', rode: 'ride', rose: 'rise', risen: 'rise', said: 'say', sang: 'sing',
  sank: 'sink', sat: 'sit', saw: 'see', seen: 'see', sent: 'send', set: 'set', shook: 'shake', shot: 'shoot', shut: 'shut', slept: 'sleep', slid: 'slide',
  sold: 'sell', sought: 'seek', spent: 'spend', split: 'split', spoke: 'speak', spoken: 'speak', spread: 'spread', stood: 'stand', stole: 'steal',
  stolen: 'steal', struck: 'strike', stuck: 'stick', swept: 'sweep', swore: 'swear', sworn: 'swear', swung: 'swing', taught: 'teach', took: 'take',
  taken: 'take', tore: 'tear', torn: 'tear', thought: 'think', threw: 'throw', thrown: 'throw', told: 'tell', understood: 'understand', underwent: 'undergo',
  undertook: 'undertake', upheld: 'uphold', went: 'go', gone: 'go', withdrew: 'withdraw', withdrawn: 'withdraw', withheld: 'withhold', won: 'win', wore: 'wear',
  woke: 'wake', wrote: 'write', written: 'write', overcame: 'overcome', shown: 'show', proven: 'prove', stricken: 'strike', wept: 'weep', spun: 'spin',
};
/** Forms that are the same in the past and the present: only verbs when a subject comes first. */
const SAME_FORM = new Set(['beat', 'bet', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'set', 'shut', 'split', 'spread']);
/** Words in -ed that are no past tense. */
const NOT_PAST = new Set([
  'bed', 'red', 'shed', 'sped', 'wed', 'fed', 'need', 'feed', 'seed', 'deed', 'weed', 'breed', 'creed', 'greed', 'speed', 'steed', 'tweed', 'bleed', 'indeed',
  'proceed', 'exceed', 'succeed', 'embed', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'jagged', 'crooked', 'beloved', 'aged',
  'alleged', 'supposed', 'unidentified', 'unnamed', 'unspecified', 'preferred', 'limited', 'related', 'skilled', 'talented', 'reputed',
]);
/** Verbs of two or more syllables that end in "ll" themselves ("installed" → "install"). */
const DOUBLE_L_BASE = new Set(['install', 'recall', 'enroll', 'unroll', 'fulfill', 'distill', 'instill', 'forestall', 'appall', 'befall', 'outsell', 'retell', 'foretell', 'overfill', 'refill', 'reinstall', 'uninstall', 'stonewall', 'snowball', 'blackball', 'overspill', 'bankroll', 'catcall', 'payroll', 'outpoll']);
/** Stems whose one syllable-count hides two ("fuelled" → "fuel", "dialled" → "dial"). */
const SINGLE_L_DIGRAPH = new Set(['fuell', 'diall', 'duell', 'triall', 'refuell']);
/** Base forms ending in a doubled consonant ("added" → "add", not "ad"). */
const DOUBLE_BASE = new Set(['add', 'boycott', 'err', 'ebb', 'butt', 'purr', 'putt', 'watt', 'buzz', 'fizz', 'whizz']);
/** Stems that take back an "e" against the rules below, and stems that do not. */
const E_STEMS = new Set(['acquir', 'requir', 'inquir', 'unit', 'invit', 'recit', 'excit', 'ignit', 'incit', 'expedit', 'complet', 'compet', 'delet', 'deplet', 'interfer', 'adher', 'rever', 'ignor', 'restor', 'explor', 'ador', 'implor', 'deplor', 'scor', 'stor', 'escap', 'postpon', 'condon', 'aton', 'welcom', 'becom', 'persuad', 'dissuad', 'hous', 'rous', 'caus', 'paus', 'rais', 'prais', 'releas', 'increas', 'decreas', 'pleas', 'eas', 'ceas', 'leas', 'appeas', 'purchas', 'chang', 'exchang', 'arrang', 'rang', 'challeng', 'reveng', 'avenge', 'sourc', 'voic', 'notic', 'pierc', 'fierc']);
const NO_E_STEMS = new Set(['focus', 'bias', 'canvas', 'pivot', 'belong', 'bang', 'hang', 'clang', 'twang']);
const MODAL = /^(?:will|would|shall|should|can|could|may|might|must|is|are|am|has|have|says|does|do|be|been|being|get|gets|got|\w+n['’]t|\w+['’](?:ve|ll|d|re|m))$/i;
const DETERMINER_OR_PREPOSITION = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|any|no|every|each|all|other|more|most|newly|recently|in|on|at|of|for|from|with|by|into|about|against|under|over|as|than|without|between|among|through|after|before|during|and|or)$/i;
/** Words after a participle that make it a description ("hair discovered behind his home"), when a later verb is the main one. */
const PREPOSITION = /^(?:by|in|at|on|behind|near|from|along|during|under|with|since|after|before|inside|outside|across|off|outside|around|within)$/i;
/** Verbs of saying, which head their clause even before a preposition ("said in a letter published Tuesday"). */
const SPEECH = /^(?:said|told|added|announced|stated|reported|wrote|declared|testified|explained|replied)$/;
const CLAUSE_BREAK = /^(?:that|which|who|whom|whose|when|while|where|because|although|though|if|as|after|before|since|until|but|and)$/i;
const PLURAL_WORDS = /^(?:they|we|you|i|people|police|men|women|children|both|many|several|others|few|some|(?:gun|police|service|fisher|congress|spokes|business|fire|chair|law|tribes|militia|country|crew|work|clergy|horse|kins|gentle|marks|sea|air|noble|states|sports|crafts|sales|news|camera|middle|repair|lay|fresh|trades|guards|council|alder)(?:wo)?men|\w+people)$/i;

/** Plural nouns that open news sentences and have no plural ending a name could share ("Troops", "Rebels", "Forces"). */
const PLURAL_NOUNS = /^(?:Troops|Rebels|Forces|Refugees|Judges|Allies|Missiles|Drones|Rockets|Shells|Strikes|Talks|Negotiations|Sanctions|Protests|Elections|Polls|Markets|Shares|Prices|Stocks|Bonds|Delegates|Diplomats|Civilians|Residents)$/;

interface Token {
  text: string;
  start: number;
  end: number;
  /** A comma (or other clause punctuation) follows. */
  comma: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * Puts the main verb of a headline clause in the present tense, from a table of irregular verbs
 * and the regular spelling rules: "returned" → "returns", "has continued" → "continues", "had
 * sent" → "has sent", "was carrying" → "is carrying", "were" → "are", "carried" → "carries",
 * "stopped" → "stops"; the verb agrees with a plural subject ("Police seize", "protesters rally").
 * Only the first finite verb that follows a subject is changed ("a strand of hair discovered
 * behind his home came from Kopp" keeps "discovered"); a clause whose verb is already present or
 * modal ("would not tolerate") is left as it is. A passive keeps no auxiliary ("is sworn in" →
 * "sworn in").
 *
 * @example
 * presentTense('Mr Xi returned from a five-day visit to Europe') //=> 'Mr Xi returns from a five-day visit to Europe'
 */
export function presentTense(s: string): string {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const end = m.index + m[0].length;
    // A sentence's full stop is not part of its last word ("signed."), an initialism's is ("U.S.").
    const text = m[0].endsWith('.') && !/^(?:\p{L}\.)+$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    tokens.push({ text, start: m.index, end: m.index + text.length, comma: /^\s*[,;:()"“”—–]/.test(s.slice(end, end + 3)) });
  }
  const at = mainVerb(tokens);
  if (at === undefined) return s;
  const verb = tokens[at]!;
  const lower = verb.text.toLowerCase();
  const plural = pluralSubject(tokens, at, s);
  const next = tokens[at + 1];
  let replace: { from: number; to: number; text: string } | undefined;
  /** The main verb is a plain past tense ("recalled"), whose "and"-joined verbs follow it (a perfect's share its "has"). */
  let simplePast = false;
  if (lower === 'was' || lower === 'were') {
    replace = { from: verb.start, to: verb.end, text: lower === 'were' || plural ? 'are' : 'is' };
  } else if ((lower === 'has' || lower === 'have') && next) {
    if (next.text.toLowerCase() === 'been') replace = { from: verb.start, to: next.end, text: plural || lower === 'have' ? 'are' : 'is' };
    else {
      const base = baseOf(next.text.toLowerCase());
      if (base) replace = { from: verb.start, to: next.end, text: conjugate(base, plural || lower === 'have') };
    }
  } else if (lower === 'had' && next && baseOf(next.text.toLowerCase())) {
    replace = { from: verb.start, to: verb.end, text: plural ? 'have' : 'has' };
  } else if (lower === 'did') {
    replace = { from: verb.start, to: verb.end, text: plural ? 'do' : 'does' };
  } else {
    const base = baseOf(lower);
    if (base) replace = { from: verb.start, to: verb.end, text: conjugate(base, plural) };
    simplePast = base !== undefined;
  }
  if (!replace) return s;
  const edits = [replace];
  // A past verb joined by "and" to the main one shares its subject and its tense: "recalled its
  // ambassador and demanded an apology" → "recalls … and demands …".
  for (let j = at + 2; simplePast && j < tokens.length; j++) {
    const t = tokens[j]!;
    // Not past a clause of its own ("blasts which killed scores and injured more").
    if (/^(?:which|who|that|when|where|after|before|because|while|as|since|if|until)$/i.test(tokens[j - 1]!.text)) break;
    if (tokens[j - 1]!.text !== 'and' || tokens[j - 2]!.comma || !/^\p{Ll}/u.test(t.text) || SAME_FORM.has(t.text) || !isPast(t.text)) continue;
    const base = baseOf(t.text);
    if (base) edits.push({ from: t.start, to: t.end, text: conjugate(base, plural) });
  }
  let out = s;
  for (const r of edits.reverse()) out = out.slice(0, r.from) + r.text + out.slice(r.to);
  // A passive needs no auxiliary in a headline: "is sworn in" → "sworn in".
  return out.replace(/\b(?:is|are) (?=\w+(?:ed|en)\b|sworn\b)/g, '');
}

/** Index of the main verb: the first past-tense verb (or "was", "has" + participle…) after a subject, or none. */
function mainVerb(tokens: readonly Token[]): number | undefined {
  let found: number | undefined;
  const first = tokens[0]?.text;
  if (first && MODAL.test(first)) return undefined;
  // A clause that starts with its verb ("stepped down as chairman"): the subject was cut off before.
  if (first && /^\p{Ll}/u.test(first) && isPast(first) && !SAME_FORM.has(first) && !(tokens[1] && PREPOSITION.test(tokens[1].text))) return 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (MODAL.test(lower) && lower !== 'has' && lower !== 'have') return found;
    if (/^\p{Lu}/u.test(t.text)) continue;
    if (lower === 'has' || lower === 'have') {
      if (tokens[i - 1]!.text === 'to') return found;
      const next = tokens[i + 1]?.text.toLowerCase();
      return next !== undefined && (next === 'been' || baseOf(next) !== undefined) ? i : found;
    }
    if (lower === 'was' || lower === 'were' || lower === 'had' || lower === 'did') return i;
    const prev = tokens[i - 1]!;
    if (!isPast(lower) || t.text.includes('-') || (DETERMINER_OR_PREPOSITION.test(prev.text) && !prev.comma) || /['’]s?$/.test(prev.text)) {
      if (CLAUSE_BREAK.test(lower) && found !== undefined) return found;
      continue;
    }
    // "set", "split", "cut": a verb only after a name or a pronoun ("a stock split", "a set of tests" are nouns).
    if (SAME_FORM.has(lower) && (prev.comma || !/^(?:\p{Lu}|(?:he|she|it|they|we|i|you)$)/u.test(prev.text))) continue;
    // "hair discovered behind his home came from Kopp": a participle before a preposition describes; a later verb is the main one.
    const next = tokens[i + 1];
    if (found === undefined && next && PREPOSITION.test(next.text) && !t.comma && !SPEECH.test(lower)) {
      found = i;
      continue;
    }
    return i;
  }
  return found;
}

function isPast(word: string): boolean {
  if (word in IRREGULAR) return true;
  return word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word);
}

/** The base form of a past tense or participle ("returned" → "return", "carried" → "carry"), or undefined. */
function baseOf(word: string): string | undefined {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !word.endsWith('ed') || NOT_PAST.has(word)) return undefined;
  if (word.endsWith('ied')) return word.length <= 5 ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (word.endsWith('eed')) return word.slice(0, -1);
  const stem = word.slice(0, -2);
  // "stopped" → "stop", "committed" → "commit"; "added", "killed", "passed" keep theirs.
  const last = stem.charAt(stem.length - 1);
  if (last === stem.charAt(stem.length - 2) && /[bdgkmnprtvz]/.test(last) && !DOUBLE_BASE.has(stem)) return stem.slice(0, -1);
  // British "travelled", "cancelled", "signalled" and "controlled", "compelled": a doubled "l"
  // after a stem of two or more syllables ("installed", "recalled" keep theirs).
  if (stem.endsWith('ll') && !DOUBLE_L_BASE.has(stem) && ((stem.slice(0, -2).match(/[aeiouy]+/g)?.length ?? 0) >= 2 || SINGLE_L_DIGRAPH.has(stem))) return stem.slice(0, -1);
  return needsE(stem) ? `${stem}e` : stem;
}

/** Whether a regular stem takes back a silent "e": "arriv" → "arrive", "vot" → "vote", "announc" → "announce", but "visit", "open". */
function needsE(stem: string): boolean {
  if (E_STEMS.has(stem)) return true;
  if (NO_E_STEMS.has(stem)) return false;
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  const vowel = (c: string) => 'aeiou'.includes(c);
  if (last === 'u' || last === 'v' || last === 'c' || last === 'z') return true;
  if (/[wxyh]/.test(last) || vowel(last)) return false;
  if (last === 'g') return before === 'r' || before === 'd' || before === 'l' || (vowel(before) && !vowel(stem.charAt(stem.length - 3)));
  if (last === 's') return vowel(before) || before === 'r' || before === 'p' || before === 'n' || before === 'l';
  if (last === 'l') return !vowel(before) ? before !== 'r' && before !== 'l' : !vowel(stem.charAt(stem.length - 3)) && (before === 'i' || before === 'u' || before === 'o');
  if (!vowel(before) || vowel(stem.charAt(stem.length - 3))) return false;
  // One vowel then one consonant: in one syllable the verb would have doubled it ("stopped"), so the base ends in "e" ("voted").
  const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables <= 1) return true;
  switch (last) {
    case 't': return before === 'a' || before === 'u' || before === 'o';
    case 'd': case 'k': case 'b': return true;
    case 'r': return before === 'i' || before === 'u' || before === 'a';
    case 'n': return before === 'i';
    case 'm': return before === 'u' || before === 'a' || before === 'i';
    case 'p': return before === 'a';
    default: return false;
  }
}

/** The present tense of a base form: "return" → "returns" (or "return" for a plural subject), "carry" → "carries", "be" → "is". */
function conjugate(base: string, plural: boolean): string {
  if (base === 'be') return plural ? 'are' : 'is';
  if (plural) return base;
  if (base === 'have') return 'has';
  if (/[^aeiouy]o$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

function isPluralWord(word: string | undefined, first = false): boolean {
  if (!word) return false;
  if (PLURAL_WORDS.test(word)) return true;
  // A capitalised word is a name ("Howes", "Jones") unless it has a plural's shape: "Albanians", "Officials" at the start.
  if (/^\p{Lu}/u.test(word)) return first ? /(?:ies|ers|ors|ials|ents|ants|ists|ans|ions|ives)$/.test(word) || PLURAL_NOUNS.test(word) : /(?:ans|ists)$/.test(word);
  return /[^s'’u]s$/.test(word) && !/^(?:news|series|species|this|his|its|was|is|has|does|us|thus|perhaps|across|always|sometimes|whereas|unless)$/i.test(word);
}

/** Whether the subject before the verb is plural: "Police seize", "protesters rally", "Kuchma of Ukraine and Yeltsin of Russia sign". */
function pluralSubject(tokens: readonly Token[], at: number, s: string): boolean {
  let i = at - 1;
  while (i >= 0 && /^(?:\w+ly|also|then|now|not|jointly|still|already)$/i.test(tokens[i]!.text) && !/^(?:only|early|July)$/i.test(tokens[i]!.text)) i--;
  const subject = tokens[i];
  if (!subject || subject.comma) return false;
  if (isPluralWord(subject.text, i === 0)) return true;
  // "Voters in North Macedonia elected": the head noun before a phrase that names a place.
  if (/^\p{Lu}/u.test(subject.text)) {
    for (let j = i - 1; j >= Math.max(1, i - 4) && !tokens[j]!.comma; j--) {
      const w = tokens[j]!.text;
      if (/^(?:in|of|from|at|across|near|around)$/i.test(w)) {
        const head = tokens[j - 1]!;
        if (!head.comma && (j === 1 ? isPluralWord(head.text, true) : !/^\p{Lu}/u.test(head.text) && isPluralWord(head.text))) return true;
        break;
      }
      if (!/^\p{Lu}/u.test(w)) break;
    }
  }
  // "Kuchma of Ukraine and Yeltsin of Russia", "Alex Penelas and Miami Mayor Joe Carollo".
  return /\p{Lu}[\p{L}'’.-]*\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+(?:of\s+)?){0,4}\p{Lu}[\p{L}'’.-]*\s*$/u.test(s.slice(0, subject.end));
}

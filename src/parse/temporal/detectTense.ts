import { THAT_CONJUNCTION_BEFORE } from './calendarWords.js';
/** Where a clause puts its time: ahead, gone, the publication's week, or (`nearest`) whichever occurrence is closest. */
export type TemporalDirection = 'future' | 'past' | 'present' | 'nearest';

/** A relative clause between commas (", which had been expected,"): not the tense of the main clause. */
const ASIDE = /,\s*(?:which|who|that)\b[^,]*,/gi;
/** Cue words right before an expression that decide its direction on their own ("ahead of Monday's", "starting on Thursday"). */
const LOCAL_FUTURE = /\b(?:ahead\s+of|payable|look(?:s|ing)?\s+ahead\s+to|(?:attention|focus)\s+(?:now\s+)?(?:turns|shifts)\s+to|(?:stock|holders|shareholders)\s+of\s+record|(?:is|are|am)\s+(?:\w+ly\s+)?waiting\s+for|awaits?|(?<!\b(?:was|were|been)\s+)awaiting|(?:is|are|am)\s+(?:\w+ly\s+)?bracing\s+(?:\w+\s+)?for|until\s+after|next|coming|upcoming|effective|as\s+(?:soon|early)\s+as|no\s+later\s+than|starting|beginning|due|scheduled\s+(?:for|on)|set\s+for|slated\s+for|planned\s+for|expected\s+(?:on|by)|(?:moved|delayed|postponed|pushed\s+back|rescheduled|adjourned|brought\s+forward|put\s+off|deferred)\s+(?:(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?)?(?:to|until|till)|(?:set|called|planned|scheduled|organi[sz]ed|arranged|fixed)\s+(?:[\w’'-]+\s+){1,3}?for)\s+(?:(?:on|from|in)\s+)?(?:the\s+)?$/i;
/** A state that lasted until then, told in the past: "stayed closed until Thursday", "was not completed until Saturday". */
const UNTIL_PAST = /\b(?:stayed|remained|lasted|continued|went\s+on|dragged\s+on|held|waited|kept|(?:was|were)\s+not|did\s+not|(?:did|was|were)n['’]t)\b(?:\s+[\w’'-]+){0,5}?\s+(?:until|till|through)\s+(?:the\s+)?$|\b(?:ran|went|worked|played|stretched|extended\s+back)\s+through\s+(?:the\s+)?$/i;
/** A plan in the past perfect: "had originally been scheduled for", "had been due on". */
const PLAN_HAD = /\bhad\s+(?:(?:originally|initially|first|previously|earlier|already)\s+)?been\s+(?:scheduled|planned|set|slated|due|expected|called)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** A dateline's city before its date, and the agency and dash after it ("NICOSIA, March 22 (Reuters) -"). */
const DATELINE_BEFORE = /^\s*[A-Z][A-Z .'’-]+,\s*$/;
const DATELINE_AFTER = /^\s*(?:\([^)]*\)\s*)?[-–—]/;
/** "is" or "are" right before a day or date ("The funeral is Saturday"), not "Today is". */
const COPULA_BEFORE = /(?<!\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Ii]t|[Tt]his|[Tt]hat)\s)\b(?:is|are)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;
/** A day made something by a declaration: "declared Sunday a day of mourning", "set Monday as the deadline". */
const DECLARED_DAY_BEFORE = /\b(?:declared|declares|declare|designated|designates|designate|set|sets|made|makes|named|names|fixed|picked|chose|chosen)\s+$/i;
const DECLARED_DAY_AFTER = /^\s+(?:as\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:day|holiday|deadline|date)\b/i;
/** What may stand between a deadline word and the expression: "the", a clock time ("until 9 a.m. EST Tuesday"). */
const DEADLINE_TAIL = String.raw`\s+(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?(?:the\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?)?$`;
const LOCAL_DEADLINE = new RegExp(String.raw`\b(?:until|till|by|before|through)` + DEADLINE_TAIL, 'i');
const LOCAL_UNTIL = new RegExp(String.raw`\b(?:until|till|through)` + DEADLINE_TAIL, 'i');
/** A future auxiliary earlier in the clause, with no clause boundary between ("will meet after"). */
const WILL_BEFORE = /\b(?:will|shall|['’]ll|is\s+to|are\s+to|(?:is|are)\s+(?:due|expected|set|scheduled|going)\s+to|plans?\s+to)\s+(?:[\w’'-]+\s+){0,6}after\s+(?:the\s+)?$/i;
const LOCAL_PAST = /\b(?:since|last|ago|previous|earlier|after|as\s+of)\s+(?:the\s+)?$|\bafter\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:arrest|death|release|resignation|arrival|departure|election|defeat|victory|win|escape|disappearance|detention|capture|surrender|murder|killing|shooting)\s+(?:on\s+)?$/i;
/** The figure a change is measured from is one already known: "up from 56 percent on Thursday", "compared with $4 billion in May". */
const BASELINE = /\b(?:(?:up|down|unchanged)\s+from|compared\s+(?:with|to))\s+[^,;()]{1,40}?\s+(?:on|in)\s+(?:the\s+)?$|\d\s*(?:%|percent|per\s*cent|points?)\s+from\s+(?:the\s+)?$/i;

/**
 * Words that point a clause to the future, even in the past tense ("planned to", "was due"), and
 * the present tense of scheduled events ("the summit opens on Friday", "he meets Xi on Thursday").
 */
const FUTURE_CUES =
  /\b(?:will|won['’]t|shall|['’]ll|going\s+to|gonna|would|(?:is|are|was|were|be|been|being)\s+(?:due|scheduled|expected|set|slated|poised|planned|planning|preparing|about|likely|possible|supposed|going|forecast|predicted|projected|tipped|to)|set\s+to|plans?\s+to|planned(?!\s+(?:the|a|an|his|her|their|its|our)\b)|intends?\s+to|intended\s+to|aims?\s+to|hopes?\s+to|expects?|expecting|anticipates?|forecasts|predicts|expected|scheduled|slated|upcoming|to\s+be\s+held|is\s+to|are\s+to|opens|begins|starts|meets|arrives|leaves|departs|ends|closes|resumes|returns|travels|visits|hosts|heads|flies|comes(?:\s+out)?|competes|concludes|wraps\s+up|(?:is|are|remains?|will\s+remain)\s+(?:closed|shut)(?=\s+(?:on\s+)?(?:[A-Z]|$)|$)|takes\s+place|kicks\s+off|tips\s+off|gets\s+under\s*way|convenes|expires|runs\s+out|(?:comes|enters)\s+into\s+(?:force|effect)|takes\s+effect|goes\s+into\s+effect|(?:is|are)\s+(?:at|on|in|for)(?=\s))\b/gi;
/** Up to three words of object (not a time) and "to" with a verb: " the government to respond", " to strike". */
const INFINITIVE_AFTER = String.raw`\s+(?:(?!(?:on|in|at|by|last|this|next|today|yesterday|\w+day)\b)[\w’'-]+\s+){0,3}?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+`;

/**
 * An infinitive of intent, or of an order in force ("hoped to reach a deal by Friday", "vowed to
 * strike again on Monday", "orders banks to close on Friday", "decided whether to attend the
 * summit on Friday"): ahead of the verb, read only on the expression's left, and not across a time
 * ("vowed on Friday to strike" was said on Friday, and the strike it names is not dated by it).
 */
const INTENT_TO = new RegExp(
  String.raw`\b(?:(?:hope|vow|promise|pledge|plan|aim|intend|want|agree|decide|threaten|seek)(?:s|d|ed|ned)?|sought|(?:order|urge|ask|invite)s?|calls?\s+on|whether)` + INFINITIVE_AFTER,
  'gi',
);
/**
 * Orders given in the past ("ordered the government to respond by Friday"): ahead only before a
 * deadline; "ordered thousands to leave parts of Rafah on Saturday" is the order's day.
 */
const ORDERED_TO = new RegExp(
  String.raw`\b(?:ordered|urged|asked|invited|called\s+on|told|instructed|directed|gave\s+\w+|voted|approved\s+(?:a|the)\s+(?:bill|measure|plan|law|resolution|decree)|passed\s+(?:a|the)\s+(?:bill|measure|plan|law|resolution|decree)|moved)` + INFINITIVE_AFTER,
  'gi',
);

/**
 * "may", "might" and "could" with a verb point ahead ("protests could turn violent on Saturday"),
 * not "could not" or "could have" (past), nor the month "May" (so in lower case only).
 */
const MODAL_AHEAD = /\b(?:(?:may|might)\s+(?!have\b|not\s+have\b|well\s+have\b)|could\s+(?!have\b|not\b|be\s+(?:reached|located|found|contacted)\b))(?=[a-z])/g;

/** Past-tense verbs news English reports with (the regular ones are caught by their "-ed"). */
const PAST_CUES =
  /\b(?:said|says|told|met|was|were|had|did|went|came|held|took|gave|made|began|saw|spoke|left|flew|won|lost|sent|brought|found|became|struck|fought|fell|rose|broke|wrote|ran|led|hit|shot|beat|bought|sold|paid|built|caught|chose|drove|ate|felt|fled|forgot|froze|got|grew|heard|hid|hung|kept|knew|laid|lay|meant|put|quit|read|rode|rang|sang|sank|sat|set\s+off|shook|shut|slept|spent|split|spread|stood|stole|stuck|swore|swept|swam|taught|tore|threw|understood|woke|wore|wept|withdrew|ago|last|yesterday|earlier)\b/gi;
/** A regular past tense, but not the participles that mean a plan ("scheduled", "expected", "planned"), nor ", followed by". */
const PAST_ED = /\b(?!(?:followed|preceded|accompanied)\s+by\b)(?!(?:scheduled|expected|planned|slated|intended|proposed|anticipated|supposed|needed|required|based|armed|united|red|bed|need|feed|speed|seed|weed|indeed|hundred|proceed|succeed|exceed|shed|led|fled|wed|bred|sled|fed|ted)\b)[a-z]{3,}ed\b/gi;
/** A present progressive of a plan ("is travelling to Paris on Friday"), not of what goes on ("is continuing to try"). */
const PRESENT_PROGRESSIVE = /\b(?:is|are|am)\s+(?:\w+ly\s+)?(?!(?:continuing|trying|seeking|remaining|considering|weighing|looking|hoping|being|having|holding|keeping|struggling|fighting|facing|waiting)\b)\w+ing\b/gi;
/** A trailing reporting clause (", it said.") describes when it was said, not when the event is. */
const REPORTING_TAIL = /,\s*(?:[\w’'-]+\s+){0,4}(?:said|says|added|told\s+\w+|reported|announced|confirmed)\s*[.!?"”'’]*\s*$/i;
/**
 * Present verbs of how long something runs ("The summit runs Thursday to Friday", "the exhibition
 * lasts until Sunday"): the time named is the one under way or next, in the publication's week.
 */
const PRESENT_SCHEDULE = /\b(?:runs|lasts|marks)\b(?!\s+out\b)/gi;
/**
 * The present passive of a scheduled happening ("The report is published on Thursday", "Thatcher is
 * buried on Wednesday", "The 50p rate is abolished on Saturday"), not of a state or a charge ("is
 * accused of", "is believed to", "is held in custody").
 */
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\w+ly\s+)?(?!(?:accused|charged|suspected|believed|thought|alleged|said|reported|understood|known|feared|considered|seen|estimated|required|based|involved|concerned|worried|convinced|located|owned|married|divorced|used|supposed|needed|called|named|kept|detained|jailed|imprisoned|wanted|linked|tied|related|designed|aimed|intended|bound|allowed|paid|owed|set|interested|pleased|surprised|disappointed|tired|scared|afraid|prepared|determined|committed|opposed|dedicated|limited|crowded|closed|scheduled|expected|planned|slated|due)\b)(?!held\s+(?:in|at|by|without|on\s+(?:charges|suspicion|remand))\b)(?:[a-z]{3,}(?:ed|en|wn)|held|made|cut|run|sold|sent|built|laid|read|shut)\b(?!\s+(?:of|to|that|with|by)\b)/gi;

/** A cue on the right of the expression counts as this much farther away than one on the left. */
const RIGHT_PENALTY = 1.5;

/**
 * What before a future cue takes the future away: the past perfect of a plan ("had been due to
 * expire Friday", "as previously planned") or an adjective with an adverb ("the hastily planned
 * trip"; "the planned visit" still points ahead).
 */
const NOT_FUTURE_BEFORE = /(?:\bhad\s+(?:\w+ly\s+)?|\b(?:previously|originally)\s+|\b(?:as)\s+(?:previously|originally)\s+|\b(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+(?:\w+ly|still)\s+)$/i;
/**
 * Present verbs of a schedule that are also nouns ("the court rules on Friday", "the Senate votes on
 * Monday"): verbs only without a determiner or adjective before them ("the new rules on Friday").
 */
const NOUN_VERB_FUTURE = /\b(?:(?:rises|increases|goes\s+up|comes\s+down)(?=\s+(?:by\s+(?:\S+\s+){1,4}?)?(?:on|from)\s)|rules|votes|decides|testifies|sits|reconvenes|adjourns|turns|plays|faces|hears|releases|premieres|debuts|airs|happens|becomes|expires|falls\s+on|go(?:es)?\s+on\s+sale|hits?\s+(?:theaters|theatres|cinemas|stores|shelves)|reports(?=\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:earnings|results|profits?|figures|data|sales))|holds(?=\s+(?:its|a|an|the|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|vote|election|summit|conference|rally|hearing|session|referendum|briefing|primary)))\b/gi;
const NOT_NOUN_VERB_BEFORE = /\b(?:the|a|an|new|its|his|her|their|our|these|those|some|many|any|no|such|which|whose|of|on|in|by|for|under|tough|strict|old|draft|\w+al|\w+ic)\s+$|\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:best|worst|\w{3,}est|good|bad|poor|strong|weak|slow|fast|quick|fresh|early|late|solid|flying|false|rocky|shaky|bright|promising|first|second|third|final|key|crucial|triumphant|long-awaited|historic|surprise|record)\s+$/i;
/** As `NOT_NOUN_VERB_BEFORE`, but a name right before is the verb's subject ("Nadal plays Federer on Saturday": not an adjective in "-al"). */
const NOT_NOUN_VERB = {
  test: (text: string) => NOT_NOUN_VERB_BEFORE.test(text) && !/\b(?!(?:The|A|An|Its|His|Her|Their|Our|These|Those|This|That|Some|Many|Any|No|Such|Which|Whose|New|Old|Of|On|In|By|For|Under)\b)[A-Z][\w.'’-]*\s+$/.test(text),
};
/**
 * Where the right of an expression starts another clause with its own subject ("told reporters on
 * Friday he would visit", "announced on Friday that …") or its own verb ("visited Kyiv on Tuesday
 * and will travel to Warsaw"): a tense beyond it is that clause's.
 */
const NEW_CLAUSE = /\s(?:he|she|they|we|I|you|it|that|but|while|whereas|although|though|because)\s|,?\s(?:and|but)\s+(?:(?:then|later|also|now|still)\s+)?(?:is|are|was|were|will|would|has|have|had|could|can|may|might|must|should)\s/i;
/** Bare present verbs of a schedule, for plural subjects ("He and Arafat meet Monday", "The new rules come into force in January"), unless an infinitive or negated. */
const BARE_FUTURE = /\b(?:meet(?!\s+the\s+Press)|arrive|travel|convene|reconvene|resume|gather|depart|(?:come|enter)\s+into\s+(?:force|effect)|take\s+effect|go\s+into\s+effect)\b/gi;
const NOT_BARE_FUTURE_BEFORE = /(?:\b(?:to|did|do|does|not|could|should|might|must|can|cannot|had|have|has)|n['’]t)\s+(?:\w+ly\s+)?$/i;
/**
 * Bare present verbs of a schedule that are also nouns ("Voters head to the polls on Sunday", "Talks
 * begin on Monday", "Negotiators return to Geneva on Wednesday"): verbs only without a determiner
 * or adjective before them ("their return on Monday", "the start on Friday").
 */
const BARE_NOUN_FUTURE = /\b(?:return|begin|start|play|host|open|reopen|face|take\s+on|head\s+(?:to|for|back|home|into)|go\s+to\s+the\s+polls|vote)\b/gi;
const NOT_BARE_NOUN_FUTURE_BEFORE = new RegExp(
  `(?:${NOT_BARE_FUTURE_BEFORE.source})|(?:${NOT_NOUN_VERB_BEFORE.source})|\\b[a-z]{3,}ing\\s+$` +
    // A possessive ("Thursday's vote"), or a bare infinitive after a causative ("let the offensive begin").
    `|['’]s\\s+$|\\b(?:Senate|House|Assembly|Congress|parliamentary|committee|council|board|jury|panel|party|floor|procedural|confidence|final|key|crucial|second|first|test)\\s+$|\\b(?:let|lets|letting|make|makes|made|making|help|helps|helped|see|saw|seen|watch|watched)\\s+(?:[\\w’'-]+\\s+){0,3}$`,
  'i',
);

/** A headline's subject and "to" with a verb, with no verb of its own before: "Biden to visit Poland on", "Israel to resume talks". */
const HEADLINE_TO = /^\s*(?:[A-Z][\w.'’-]*\s+){1,4}to\s+[a-z]+\b/;

/** Nouns of a scheduled happening after a possessive day or a date ("Sunday's election", "Saturday's summit", "the Nov. 5 election"). */
const SCHEDULED_NOUN = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:elections?|votes?|referendum|polls?|run-?off|primary|primaries|summit|meeting|talks|game|match|final|race|debate|deadline|inauguration|ceremony|parade|rally|hearing|session|visit|launch|opening|start|kickoff|kick-off|showdown|clash|derby|grand\s+prix)\b/i;

/** Releases that are awaited, after a possessive day in a clause told ahead ("are waiting for Friday's jobs report", "will watch Tuesday's auction"). */
const AWAITED_NOUN = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:report|data|figures|numbers|release|auction|speech|address|testimony)\b/i;

/** Words of what comes before a happening: "before", "ahead of", "in the run-up to", "on the eve of". */
const AHEAD_OF = String.raw`\b(?:before|ahead\s+of|run-up\s+to|prior\s+to|leading\s+up\s+to|eve\s+of)\s+`;
/** A happening in a month, after a word of what comes before it ("ahead of the 60th anniversary of the armistice in"). */
const SCHEDULED_IN_BEFORE = new RegExp(AHEAD_OF + String.raw`(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,5}?(?:in|on)\s+$`, 'i');
/** The same word right before a date or a possessive day ("before the Nov. 5 election", "two days before Saturday's election"). */
const AHEAD_OF_THE = new RegExp(AHEAD_OF + String.raw`the\s+$`, 'i');
const AHEAD_OF_DAY = new RegExp(AHEAD_OF + '$', 'i');
/** A plan told in the simple past: "were due to reopen", "was expected to arrive", "were scheduled for". */
const PAST_PLAN = /\b(?:was|were)\s+(?:due|scheduled|expected|set|slated|supposed|planned)\s+(?:to|for|on)\b/i;

/** ", and on Jan. 16" before an expression: a coordinated clause it opens (the preposition stays in it). */
const COORDINATED_BEFORE = /,\s*(?:and|but)\s+((?:(?:on|in|at|by|from|since|until|after|before|early|late)\s+)?)$/i;
/** A relative clause the expression is in: "that took effect on", "who was arrested on" (its words after the pronoun). */
const RELATIVE_LEFT = /\b(?:that|who|which)\s+((?:[\w’'-]+\s+){1,6})$/i;

/** How much of a sentence before an expression its local cues can span. */
const NEAR = 160;

/** Words of obligation that put a deadline ahead whatever the other verbs ("completed talks and must decide by Tuesday"). */
const OBLIGATION = /\b(?:must|should|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to|required\s+to|deadline)\b/i;

/**
 * A participle after "be", a modal or "to" is passive or infinitive, not a past tense ("will be
 * held"); so is one joined by "and" to such a passive ("will be announced on Sunday and published on Monday").
 */
const NOT_PAST_BEFORE = /\b(?:(?:be|been|being|is|are|am|to|will|would|shall|should|could|might|must|can|may|remain|remains|stay|stays)\s+(?:\w+ly\s+)?|(?:a|an|the|its|his|her|their|our|this|these|those)\s+(?:(?:\w+ly|still|newly|much|well|long|so)[\s-]+)?|(?:will|would|shall|to|must|may|might|could|should)\s+be\s+\w+(?:ed|en)\b[^.;]*?\band\s+)$/i;

/**
 * Nearest distance from the expression to a match of `re` on the left (ending before it) or right;
 * `skip` drops matches by what precedes them in the sentence.
 */
function nearest(re: RegExp, left: string, right: string, skip?: { test(text: string): boolean }): number {
  let best = Number.POSITIVE_INFINITY;
  // On the left the nearest is the last match not skipped: the matches are read in order, then
  // judged from the last back, so that most are never judged (each judgement reads all before it).
  const ends: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(left); m; m = re.exec(left)) ends.push([m.index, m.index + m[0].length]);
  for (let i = ends.length - 1; i >= 0; i--) {
    const [at, end] = ends[i]!;
    if (!skip?.test(left.slice(0, at))) {
      best = left.length - end;
      break;
    }
  }
  re.lastIndex = 0;
  for (let m = re.exec(right); m; m = re.exec(right)) {
    if (!skip?.test(left + right.slice(0, m.index))) {
      best = Math.min(best, RIGHT_PENALTY * m.index + 1);
      break;
    }
  }
  re.lastIndex = 0;
  return best;
}

/** How near the end of a text its nearest past tense is (∞ if none): "took effect on", "was arrested". */
function pastCue(text: string): number {
  return Math.min(nearest(PAST_CUES, text, '', NOT_PAST_BEFORE), nearest(PAST_ED, text, '', NOT_PAST_BEFORE));
}

/** Marks that start a clause: a semicolon, a colon that is not a clock time's ("8:30"), an opening quote ("“", "``"). */
const CLAUSE_MARKS = /;|:(?!\d)|“|`(?=`)/g;

/** Where the last clause mark of a text is (the second backtick of "``"), -1 if none. */
function lastClauseMark(text: string): number {
  let last = -1;
  CLAUSE_MARKS.lastIndex = 0;
  for (let m = CLAUSE_MARKS.exec(text); m; m = CLAUSE_MARKS.exec(text)) last = m.index + m[0].length - 1;
  return last;
}

/**
 * Guesses the temporal direction of the clause around an expression in a sentence: cue words right
 * before it first ("ahead of Monday's" → future, "since Monday" → past), then the nearest tense
 * marker in its clause, preferring one on the left ("will meet … on Thursday" → future, "met on
 * Thursday" → past, "on Sunday issued" → past), ignoring a trailing reporting clause (", it
 * said"). Present progressive ("is travelling … on Thursday") and plans ("is due to", "planned
 * to", "expected") point to the future. `undefined` when nothing tells.
 *
 * @example
 * detectTense('Mr Putin will meet Mr Xi on Thursday.', 28, 36) //=> 'future'
 */
export function detectTense(sentence: string, start: number, end: number): TemporalDirection | undefined {
  const before = sentence.slice(0, start);
  // The cues read right before the expression are patterns anchored at its start, all shorter than
  // this: tried on the rest of a long sentence, each would be tried at every position of it.
  const near = before.length > NEAR ? before.slice(-NEAR) : before;
  // A dateline's date ("NICOSIA, March 22 (Reuters) -") is the day the story was filed: gone by, not ahead.
  if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(sentence.slice(end))) return 'past';
  // ("had originally been scheduled for Sunday": a plan told in the past perfect was for a day gone.)
  if (LOCAL_FUTURE.test(near)) return PLAN_HAD.test(near) ? 'past' : 'future';
  // "The funeral is Saturday", "The deadline is Monday": a day or date right after "is" is ahead (a time word, not a verb after "are").
  if (COPULA_BEFORE.test(near) && /^[A-Z\d]/.test(sentence.slice(start, end))) return 'future';
  // "declared Sunday a national day of mourning", "set Friday as the deadline": the day named is
  // after the declaration, which was about when the story was filed: the publication's week
  // ("declared Sunday that …" is the day it was declared).
  if (DECLARED_DAY_BEFORE.test(near) && DECLARED_DAY_AFTER.test(sentence.slice(end))) return 'present';
  // A deadline ("until 9 a.m. Tuesday", "by Friday") lies ahead, unless told in the past perfect
  // ("Until Thursday, they had not called him a suspect"), or fronted before a past clause ("By
  // Wednesday morning, the fires were out").
  const fronted = /^\s*(?:by|until|till)\s+(?:the\s+)?$/i.test(before) && /,\s*(?:[\w’'-]+\s+){0,4}(?:was|were|had)\b/i.test(sentence.slice(end));
  // A possessive names the time of the noun after it ("Wednesday's ruling", "Monday's
  // inauguration"), not of the verb before: only what follows can tell.
  const possessive = /^['’]s\b/.test(sentence.slice(end));
  // Before such a noun ("before Friday's purchases", "by the Tuesday deadline") the deadline word
  // governs the noun: the clause tells whether that time is ahead or gone.
  const modifier = possessive || (/\bthe\s+$/i.test(before) && /^\s+[a-z]/.test(sentence.slice(end)));
  // A deadline points ahead unless its clause is told in the past with no word of the future ("the
  // attack happened shortly before 3 p.m. on Saturday"): decided below, once the clause is read.
  const deadline = LOCAL_DEADLINE.test(near) && !fronted && !modifier && !/\bhad\b/i.test(sentence.replace(ASIDE, ','));
  // "until" and "till" name a time something lasts to, ahead even after a past verb ("They
  // extended the deadline until Tuesday"); "before" and "by" may close a past clause.
  if (deadline && LOCAL_UNTIL.test(near)) return UNTIL_PAST.test(near) ? 'past' : 'future';
  // "after" names a time gone, unless its own clause is told ahead ("will meet after Christmas").
  if (!deadline && LOCAL_PAST.test(near) && !WILL_BEFORE.test(near)) return 'past';
  if (BASELINE.test(near)) return 'past';

  // The clause: from the last clause boundary before the expression to the next after it; a
  // relative clause between commas when the expression is in it ("The minister, who resigned on
  // Monday, will testify").
  let clauseStart = lastClauseMark(before) + 1;
  // "Obama vowed to make it a priority, and on Jan. 16 he unveiled a plan": a coordinated clause
  // that the expression opens is a clause of its own.
  const coordinated = COORDINATED_BEFORE.exec(near);
  if (coordinated) clauseStart = Math.max(clauseStart, before.length - near.length + coordinated.index + coordinated[0].length - (coordinated[1]?.length ?? 0));
  let clauseEnd = sentence.length;
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(sentence); m; m = ASIDE.exec(sentence)) {
    if (m.index < start && end <= m.index + m[0].length) {
      clauseStart = Math.max(clauseStart, m.index + 1);
      clauseEnd = m.index + m[0].length - 1;
      break;
    }
  }
  ASIDE.lastIndex = 0;
  let clause = sentence.slice(clauseStart, clauseEnd).replace(REPORTING_TAIL, '');
  const rel = start - clauseStart;
  const semi = clause.slice(rel).search(CLAUSE_MARKS);
  if (semi >= 0) clause = clause.slice(0, rel + semi);
  const left = possessive ? '' : clause.slice(0, Math.max(0, rel));
  let right = clause.slice(Math.min(clause.length, rel + (end - start)));
  // A possessive's noun is no verb ("February's starts were revised", "Monday's talks").
  if (possessive) right = right.replace(/^(['’]s\s+)([\w-]+)/, (_m, s: string, noun: string) => s + ' '.repeat(noun.length));
  // A possessive's noun has no verb of its own before the next clause; anything else with a verb on
  // its left keeps the tense of its own clause, not of the next one's subject.
  const futureIn = (r: string) => Math.min(nearest(FUTURE_CUES, left, r, NOT_FUTURE_BEFORE), nearest(MODAL_AHEAD, left, r, NOT_FUTURE_BEFORE), nearest(INTENT_TO, left, ''), nearest(BARE_FUTURE, left, r, NOT_BARE_FUTURE_BEFORE), nearest(BARE_NOUN_FUTURE, left, r, NOT_BARE_NOUN_FUTURE_BEFORE), nearest(NOUN_VERB_FUTURE, left, r, NOT_NOUN_VERB), nearest(PRESENT_PROGRESSIVE, left, r), nearest(PRESENT_PASSIVE, left, r));
  const pastIn = (r: string) => Math.min(nearest(PAST_CUES, left, r, NOT_PAST_BEFORE), nearest(PAST_ED, left, r, NOT_PAST_BEFORE));
  // "The cuts that took effect on March 1 are beginning to bite": inside a relative clause told in
  // the past, what follows is the main clause's.
  const relative = possessive ? null : RELATIVE_LEFT.exec(left);
  const relativeWords = relative?.[1] ?? '';
  if (relative && !THAT_CONJUNCTION_BEFORE.test(left.slice(0, relative.index)) && pastCue(relativeWords) < Number.POSITIVE_INFINITY && nearest(FUTURE_CUES, relativeWords, '', NOT_FUTURE_BEFORE) === Number.POSITIVE_INFINITY) right = '';
  const cut = possessive ? -1 : right.search(NEW_CLAUSE);
  if (cut >= 0 && Math.min(futureIn(''), pastIn('')) < Number.POSITIVE_INFINITY) right = right.slice(0, cut);

  const future = futureIn(right);
  const past = pastIn(right);
  if (deadline) {
    // Past only when the clause itself, without an aside (", which had been expected,"), is told in the past.
    const own = `${left} ${right}`.replace(ASIDE, ',');
    const told = pastCue(own);
    const ordered = nearest(ORDERED_TO, left, '') < Number.POSITIVE_INFINITY;
    return told < Number.POSITIVE_INFINITY && future === Number.POSITIVE_INFINITY && !ordered && !OBLIGATION.test(own) ? 'past' : 'future';
  }
  const present = nearest(PRESENT_SCHEDULE, left, right);
  if (present < Math.min(future, past)) return 'present';
  // "five months before the Nov. 5 election", "in the run-up to the Nov. 5 election": a date naming
  // a scheduled happening is not dated by the past verb of the clause; the nearest one is meant.
  if (past < future && !possessive && AHEAD_OF_THE.test(near) && SCHEDULED_NOUN.test(sentence.slice(end))) return undefined;
  // "two days before Saturday's election", "ahead of the summit in July", "headed home for the
  // weekend": the happening is dated by its own day, not by the verb before it; the nearest is meant.
  if (!(future < past) && ((possessive && AHEAD_OF_DAY.test(near) && SCHEDULED_NOUN.test(sentence.slice(end)))
    || SCHEDULED_IN_BEFORE.test(near) || (/\bfor\s+(?:the\s+)?$/i.test(near) && /^(?:the\s+)?weekend$/i.test(sentence.slice(start, end))))) return 'nearest';
  // "Banks were due to reopen on Tuesday, but …", "The talks were scheduled for Tuesday but were
  // postponed": a plan told in the past and undone may be for a day gone; the nearest is meant.
  if (future <= past && PAST_PLAN.test(left) && !/\b(?:said|says|told|announced|reported|added|stated)\b/i.test(before) && /\b(?:but|however|instead|until)\b/i.test(sentence.slice(end))) return 'nearest';
  // "Kenyans prepared on Friday for Monday's election": what is prepared for is ahead.
  if (possessive && /\bfor\s+$/i.test(near) && SCHEDULED_NOUN.test(sentence.slice(end)) && /\b(?:prepar\w*|ready\w*|gear\w*\s+up|brac\w*|deployed|mobili[sz]\w*|campaign\w*|train\w*)\b/i.test(before)) return 'future';
  if (future === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) {
    // A headline's "X to <verb>" ("Biden to visit Poland on Tuesday") is a plan.
    if (HEADLINE_TO.test(sentence.slice(0, start))) return 'future';
    // "is expected to win Sunday's election", "will attend Saturday's summit": a possessive naming a
    // scheduled happening, in a clause told ahead, is ahead too. ("will appeal Wednesday's ruling"
    // names one that is over: only nouns of what is scheduled.)
    if (possessive && (SCHEDULED_NOUN.test(sentence.slice(end)) || AWAITED_NOUN.test(sentence.slice(end)))) {
      const own = clause.slice(0, Math.max(0, rel));
      const ahead = Math.min(nearest(FUTURE_CUES, own, '', NOT_FUTURE_BEFORE), nearest(PRESENT_PROGRESSIVE, own, ''));
      if (ahead < pastCue(own)) return 'future';
    }
    return undefined;
  }
  return future <= past ? 'future' : 'past';
}

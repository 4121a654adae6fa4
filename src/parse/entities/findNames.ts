import { datelineLength } from '../datelineLength.js';
import { KNOWN_PLACES } from './places.js';

/** Names of one sentence, by kind, as plain strings (no leading article, no trailing punctuation). */
export interface FoundNames {
  people: string[];
  organisations: string[];
  places: string[];
  /** Places read from "in X" alone, to be dropped when X turns out to name something else ("a stake in Intel"). */
  maybePlaces: string[];
}

/** What the name finder may ask about the article and the data. */
export interface NameContext {
  /** Whether the word (lower case) appears in lower case somewhere in the article: a common word, not a name. */
  isCommon(word: string): boolean;
  /** Whether the form is in the gazetteer (a country, demonym, capital, organisation…). */
  isKnown(form: string): boolean;
  /** Whether the form is a country in the gazetteer ("Kenya", "U.S."). */
  isCountry(form: string): boolean;
  /** Whether the word is part of a person's name met so far in the article ("Reno" after "Janet Reno"). */
  isPersonWord(word: string): boolean;
}

/** Last words that make a capitalised run an organisation: "Justice Department", "Naturalization Service", "Intel Corp.". */
export const ORG_SUFFIX: ReadonlySet<string> = new Set([
  'Department', 'Dept', 'Ministry', 'Agency', 'Service', 'Services', 'Police', 'Party', 'Council', 'Commission', 'Committee', 'Bank', 'Bancorp',
  'Corp', 'Corporation', 'Inc', 'Co', 'Cos', 'Company', 'Companies', 'Ltd', 'PLC', 'Plc', 'AG', 'SA', 'NV', 'Group', 'Holdings', 'Industries', 'Securities',
  'Association', 'Union', 'Federation', 'Organization', 'Organisation', 'Institute', 'Foundation', 'Fund', 'Bureau', 'Board', 'Office', 'Authority',
  'Administration', 'Exchange', 'Court', 'Army', 'Navy', 'Guard', 'Command', 'Front', 'Movement', 'League', 'Airlines', 'Airways', 'Motors', 'Systems',
  'Network', 'Communications', 'Broadcasting', 'Times', 'Post', 'Journal', 'Tribune', 'Herald', 'Press', 'News', 'Magazine', 'University', 'College',
  'Church', 'Trust', 'Partners', 'Associates', 'Laboratories', 'Labs', 'Technologies', 'Electronics', 'Energy', 'Petroleum', 'Oil', 'Insurance',
  'Savings', 'Investments', 'Capital', 'Financial', 'Medical', 'Scientific', 'Electric', 'Electronic', 'Computer', 'Foods', 'Life', 'Entertainment',
  'Investors', 'Textile', 'Textiles', 'Baking', 'Data', 'Lines', 'Brewing', 'Stores', 'Markets', 'Pharmaceuticals', 'Chemical', 'Chemicals', 'Steel', 'Brigade', 'Brigades', 'Forces', 'Assembly', 'Parliament', 'Senate', 'Congress', 'Cabinet', 'Government',
]);

/** First words that make a capitalised run an organisation: "Institut Merieux", "Banque Paribas", "Credit Lyonnais". */
const ORG_PREFIX = new Set(['Institut', 'Banque', 'Banco', 'Societe', 'Société', 'Compagnie', 'Financiere', 'Financière', 'Credit', 'Crédit', 'Groupe', 'Grupo', 'Deutsche']);

/** The second half of "Tokyo-based", "British-owned": a description, not a name. */
const DESCRIPTIVE_HALF = /-(?:based|owned|led|backed|born|run|made|controlled|style|era|linked|funded|affiliated|allied|sponsored|held|bound)$/;

/** Last words that make a capitalised run a place: "Oklahoma City", "Florida Straits", "Red Sea". */
const PLACE_SUFFIX = new Set([
  'City', 'County', 'Island', 'Islands', 'Sea', 'Ocean', 'River', 'Lake', 'Bay', 'Straits', 'Strait', 'Mountains', 'Valley', 'Beach', 'Province', 'Region',
  'Peninsula', 'Desert', 'Coast', 'Canal', 'Gulf', 'Heights', 'Hills', 'Springs', 'Falls', 'Harbor', 'Harbour',
]);

/** Words that start a place's name and never a person's: "New York", "Los Angeles", "San Juan", "Fort Worth". */
const PLACE_START = new Set(['New', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Los', 'Las', 'San', 'Santa', 'Santo', 'Sao', 'St', 'Saint', 'Fort', 'Port', 'Mount', 'Lake', 'Cape', 'Hong', 'Puerto', 'Rio', 'Little', 'Old', 'Great']);

/**
 * Words that start no person's name: pronouns, months and days, words that open a sentence, and
 * role words (the role itself is read by the tracker's patterns). `NOT_NAME` in the tracker
 * covers many more.
 */
const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'To', 'Of', 'As', 'But', 'And', 'Or', 'So', 'If',
  'When', 'While', 'After', 'Before', 'Since', 'Until', 'During', 'Under', 'Over', 'Among', 'Although', 'Though', 'Because', 'Despite', 'Like', 'Unlike',
  'This', 'That', 'These', 'Those', 'There', 'Then', 'Here', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'Some', 'Many', 'Most', 'Both', 'All', 'Each',
  'Every', 'Any', 'No', 'Not', 'Other', 'Another', 'Such', 'What', 'Who', 'Which', 'Where', 'Why', 'How', 'Last', 'Next', 'Earlier', 'Later', 'Now', 'Today',
  'Yesterday', 'Tomorrow', 'Meanwhile', 'However', 'Also', 'Still', 'Yet', 'Even', 'Only', 'Just', 'More', 'Less', 'Several', 'Few', 'Former', 'Top', 'Senior',
  'Presidents', 'Ministers', 'Leaders', 'Officials', 'Whether', 'Once', 'Neither', 'Either', 'Two', 'Three', 'Four', 'Five', 'Ten', 'Instead', 'Ultimately', 'Nevertheless', 'Indeed', 'Separately', 'Late', 'Early', 'Thus',
  'Perhaps', 'Maybe', 'According', 'Asked', 'Through', 'Without', 'Within', 'Against', 'Between', 'Behind', 'Beyond', 'Inside', 'Outside', 'Near', 'Are', 'Is',
  'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'Did', 'Does', 'Do', 'Has', 'Have', 'Had', 'Let', 'Please', 'Yes', 'Oh', 'Dear', 'Welcome',
]);
const NOT_PERSON = new Set([
  ...FUNCTION_WORDS,
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'Easter', 'Treasurer', 'Pastor', 'Doctor', 'Justices',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mme', 'Sir', 'Lord', 'Lady', 'Rev', 'Sgt', 'Lt', 'Capt', 'Col', 'Gen', 'Adm', 'Gov', 'Sen.', 'Rep', 'Prof', 'Jr', 'Sr',
  'President', 'Vice', 'Prime', 'Minister', 'Premier', 'Chancellor', 'Secretary', 'General', 'Attorney', 'State', 'Staff', 'Exchequer', 'Foreign', 'Defense',
  'Defence', 'Interior', 'Finance', 'Treasury', 'Justice', 'Judge', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Mayor',
  'King', 'Queen', 'Prince', 'Princess', 'Crown', 'Emir', 'Sultan', 'Pope', 'Ayatollah', 'Archbishop', 'Cardinal', 'Bishop', 'Father', 'Sister', 'Brother',
  'Chairman', 'Chairwoman', 'Chair', 'Chief', 'Executive', 'Director', 'Commissioner', 'Ambassador', 'Admiral', 'Commander', 'Colonel', 'Captain', 'Sergeant',
  'Lieutenant', 'Major', 'Officer', 'Detective', 'Inspector', 'Superintendent', 'Deputy', 'Acting', 'Assistant', 'Associate', 'Professor', 'Speaker',
  'Federal', 'National', 'International', 'American', 'Republican', 'Democrat', 'Democratic', 'Communist', 'Socialist', 'Liberal', 'Conservative', 'Labour',
  'Catholic', 'Roman', 'Islamic', 'Muslim', 'Christian', 'Jewish', 'Arab', 'Western', 'Eastern', 'Northern', 'Southern', 'Hurricane', 'Operation',
  'Internet', 'Web', 'TV', 'Radio', 'Inc', 'Corp', 'Co', 'Ltd', 'Street', 'Avenue', 'Road', 'Square', 'Hall', 'Building', 'Tower', 'Center', 'Centre',
  'Airport', 'Base', 'Station', 'Hospital', 'School', 'Stadium', 'Park', 'Bridge', 'Index', 'Stock', 'Market', 'Wall', 'Dow', 'Nasdaq', 'Big', 'Board',
  'English', 'Arabic', 'Hebrew', 'Latin', 'Swahili', 'Act', 'Bill', 'Law', 'Treaty', 'Accord', 'Agreement', 'Plan', 'Award', 'Prize', 'Cup', 'Games', 'War', 'Olympics', 'God', 'Allah', 'Lord', 'Bible',
]);

/** Where the tracker drops "Bill": "Bill Clinton" is a name; so keep "Bill" when a capitalised word follows. */
const FIRST_NAME_TOO = new Set(['Bill', 'Major', 'Wall', 'Park', 'Hall', 'Sister', 'Brother', 'Father', 'Lord', 'Lady', 'Sir', 'King', 'Prince', 'Princess', 'Queen']);

/** Lowercase words inside names: "Daniel arap Moi", "Osama bin Laden", "Dar es Salaam". */
const PARTICLES = new Set(['al', 'bin', 'ibn', 'arap', 'de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'di', 'du', 'dos', 'el', 'ben', 'es']);
/** Lowercase words inside organisations' names: "Immigration and Naturalization Service", "Bank of England". */
const ORG_JOINERS = new Set(['of', 'and', '&']);

/** Abbreviations whose period does not end a capitalised run ("Intel Corp. said", "James C. Kopp"). */
const ABBREVIATIONS = new Set(['Corp', 'Inc', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'St', 'Ft', 'Mt', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'Prof', 'Dept']);

/** US state abbreviations after a town: "Newark, N.J.", "Orlando, Fla.". */
const STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb',
  'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'D.C',
]);

/** Initialisms that name no organisation. */
const NOT_ACRONYM = new Set(['AP', 'UPI', 'AFP', 'TV', 'OK', 'AM', 'PM', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'GMT', 'UTC', 'CEO', 'CFO', 'GOP', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX', 'MP', 'MPs', 'PhD', 'DNA', 'AIDS', 'HIV', 'GDP', 'USA', 'US', 'UK', 'AD', 'BC', 'ID', 'PC', 'PCs', 'CD', 'DVD', 'VIP', 'SUV', 'NYSE', 'GNP', 'RICO', 'NOTE', 'END', 'UPDATE', 'AI', 'IT', 'IQ', 'PR', 'HQ', 'LNG', 'OTC', 'IPO', 'ATM', 'SMS', 'GPS', 'POW', 'POWs', 'MIA', 'UFO', 'BBQ', 'RSVP', 'ASAP', 'FAQ']);

/** Words, with where they stand and whether a run of names may go on after them. */
interface Word {
  /** The word without a possessive "'s" or a sentence's full stop ("Corp." and "C." keep theirs out too: see `abbreviation`). */
  text: string;
  start: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A comma, a full stop, a quote or a bracket follows, or the word is a possessive: a run of names ends here. */
  stop: boolean;
  /** An abbreviation with its period: "Corp.", "Sen.", "Jr.". */
  abbreviation: boolean;
  /** "Castro's". */
  possessive: boolean;
  /** The punctuation right after the word (",", ".", "(", …), or ''. */
  after: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
const CAP = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const ALL_CAPS = /^\p{Lu}[\p{Lu}&]+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
const POSSESSIVE = /['’]s$/;
const APOSTROPHE_END = /['’]$/;
const PUNCTUATION_AFTER = /[,;:!?()[\]"“”‘—–_]/;
const ARTICLE = /^(?:the|The|a|an)$/;
const PLACE_NOUN = /^(?:city|town|village|port|province|region|state|capital|suburb|island|district|county|resort|enclave)$/;
const IN_PLACE = /^(?:in|near|outside)$/;
const BASED = /-based$/;
/** A sentence's first word that is no name: "Making …", "Ultimately …", "I'm …". */
const OPENER = /^\p{Lu}\p{Ll}+(?:ing|ly)$|['’](?:m|re|ve|ll|d)$/u;

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    let text = m[0];
    let possessive = false;
    if (POSSESSIVE.test(text)) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (APOSTROPHE_END.test(text)) text = text.slice(0, -1);
    let fullStop = false;
    let abbreviation = false;
    if (text.endsWith('.') && !INITIAL.test(text) && !INITIALISM.test(text)) {
      text = text.slice(0, -1);
      abbreviation = ABBREVIATIONS.has(text) || STATE_ABBREVIATIONS.has(text);
      fullStop = !abbreviation;
    }
    let i = m.index + m[0].length;
    while (sentence.charCodeAt(i) === 32) i++;
    const next = sentence.charAt(i);
    const after = fullStop ? '.' : PUNCTUATION_AFTER.test(next) || (next === '-' && sentence.charAt(i + 1) === '-') ? next : '';
    words.push({ text, start: m.index, cap: CAP.test(text), stop: after !== '' || possessive, abbreviation, possessive, after });
  }
  return words;
}

/**
 * Finds the names of people, organisations and places in one sentence without a part-of-speech
 * tagger: runs of capitalised words, read by their shape and their neighbours. A run ending in
 * "Department", "Service", "Corp." … is an organisation, as is an initialism such as "FBI" or
 * "INS"; a place is a dateline ("MIAMI (AP) _"), a known place ("Miami", "Florida"), "city of X",
 * "X, <country or US state>", "X City" or "in X"; a run of two to four name-shaped words that
 * are not common words of the article, place words, role words or after "the" is a person
 * ("Luis Baez said", "Elian Gonzalez").
 *
 * @example
 * findNames('Luis Baez said the Justice Department and the FBI met in Miami.', context)
 * //=> { people: ['Luis Baez'], organisations: ['Justice Department', 'FBI'], places: ['Miami'] }
 */
export function findNames(sentence: string, context: NameContext): FoundNames {
  const out: FoundNames = { people: [], organisations: [], places: [], maybePlaces: [] };
  // A dateline ("MIAMI (AP) --", "NAIROBI, Kenya (AP) _", "WASHINGTON, May 16 (Example Wire) -")
  // gives its town; its outlet is no organisation of the story.
  const filed = datelineLength(sentence);
  const town = filed ? DATELINE_TOWN.exec(sentence)?.[1] : undefined;
  if (town && !context.isKnown(town)) out.places.push(titleCase(town));
  const words = wordsOf(sentence).filter((w) => w.start >= filed);

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Initialisms: "INS", "FBI", "IBM" (not inside an all-capitals line such as a dateline or a headline).
    if (w.text.length <= 6 && ALL_CAPS.test(w.text) && !NOT_ACRONYM.has(w.text) && !context.isKnown(w.text)) {
      const prev = words[i - 1];
      const next = words[i + 1];
      const shouting = (prev !== undefined && ALL_CAPS.test(prev.text)) || (next !== undefined && ALL_CAPS.test(next.text) && !NOT_ACRONYM.has(next.text));
      if (!shouting && !(i === 0 && w.after !== '')) out.organisations.push(w.text);
    }
    if (!w.cap) continue;
    // A run of capitalised words, with particles ("bin", "de") and joiners ("of", "and") between them.
    let j = i;
    while (j + 1 < words.length && !words[j]!.stop) {
      const next = words[j + 1]!;
      if (next.cap) {
        j++;
        continue;
      }
      const after = words[j + 2];
      if ((PARTICLES.has(next.text) || ORG_JOINERS.has(next.text)) && !next.stop && after?.cap) {
        j += 2;
        continue;
      }
      break;
    }
    readRun(words, i, j, sentence, context, out);
    i = j;
  }
  return out;
}

/** The town that opens a dateline: its first one to three words in capitals. */
const DATELINE_TOWN = /^\s*((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2})/u;

function readRun(words: readonly Word[], from: number, to: number, sentence: string, context: NameContext, out: FoundNames, noPerson = false): void {
  // A capitalised word the article also writes in lower case is a common word ("Officials said", "Federal agents"), not a name.
  const common = (w: Word) => context.isCommon(w.text.toLowerCase());
  let run = words.slice(from, to + 1);
  // "Tokyo-based Asia Advisory Services Inc.", "The Wilmington, Del., company": not part of the name.
  while (run.length > 1 && ((FUNCTION_WORDS.has(run[0]!.text) && run[0]!.text !== 'The') || BASED.test(run[0]!.text) || (run[0] === words[0] && OPENER.test(run[0]!.text))
    || (run[0]!.text === 'The' && run[1]!.text !== 'Hague'))) run = run.slice(1);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = words[from - 1];
  const afterThe = before !== undefined && ARTICLE.test(before.text) && !before.stop;

  // Organisations: the run up to its last organisation word ("the Immigration and Naturalization Service").
  for (let k = run.length - 1; k > 0; k--) {
    if (!ORG_SUFFIX.has(run[k]!.text)) continue;
    // "International Court of Justice", "Bank of England": the name goes on after "of".
    while (run[k + 1]?.text === 'of' && run[k + 2] !== undefined) {
      k += 2;
      while (run[k + 1]?.cap) k++;
    }
    let name = run.slice(0, k + 1);
    // "Shares of Intel Corp.": before "of" only an organisation's word belongs to the name ("Bank of New York").
    for (let o = name.length - 2; o > 0; o--) {
      if (name[o]!.text === 'of' && !ORG_SUFFIX.has(name[o - 1]!.text)) {
        name = name.slice(o + 1);
        break;
      }
    }
    // "The US Justice Department": the country is the owner, not part of the name; but in the
    // "Taiwan Affairs Office" it is what the office deals with.
    while (name.length > 2 && context.isKnown(name[0]!.text) && name[1]!.text !== 'Affairs') name = name.slice(1);
    // "Reno and Immigration and Naturalization Service": a name before "and" is not part of it.
    for (let a = name.length - 2; a > 0; a--) {
      if (name[a]!.text !== 'and' && name[a]!.text !== '&') continue;
      const left = name.slice(0, a);
      // A name of its own before "and" ("United States and Soviet Union", "Kernel Corp. and Catalyst Partners", "Reno and …"),
      // not the first half of one name ("National Abortion and Reproductive Rights Action League").
      if (context.isKnown(spanText(sentence, left)) || left.some((w) => context.isPersonWord(w.text) || context.isKnown(w.text)) || ORG_SUFFIX.has(left[left.length - 1]!.text)) {
        // The part before "and" is read on its own ("Kernel Corp." is an organisation too).
        readRun(words, words.indexOf(left[0]!, from), words.indexOf(left[left.length - 1]!, from), sentence, context, out);
        name = name.slice(a + 1);
        break;
      }
    }
    if (name.length > 1 || !ORG_SUFFIX.has(name[0]!.text)) out.organisations.push(spanText(sentence, name));
    // "Puerto Rico Police Superintendent Pedro Toledo": read what follows the organisation on its own.
    if (k < run.length - 1) readRun(words, words.indexOf(run[k + 1]!, from), to, sentence, context, out);
    return;
  }
  // "Institut Merieux", "Credit Lyonnais": a European company's first word.
  if (run.length >= 2 && ORG_PREFIX.has(first.text) && !run.some((w) => w.text === 'and')) {
    out.organisations.push(spanText(sentence, run));
    return;
  }
  // "University of Miami", "Bank of England", "Organization of African Unity".
  if (run.length > 2 && ORG_SUFFIX.has(first.text) && run[1]!.text === 'of') {
    out.organisations.push(spanText(sentence, run));
    return;
  }
  if (run.some((w) => w.text === 'and' || w.text === '&' || w.text === 'of')) {
    // Not an organisation: read the parts ("Putin and Xi", "Secretary of State Madeleine Albright").
    let s = 0;
    for (let k = 0; k <= run.length; k++) {
      const w = run[k];
      if (w === undefined || w.text === 'and' || w.text === '&' || w.text === 'of') {
        // After "of" a part is no person's name ("Commonwealth of Independent States", "Secretary of State …": roles are read
        // elsewhere), nor before an "of" that does not name a country or place ("Leonid Kuchma of Ukraine" is one).
        const next = run[k + 1];
        const ofAfter = w?.text === 'of' && !(next && (context.isKnown(next.text) || KNOWN_PLACES.has(next.text)));
        if (k > s) readRun(words, words.indexOf(run[s]!, from), words.indexOf(run[k - 1]!, from), sentence, context, out, run[s - 1]?.text === 'of' || ofAfter);
        s = k + 1;
      }
    }
    return;
  }

  const text = spanText(sentence, run);
  const single = run.length === 1;
  const placeShaped = run.length <= 3 && run.every((w) => LOWER.test(w.text) && !w.abbreviation && !NOT_PERSON.has(w.text) && !context.isKnown(w.text) && !context.isPersonWord(w.text));
  // Places: known ones, "the northeastern city of Harbin", "Newark, N.J.", "Stresa, Italy", "Oklahoma City", "in Peoria".
  if (KNOWN_PLACES.has(text)) {
    out.places.push(text);
    return;
  }
  const of = before && before.text === 'of' && !before.stop ? words[from - 2] : undefined;
  if (placeShaped && of && PLACE_NOUN.test(of.text)) {
    out.places.push(text);
    return;
  }
  if (placeShaped && last.after === ',' && !(from === 0 && common(first))) {
    const next = words[to + 1];
    const next2 = words[to + 2];
    const country = next && next2?.cap && !next.stop ? `${next.text} ${next2.text}` : undefined;
    // "Stresa, Italy," and "Newark, N.J., was", not an apposition: "Uri Lubrani, Israel's top official".
    const closing = (w: Word | undefined) => w !== undefined && !w.possessive && (w.stop || w === words[words.length - 1]);
    const place = (STATE_ABBREVIATIONS.has(next?.text ?? '') || (next?.cap === true && KNOWN_PLACES.has(next.text)) || context.isCountry(next?.text ?? '')) && closing(next);
    if (next && (place || (country !== undefined && context.isCountry(country) && closing(next2)))) {
      if (!run.some(common)) out.places.push(text);
      return;
    }
  }
  if (!single && run.length <= 3 && PLACE_SUFFIX.has(last.text) && placeShaped) {
    out.places.push(text);
    return;
  }
  // "East Africa", "South Florida", "Little Havana": a direction or the like before a known place.
  if (run.length === 2 && PLACE_START.has(first.text) && (KNOWN_PLACES.has(last.text) || context.isKnown(last.text))) {
    out.places.push(text);
    return;
  }

  // People: two to four name-shaped words.
  let start = 0;
  const keepFirst = (k: number) => FIRST_NAME_TOO.has(run[k]!.text) && k + 1 < run.length && !NOT_PERSON.has(run[k + 1]!.text);
  while (start < run.length && !keepFirst(start) && (NOT_PERSON.has(run[start]!.text) || run[start]!.abbreviation || context.isKnown(run[start]!.text) || common(run[start]!))) start++;
  const person = run.slice(start);
  const nameShaped = (w: Word, k: number) => PARTICLES.has(w.text) || INITIAL.test(w.text)
    || (LOWER.test(w.text) && !DIGIT.test(w.text) && !w.abbreviation && !context.isKnown(w.text) && !DESCRIPTIVE_HALF.test(w.text) && !context.isKnown(w.text.split('-')[0] ?? '') && !PLACE_SUFFIX.has(w.text) && !ORG_SUFFIX.has(w.text)
      && ((k === 0 && FIRST_NAME_TOO.has(w.text)) || (!NOT_PERSON.has(w.text) && !common(w))))
    || (k > 0 && w.abbreviation && (w.text === 'Jr' || w.text === 'Sr'));
  if (!noPerson && person.length >= 2 && person.length <= 4 && !(afterThe && start === 0) && !PLACE_START.has(person[0]!.text) && person.every(nameShaped)
    && !INITIAL.test(person[person.length - 1]!.text) && !PARTICLES.has(person[0]!.text)) {
    const name = spanText(sentence, person);
    if (!KNOWN_PLACES.has(name) && !context.isKnown(name) && !(person.length > 2 && context.isKnown(spanText(sentence, person.slice(0, 2))))) {
      out.people.push(name);
      return;
    }
  }

  // "in Peoria", "near Kennebunkport": a name after "in" that is neither a person's nor a common word.
  if (placeShaped && run.length <= 2 && before && !before.stop && IN_PLACE.test(before.text) && !run.some(common)) out.maybePlaces.push(text);
}

function spanText(sentence: string, run: readonly Word[]): string {
  const a = run[0]!;
  const b = run[run.length - 1]!;
  return sentence.slice(a.start, b.start + b.text.length);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A tagged temporal expression as the scorer sees it (gold or system). */
export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** One document's gold and system expressions. */
export interface ScoringDocument {
  id: string;
  /** The document text, for context in the error listing. */
  text?: string;
  gold: readonly ScoredSpan[];
  system: readonly ScoredSpan[];
}

/** Precision, recall and F1 in percent. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** What went wrong with one expression. */
export interface ScoringError {
  kind: 'missed' | 'spurious' | 'extent' | 'type' | 'value';
  document: string;
  gold?: ScoredSpan;
  system?: ScoredSpan;
  /** Some text around the expression. */
  context?: string;
}

/** TempEval-3 Task A scores, with the counts behind them. */
export interface TimexScores {
  gold: number;
  system: number;
  strictMatches: number;
  relaxedMatches: number;
  typeMatches: number;
  valueMatches: number;
  strict: PRF;
  relaxed: PRF;
  /** 2 × type matches / (gold + system), in percent. */
  typeF1: number;
  /** 2 × value matches / (gold + system), in percent. */
  valueF1: number;
  /** Type and value matches as a share of the relaxed matches (TempEval-3's attribute accuracy). */
  typeAccuracy: number;
  valueAccuracy: number;
  errors: ScoringError[];
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((10_000 * n) / d) / 100);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : Math.round((200 * p * r) / (p + r)) / 100);
function prf(matches: number, system: number, gold: number): PRF {
  const precision = pct(matches, system);
  const recall = pct(matches, gold);
  // F1 from the unrounded ratios, so that it does not inherit rounding.
  const p = system ? matches / system : 0;
  const r = gold ? matches / gold : 0;
  return { precision, recall, f1: f1(100 * p, 100 * r) };
}

const overlaps = (a: ScoredSpan, b: ScoredSpan) => a.start < b.end && b.start < a.end;

/**
 * Pairs gold and system expressions one-to-one: identical extents first, then, for each gold
 * expression in text order, the first unused system expression whose extent overlaps it.
 */
function align(gold: readonly ScoredSpan[], system: readonly ScoredSpan[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const si = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) {
      pairs.set(gi, si);
      used.add(si);
    }
  });
  gold.forEach((g, gi) => {
    if (pairs.has(gi)) return;
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i) || !overlaps(g, s)) return;
      const o = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (o > bestOverlap) [best, bestOverlap] = [i, o];
    });
    if (best >= 0) {
      pairs.set(gi, best);
      used.add(best);
    }
  });
  return pairs;
}

function contextOf(text: string | undefined, span: ScoredSpan): string | undefined {
  if (text === undefined) return undefined;
  const from = Math.max(0, span.start - 60);
  const to = Math.min(text.length, span.end + 60);
  return `${text.slice(from, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, to)}`.replace(/\s+/g, ' ');
}

/**
 * Scores temporal expression tagging as TempEval-3 Task A does: strict (identical extents) and
 * relaxed (overlapping extents, each expression used once) precision, recall and F1, and type and
 * value F1, where an attribute counts only on a relaxed match and its F1 is
 * 2 × matches / (|gold| + |system|). Returns the counts and a listing of every error.
 *
 * @example
 * const g = { start: 0, end: 6, text: 'Friday', type: 'DATE', value: '1998-02-13' };
 * scoreTimexes([{ id: 'd', gold: [g], system: [{ ...g, value: '1998-02-20' }] }]).valueF1 //=> 0
 */
export function scoreTimexes(documents: readonly ScoringDocument[]): TimexScores {
  let gold = 0;
  let system = 0;
  let strictMatches = 0;
  let relaxedMatches = 0;
  let typeMatches = 0;
  let valueMatches = 0;
  const errors: ScoringError[] = [];
  for (const doc of documents) {
    gold += doc.gold.length;
    system += doc.system.length;
    const pairs = align(doc.gold, doc.system);
    const matched = new Set(pairs.values());
    doc.gold.forEach((g, gi) => {
      const si = pairs.get(gi);
      const context = contextOf(doc.text, g);
      const where = context === undefined ? {} : { context };
      if (si === undefined) {
        errors.push({ kind: 'missed', document: doc.id, gold: g, ...where });
        return;
      }
      const s = doc.system[si] as ScoredSpan;
      relaxedMatches++;
      if (s.start === g.start && s.end === g.end) strictMatches++;
      else errors.push({ kind: 'extent', document: doc.id, gold: g, system: s, ...where });
      if (s.type === g.type) typeMatches++;
      else errors.push({ kind: 'type', document: doc.id, gold: g, system: s, ...where });
      if (s.value === g.value) valueMatches++;
      else errors.push({ kind: 'value', document: doc.id, gold: g, system: s, ...where });
    });
    doc.system.forEach((s, si) => {
      if (matched.has(si)) return;
      const context = contextOf(doc.text, s);
      errors.push({ kind: 'spurious', document: doc.id, system: s, ...(context === undefined ? {} : { context }) });
    });
  }
  return {
    gold,
    system,
    strictMatches,
    relaxedMatches,
    typeMatches,
    valueMatches,
    strict: prf(strictMatches, system, gold),
    relaxed: prf(relaxedMatches, system, gold),
    typeF1: pct(2 * typeMatches, gold + system),
    valueF1: pct(2 * valueMatches, gold + system),
    typeAccuracy: pct(typeMatches, relaxedMatches),
    valueAccuracy: pct(valueMatches, relaxedMatches),
    errors,
  };
}

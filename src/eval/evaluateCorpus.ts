import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveTimexes } from '../parse/temporal/resolveTimexes.js';
import { explainErrors, type ErrorExplanation } from './explainErrors.js';
import { readTimeML } from './readTimeML.js';
import { scoreTimexes, type ScoringDocument, type TimexScores } from './scoreTimexes.js';

/** The outcome of running the resolver over a folder of TimeML documents. */
export interface CorpusEvaluation {
  /** `.tml` files read and scored. */
  documents: number;
  scores: TimexScores;
  /** The errors sorted by what the corpus itself says of them (`explainErrors`). */
  explanation: ErrorExplanation;
  /** Files that could not be read, with why (they are left out of the scores). */
  problems: string[];
}

/** Every `.tml` file under a folder (or the file itself), sorted, so that runs are reproducible. */
function tmlFiles(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...tmlFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.tml')) out.push(p);
  }
  return out;
}

/**
 * Reads the TimeML documents under the given folders (recursively), resolves each `<TEXT>` with
 * its creation time as the publication instant in UTC, and scores the result against the gold
 * TIMEX3 annotations as TempEval-3 Task A does.
 *
 * @example
 * evaluateCorpus(['../shared/te3']).scores.valueF1 //=> e.g. 86.5
 */
export function evaluateCorpus(roots: readonly string[]): CorpusEvaluation {
  const docs: ScoringDocument[] = [];
  const problems: string[] = [];
  for (const root of roots) {
    for (const file of tmlFiles(root)) {
      try {
        const doc = readTimeML(readFileSync(file, 'utf8'), file);
        const system = resolveTimexes({ text: doc.text, published: doc.published, timeZone: 'UTC' });
        docs.push({ id: path.relative(root, file) || path.basename(file), text: doc.text, gold: doc.timexes, system });
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
  }
  const scores = scoreTimexes(docs);
  return { documents: docs.length, scores, explanation: explainErrors(docs, scores.errors), problems };
}

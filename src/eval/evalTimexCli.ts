#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { evaluateCorpus } from './evaluateCorpus.js';
import { formatError } from './formatError.js';
import { formatExplanation } from './formatExplanation.js';
import { formatScores } from './formatScores.js';
import type { ScoringError } from './scoreTimexes.js';
import { toScoreRecord } from './ScoreRecord.js';

/** Where the regression guard's figures live (committed; `npm test` compares against them). */
const RECORD_FILE = path.join(PACKAGE_ROOT, 'src', 'eval', 'recordedScores.json');

const HELP = `Usage: npm run eval:timex -- DIR... [--errors] [--kind K,...] [--json] [--explain] [--record NAME]

Reads the TimeML (.tml) documents under each DIR (recursively), resolves the text of <TEXT> with
the document creation time as the publication date (UTC), and prints TempEval-3 Task A scores:
strict and relaxed precision/recall/F1, type F1 and value F1.

Options:
  --errors          also list every error (missed, spurious, extent, type, value)
  --kind K,...      only these kinds of error (implies --errors)
  --json            print the scores (and errors, with --errors) as JSON
  --explain         sort the errors by what the corpus says of them: wrong values the gold gives
                    the same phrase elsewhere, spurious phrases it tags elsewhere, missed
                    phrases it leaves untagged elsewhere (its own disagreements), and the rest
  --record NAME     store the figures as NAME in src/eval/recordedScores.json, the floor that
                    npm test holds the resolver to (te3: the full corpus; excerpt: the fixtures)
  -h, --help        show this help

Examples:
  npm run eval:timex -- ../shared/te3
  npm run eval:timex -- ../shared/te3/aquaint --kind value,missed
  npm run eval:timex -- ../shared/te3 --explain
  npm run eval:timex -- tests/fixtures/te3 --record excerpt
`;

const KINDS = new Set<ScoringError['kind']>(['missed', 'spurious', 'extent', 'type', 'value']);

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        errors: { type: 'boolean', default: false },
        kind: { type: 'string' },
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        record: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (err) {
    process.stderr.write(`eval:timex: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`eval:timex: name a folder of .tml files\n\n${HELP}`);
    return 2;
  }
  const missing = positionals.filter((p) => !existsSync(p));
  if (missing.length) {
    process.stderr.write(`eval:timex: ${missing.join(', ')}: no such file or folder\n`);
    return 2;
  }
  const kinds = values.kind?.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds?.filter((k) => !KINDS.has(k as ScoringError['kind']));
  if (bad?.length) {
    process.stderr.write(`eval:timex: --kind ${bad.join(',')}: use ${[...KINDS].join(', ')}\n`);
    return 2;
  }
  const listErrors = values.errors || kinds !== undefined;
  const evaluation = evaluateCorpus(positionals);
  const { documents, scores, problems, explanation } = evaluation;
  for (const p of problems) process.stderr.write(`${p}\n`);
  const errors = scores.errors.filter((e) => !kinds || kinds.includes(e.kind));
  if (values.json) {
    const { errors: _all, ...figures } = scores;
    process.stdout.write(`${JSON.stringify({ documents, ...figures, ...(values.explain ? { explanation } : {}), ...(listErrors ? { errors } : {}) }, null, 2)}\n`);
  } else {
    if (listErrors) for (const e of errors) process.stdout.write(`${formatError(e)}\n`);
    process.stdout.write(`documents ${documents}\n${formatScores(scores)}\n`);
    if (values.explain) process.stdout.write(`${formatExplanation(explanation)}\n`);
  }
  if (values.record) {
    const all = existsSync(RECORD_FILE) ? (JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as Record<string, unknown>) : {};
    all[values.record] = { corpus: positionals.join(' '), ...toScoreRecord(evaluation) };
    writeFileSync(RECORD_FILE, `${JSON.stringify(all, null, 2)}\n`);
    process.stderr.write(`recorded as "${values.record}" in ${path.relative(process.cwd(), RECORD_FILE)}\n`);
  }
  return problems.length && documents === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

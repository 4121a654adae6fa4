import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../TimexSpec.js';

/** The parts of an exact TimeML duration: "P3Y2M" → date part "3Y2M", time part "" ; "PT2H" → "", "2H". */
const EXACT = /^P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])*))?$/;
/** What may join the two: "and", a comma, or nothing ("1 hour 20 minutes"). */
const JOINT = /^\s*(?:,\s*|and\s+|,\s*and\s+)?$/;
/** Units from the largest, date and time parts apart (M is months before T, minutes after). */
const ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];

function units(value: string): string[] | undefined {
  const m = EXACT.exec(value);
  if (!m) return undefined;
  const out = [...(m[1] ?? '').matchAll(/\d+([YMWD])/g)].map((x) => x[1] as string);
  out.push(...[...(m[2] ?? '').matchAll(/\d+([HMS])/g)].map((x) => `T${x[1]}`));
  return out;
}

/**
 * "two hours and 10 minutes", "three years and four months", "1 hour, 20 minutes": a duration
 * followed by one in smaller units is one duration (PT2H10M, P3Y4M), as TimeML writes
 * "5 1/2 hours" (PT5H30M). The first keeps its modifier ("more than two hours and 10 minutes").
 */
export class ENCompoundDurationRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      // Only next to each other, with nothing but "and" or a comma between (tested first: reading a spec costs more).
      const joined = prev !== undefined && r.index - (prev.index + prev.text.length) <= 6 && JOINT.test(context.text.slice(prev.index + prev.text.length, r.index));
      const a = joined ? specOf(prev.start) : undefined;
      const b = a?.kind === 'duration' ? specOf(r.start) : undefined;
      if (prev && a?.kind === 'duration' && b?.kind === 'duration' && !b.mod && !a.age && !b.age && !prev.end && !r.end) {
        const ua = units(a.value);
        const ub = units(b.value);
        if (ua?.length && ub?.length && ORDER.indexOf(ub[0] as string) > ORDER.indexOf(ua[ua.length - 1] as string)) {
          const date = (v: string) => EXACT.exec(v)?.[1] ?? '';
          const time = (v: string) => EXACT.exec(v)?.[2] ?? '';
          const t = time(a.value) + time(b.value);
          const merged = prev.clone();
          merged.text = context.text.slice(prev.index, r.index + r.text.length);
          attachSpec(merged.start, { ...a, value: `P${date(a.value)}${date(b.value)}${t ? `T${t}` : ''}` });
          out[out.length - 1] = merged;
          continue;
        }
      }
      out.push(r);
    }
    return out;
  }
}

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * "now" as an adverb inside a noun phrase ("its now two-year-old campaign", "the now-defunct
 * party") is not a reference to the present: drop it.
 */
export class ENNowAdverbRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!/^now$/i.test(r.text.trim())) return true;
      const after = context.text.slice(r.index + r.text.length);
      return !/^[\s-]+(?:[\w-]+[-\s]+){0,2}(?:old|long|defunct|former|retired|ex|famous|infamous|late)\b/i.test(after) && !/^-/.test(after);
    });
  }
}

/** Cardinal number words used in news English, with their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, single: 1, half: 0.5,
};

/** Vague quantities: TimeML writes them as `X` ("a few weeks" → `PXW`). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set([
  'a few', 'few', 'several', 'some', 'many', 'recent', 'the past few', 'the last few', 'the next few', 'the coming',
]);

/**
 * A regex source that matches a number written in digits or words ("48", "2,000", "two",
 * "twenty-five"); never the digits after a thousands separator ("000" of "10,000").
 */
export const NUMBER_PATTERN =
  '(?:(?<!\\d[,.])(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an|single|half)';

/**
 * The value of a number written in digits or words; `undefined` when it is not a number.
 *
 * @example
 * parseNumber('twenty-five') //=> 25
 * parseNumber('48') //=> 48
 */
export function parseNumber(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  const parts = w.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/**
 * An amount right before "a day", "a year": "$2 million a year", "four flights a week", "358,000 a
 * month". Such a rate is no temporal expression in the TempEval-3 gold (most of them are untagged).
 */
export const AMOUNT_BEFORE = /(?:\d|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|cents?|dollars?|times|yen|yuan|won|euro|inch|inches|foot|feet|tonnes?|tons?|barrels?|gallons?|litres?|liters?)|\b(?:million|billion|trillion|thousand|hundred|\d[\d.,]*)\s+(?:[a-z]+\s+){0,2}of\s+[a-z]+|%|\b(?!(?:days|weeks|months|years|hours|minutes|was|has|is|as|this|its|his|us|yes|less|unless|across|plus|thus)\b)[a-z]{3,}s)\s*$/i;

/**
 * Years as news English writes them: digits in the range a news text plausibly names (1500–2099),
 * the words that show a number is not a year, and years in words ("nineteen ninety-six", "two
 * thousand").
 */

/** A four-digit year from 1500 to 2099. */
export const YEAR_PATTERN = '(?:1[5-9]\\d\\d|20\\d\\d)';

/** What before a number shows it is not a year ("$1990", "No. 1990", "flight 1990", "1,990"). */
export const NOT_YEAR_BEFORE =
  /(?:[$£€¥#]\s*|\d[.,]?|[.,]|\b(?:No|Nos|no|nos|Flight|flight|Route|route|Highway|Interstate|Room|room|Box|Suite|Resolution|resolution|resolutions|Article|Section|Rule|Chapter|Model|model|Boeing|Airbus|page|pages|p|pp|version|Windows|Jeep|number|Number|Act|code|Code|Form|form|Item|item|Bill|bill|Law|law|Unit|unit|Apt|apt|Flt|call|exit|Exit|Lot|lot|Table|Track)\.?\s+)$/;

/** What after a number shows it is not a year ("1990 soldiers", "1990%", "1990-1234", "1990 GMT", "1600 Pennsylvania Avenue", "the 1900 block"). */
export const NOT_YEAR_AFTER =
  /^(?:[.,]\d|\s+block\b|\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Way|Place|Square)|\s*(?:%|percent\b|per\s*cent\b)|-\d{3,}|:\d|\s*(?:GMT|EDT|EST|CDT|CST|PDT|PST|UTC|BST|CET|IST|JST|KST|HKT|SGT|AEST|AEDT|hours?|hrs)\b|\s+(?!(?:assault|nuclear|chemical|ballistic|cruise|air|arms|weapons?)\s)(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|men|women|children|workers|employees|jobs|residents|refugees|votes|voters|members|delegates|students|police|officers|deaths|dead|casualties|cases|victims|homes|houses|cars|vehicles|planes|aircraft|ships|tanks|weapons|missiles|rockets|guns|rifles|rounds|miles|kilometers|kilometres|km|feet|meters|metres|yards|acres|hectares|tons|tonnes|pounds|kilograms|kg|barrels|gallons|liters|litres|dollars|euros|yen|marks|francs|pesos|rupees|shares|points|units|copies|pages|words|calories|degrees|rooms|beds|seats|signatures|names|items|species|stores|branches|plants|sites|companies|firms|banks|schools|hospitals|villages|towns|cities|flights|passengers|tourists|visitors|fans|protesters|demonstrators|prisoners|detainees|hostages|inmates|patients|doctors|lawyers|journalists|reporters)\b)/;

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Years in words: "nineteen ninety-six", "nineteen eighty", "two thousand (and) one", "twenty ten". */
export const WORD_YEAR_PATTERN =
  '(?:(?:fifteen|sixteen|seventeen|eighteen|nineteen)[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|two[\\s-]+thousand(?:(?:[\\s-]+and)?[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?|twenty[\\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))';

/**
 * The year a year in words names.
 *
 * @example
 * wordYear('nineteen ninety-six') //=> 1996
 * wordYear('two thousand and one') //=> 2001
 */
export function wordYear(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  const small = (ws: string[]): number | undefined => {
    if (ws.length === 0) return 0;
    if (ws[0] === 'o' && ws.length === 2) return UNITS[ws[1] ?? ''];
    if (ws[0] === 'hundred' && ws.length === 1) return 0;
    const t = TENS[ws[0] ?? ''];
    if (t !== undefined) return ws.length === 1 ? t : ws.length === 2 && UNITS[ws[1] ?? ''] !== undefined ? t + (UNITS[ws[1] ?? ''] as number) : undefined;
    if (ws.length === 1) return TEENS[ws[0] ?? ''] ?? UNITS[ws[0] ?? ''];
    return undefined;
  };
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = small(words.slice(2));
    return rest === undefined ? undefined : 2000 + rest;
  }
  const century = TEENS[words[0] ?? ''] ?? (words[0] === 'twenty' ? 20 : undefined);
  const rest = small(words.slice(1));
  if (century === undefined || rest === undefined) return undefined;
  return century * 100 + rest;
}

/**
 * A wire dateline at the start of a sentence: the place in capitals, perhaps its country or state
 * and the date, the outlet in brackets, then a dash ("WASHINGTON, May 16 (Reuters) - ", "KYIV,
 * Ukraine (AP) — ", "NICOSIA, March 22 (Example Wire) - ", "MIAMI _ "). Without an outlet only a
 * long dash or "_" ends one: "US - China talks" is no dateline.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))?,?\s*(?:\([^()]{1,40}\)\s*[_—–-]+|(?:_|--|—|–))\s*/u;

/**
 * How many characters of `sentence` a leading wire dateline takes (0 when there is none): what it
 * says is where and by whom the story was filed, not who did what.
 *
 * @example
 * datelineLength('WASHINGTON, May 16 (Example Wire) - The United States on Thursday …') //=> 37
 * datelineLength('US - China talks resumed.') //=> 0
 */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

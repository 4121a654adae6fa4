/**
 * Page debris that web scrapes leave in article text: advertising markers, "Read more" and share or
 * cookie lines. Each pattern must match a whole line (trimmed).
 */
const DEBRIS: readonly RegExp[] = [
  /^[-–—•|\s]*advertisement[-–—•|\s]*$/i,
  /^[-–—•|\s]*(?:story continues below|article continues below)(?: (?:this )?advertisement)?[-–—•|\s]*$/i,
  /^(?:read more|read next|related(?: articles?| stories)?|more on this story|recommended)\s*:?.{0,80}$/i,
  /^(?:share|share this|share on|tweet|email this|print)(?:\s+(?:article|story|on \w+|this))*\s*$/i,
  /^sign up (?:for|to)\b.{0,120}$/i,
  /^(?:subscribe|newsletter)\b.{0,80}$/i,
  /\bcookies?\b.{0,120}\b(?:accept|consent|policy|settings)\b/i,
  /^(?:image|photo|picture) (?:source|caption|copyright)\b.{0,120}$/i,
];

/**
 * True for a line that is page furniture, not article text.
 *
 * @example
 * isDebris('– Advertisement –') //=> true
 * isDebris('Mr Putin will meet Mr Xi.') //=> false
 */
export function isDebris(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 200) return false;
  return DEBRIS.some((re) => re.test(t));
}

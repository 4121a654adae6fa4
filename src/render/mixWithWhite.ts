/**
 * Mixes a `#rrggbb` colour with white, keeping `share` (0–1) of the colour: light tints for
 * fills, lighter accents for dark backgrounds.
 *
 * @example
 * mixWithWhite('#b3261e', 0.5) //=> '#d9938f'
 */
export function mixWithWhite(hex: string, share: number): string {
  const v = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * share).toString(16).padStart(2, '0');
  return `#${mix((v >> 16) & 255)}${mix((v >> 8) & 255)}${mix(v & 255)}`;
}

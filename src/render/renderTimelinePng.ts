import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';

/** Where Debian (and most Linux distributions) keep DejaVu, the font the picture is laid out for. */
const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans.ttf'];
let fontFiles: string[] | undefined;

/**
 * Rasterises the timeline SVG to a PNG in-process with resvg (no browser), at `scale`× for sharp
 * display on high-density screens (the email shows it at 1× width). Uses DejaVu Sans when present
 * (parsing one font file instead of every system font), else the system fonts. Runs on
 * libuv's thread pool, so the rest of a digest renders meanwhile.
 *
 * @example
 * (await renderTimelinePng(svg)).subarray(1, 4).toString() //=> 'PNG'
 */
export async function renderTimelinePng(svg: string, options: { width?: number; scale?: number } = {}): Promise<Buffer> {
  // The picture uses one face (no bold), so one font file is all resvg has to parse.
  fontFiles ??= DEJAVU.filter((f) => existsSync(f)).slice(0, 1);
  const width = options.width ?? Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 552);
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(width * (options.scale ?? 2)) },
    font: fontFiles.length
      ? { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
      : { loadSystemFonts: true, defaultFontFamily: 'sans-serif' },
    background: '#ffffff',
  });
  return image.asPng();
}

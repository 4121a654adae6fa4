import type { BuildWeekOptions } from '../buildWeek.js';
import type { Config } from '../config/Config.js';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import { isTimeZone } from '../time/isTimeZone.js';
import { SECTION_ORDER, type SectionId } from '../timeline/Section.js';

/** The `parseArgs` options for how the digest looks, shared by `build` and `preview`. */
export const RENDER_FLAGS = {
  title: { type: 'string' },
  accent: { type: 'string' },
  sections: { type: 'string' },
  'max-items': { type: 'string' },
  locale: { type: 'string' },
  'display-timezone': { type: 'string' },
  'sender-name': { type: 'string' },
  'unsubscribe-url': { type: 'string' },
} as const;

/** Help lines for `RENDER_FLAGS`. */
export const RENDER_FLAGS_HELP = `  --title TEXT            digest title                            (default: "The week in geopolitics")
  --accent #RRGGBB        accent colour of the email              (default: #b3261e)
  --sections LIST         sections, in order: this-week,ahead,earlier (default: all three)
  --max-items N           items per section in the email; the report has all (default: 12)
  --locale TAG            language of dates shown, e.g. en-GB, en-US, fr-FR (default: en-GB)
  --display-timezone Z    zone the dates are shown in             (default: the newest article's)
  --sender-name TEXT      who sends the digest, named in its footer
  --unsubscribe-url URL   https: or mailto: link for "Unsubscribe"`;

type RenderFlagValues = { [K in keyof typeof RENDER_FLAGS]?: string | undefined } & { timezone?: string | undefined };

/**
 * The render settings of a build: flags over the config file (`digest.*`, `email.senderName`),
 * each checked with a message that says what to write instead.
 *
 * @example
 * renderOptions({ accent: '#1f5c99', sections: 'ahead,this-week' }, config)
 * //=> { accent: '#1f5c99', sections: ['ahead', 'this-week'], title: 'The week in geopolitics', … }
 */
export function renderOptions(values: RenderFlagValues, config: Config): Partial<BuildWeekOptions> {
  const d = config.digest;
  const accent = values.accent ?? d.accent;
  if (!/^#[0-9a-fA-F]{6}$/.test(accent)) throw new GeodigestError('EUSAGE', `--accent ${accent} is not a colour; write it as #RRGGBB, e.g. #b3261e`);
  let sections: SectionId[] = d.sections;
  if (values.sections !== undefined) {
    const list = values.sections.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((s) => !SECTION_ORDER.includes(s as SectionId));
    if (!list.length || bad.length) throw new GeodigestError('EUSAGE', `--sections ${values.sections}: ${bad.length ? `unknown section ${bad.map((b) => `"${b}"`).join(', ')}` : 'no section'}; choose from ${SECTION_ORDER.join(', ')}`);
    sections = [...new Set(list as SectionId[])];
  }
  let max = d.maxItemsPerSection;
  if (values['max-items'] !== undefined) {
    max = Number(values['max-items']);
    if (!Number.isInteger(max) || max < 1 || max > 500) throw new GeodigestError('EUSAGE', `--max-items ${values['max-items']} must be a whole number from 1 to 500`);
  }
  const locale = values.locale ?? d.locale;
  let known: string[];
  try {
    known = Intl.DateTimeFormat.supportedLocalesOf(locale);
  } catch {
    known = [];
  }
  if (!known.length) throw new GeodigestError('EUSAGE', `locale ${locale} is not a locale this Node.js knows; use a BCP 47 tag such as en-GB or fr-FR`);
  const zone = values['display-timezone'] ?? values.timezone ?? d.timeZone;
  if (zone !== undefined && !isTimeZone(zone)) throw new GeodigestError('EUSAGE', `--display-timezone ${zone} is not an IANA time zone (e.g. Europe/London)`);
  const unsubscribe = values['unsubscribe-url'] ?? d.unsubscribeUrl;
  if (unsubscribe !== undefined && !/^(https?:\/\/|mailto:)\S+$/.test(unsubscribe)) throw new GeodigestError('EUSAGE', `--unsubscribe-url ${unsubscribe} must be an https:, http: or mailto: link`);
  const sender = values['sender-name'] ?? config.email.senderName;
  return {
    title: values.title ?? d.title,
    accent,
    sections,
    maxItemsPerSection: max,
    locale,
    ...(zone ? { timeZone: zone } : {}),
    ...(sender ? { senderName: sender } : {}),
    ...(unsubscribe ? { unsubscribeUrl: unsubscribe } : {}),
  };
}

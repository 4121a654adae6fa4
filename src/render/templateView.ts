import type { Digest } from './Digest.js';

const STATUS: Readonly<Record<string, string>> = { past: 'happened', ongoing: 'ongoing', scheduled: 'scheduled' };

/**
 * The plain data a template sees: strings only, in display form. Templates escape every value
 * (`{{x}}`), so article text can never become markup.
 */
export function templateView(digest: Digest, options: { accent?: string } = {}) {
  const articles = new Map(digest.articles.map((a) => [a.id, a]));
  return {
    lang: digest.locale.split('-')[0] ?? 'en',
    title: digest.title,
    weekLabel: digest.weekLabel,
    preheader: digest.preheader,
    accent: options.accent ?? '#b3261e',
    timeZone: digest.timeZone,
    generator: digest.generator,
    articleCount: digest.articles.length,
    unsubscribeUrl: digest.unsubscribeUrl ?? '',
    sections: digest.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      items: s.items.map((i) => {
        const sources = [...new Map(i.event.sources.map((src) => [src.article, src])).values()];
        return {
          date: i.date,
          title: i.event.title,
          who: i.event.actors.map((a) => a.name).join(', '),
          where: i.event.places.map((p) => p.name).join(', '),
          when: i.when ?? '',
          statusLabel: STATUS[i.event.status] ?? i.event.status,
          quote: i.event.sources[0]?.quote ?? '',
          sources: sources.map((src, n) => {
            const a = articles.get(src.article);
            return { label: [a?.source, a?.title ?? src.title].filter(Boolean).join(': '), url: a?.url ?? src.url ?? '', last: n === sources.length - 1 };
          }),
        };
      }),
    })),
  };
}

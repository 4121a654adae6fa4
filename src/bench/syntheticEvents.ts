import type { Event } from '../events/Event.js';
import type { Article } from '../ingest/Article.js';
import { addIsoDays } from '../time/isoDate.js';
import type { IsoWeek } from '../time/isoWeek.js';

const REGIONS = ['Europe', 'East Asia', 'Middle East', 'Africa', 'Americas', 'South Asia'];
const ACTORS = [['Emmanuel Macron', 'France'], ['Olaf Scholz', 'Germany'], ['Xi Jinping', 'China'], ['Narendra Modi', 'India'], ['Cyril Ramaphosa', 'South Africa'], ['Luiz Inácio Lula da Silva', 'Brazil'], ['Recep Tayyip Erdoğan', 'Turkey'], ['Fumio Kishida', 'Japan']] as const;
const WHAT = ['will hold talks on trade and security with', 'meets the foreign minister of', 'signs a grain export agreement with', 'hosts a two-day summit on energy with', 'announces new sanctions against', 'starts joint naval drills with'];

/**
 * A week's worth of plausible events for tests and benchmarks: `count` events spread over the
 * week before, the week itself and the next two (day-, week- and year-precise, some approximate,
 * some undated), in six regions, from `count / 4` articles with URLs. Deterministic.
 *
 * @example
 * syntheticEvents(40, parseIsoWeek('2024-W20')!).events.length //=> 40
 */
export function syntheticEvents(count: number, week: IsoWeek): { events: Event[]; articles: Article[] } {
  const articleCount = Math.max(1, Math.ceil(count / 4));
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => ({
    id: `article-${i}`,
    file: `articles/article-${i}.md`,
    title: `Diplomatic round-up no. ${i + 1}: leaders meet as tensions rise`,
    text: '',
    bodyStart: 0,
    firstLine: 1,
    published: { date: addIsoDays(week.start, i % 5), instant: new Date(`${addIsoDays(week.start, i % 5)}T09:00:00Z`) },
    timeZone: 'Europe/London',
    source: i % 2 ? 'Reuters' : 'Agence France-Presse',
    url: `https://news.example.com/${week.id}/story-${i}`,
  }));
  const events: Event[] = [];
  for (let i = 0; i < count; i++) {
    const [name, country] = ACTORS[i % ACTORS.length]!;
    const [, other] = ACTORS[(i * 3 + 1) % ACTORS.length]!;
    const offset = (i * 5) % 28 - 7;
    const start = addIsoDays(week.start, offset);
    const kind = i % 9;
    const precision = kind === 7 ? 'week' : kind === 8 && i % 2 ? 'year' : 'day';
    const undated = i % 23 === 22;
    const end = precision === 'week' ? addIsoDays(start, 6) : precision === 'year' ? `${start.slice(0, 4)}-12-31` : addIsoDays(start, i % 4 === 0 ? 1 : 0);
    const a = articles[i % articleCount]!;
    events.push({
      id: `${a.id}#${i}`,
      kind: 'meeting',
      title: `${name} ${WHAT[i % WHAT.length]} ${other}`,
      start: undated ? null : precision === 'year' ? `${start.slice(0, 4)}-01-01` : start,
      end: undated ? null : end,
      precision: undated ? 'unknown' : precision,
      approximate: i % 11 === 10,
      status: offset > 2 ? 'scheduled' : offset >= 0 ? 'ongoing' : 'past',
      actors: [{ name, kind: 'person', country: 'XX' }],
      places: [{ name: country, kind: 'country' }],
      region: REGIONS[i % REGIONS.length]!,
      sources: [{ article: a.id, quote: `${name} ${WHAT[i % WHAT.length]} ${other}, officials said on the record.`, offset: i * 10, title: a.title, published: a.published.date, outlet: a.source!, url: a.url! }],
      relations: [],
      dateBasis: 'stated',
    });
  }
  events.sort((x, y) => (x.start ?? '9999') < (y.start ?? '9999') ? -1 : 1);
  return { events, articles };
}

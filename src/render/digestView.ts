import type { Event } from '../events/Event.js';
import type { SectionId } from '../timeline/Section.js';
import type { Digest, DigestItem } from './Digest.js';
import { eventWeight } from './eventWeight.js';
import { mixWithWhite } from './mixWithWhite.js';
import { escapeRegExp } from '../parse/escapeRegExp.js';

/** An article as cited, numbered in order of first citation. */
export interface SourceView {
  n: number;
  outlet: string;
  title: string;
  /** "British wire story: Russian president Putin to make state visit to China this week". */
  label: string;
  url: string;
  published: string;
  last: boolean;
}

/** A sentence an item was read from, with where it came from. */
export interface QuoteView {
  text: string;
  source: string;
}

/** One item in display form (strings only). */
export interface ItemView {
  id: string;
  date: string;
  title: string;
  who: string;
  where: string;
  /** For undated items: what is known of when. */
  when: string;
  status: Event['status'];
  /** "expected" / "ongoing" / "" (happened goes without saying). */
  statusLabel: string;
  /** Week-precise, coarser or approximate: the date is shown as vague as it is. */
  vague: boolean;
  /** "Vladimir Putin, Xi Jinping · China". */
  meta: string;
  /**
   * The diary's order, place first: "Taiwan · William Lai Ching-te". The diary puts it before the
   * title, so people the title already names are left out ("Peter Pellegrini takes office").
   */
  diaryMeta: string;
  /** `who` without the people the title names, for the diary's line. */
  diaryWho: string;
  /** "Source" or "Sources". */
  sourceWord: string;
  quotes: QuoteView[];
  sources: SourceView[];
}

/** Items of one region, for sections grouped by region. */
export interface GroupView {
  region: string;
  items: ItemView[];
}

export interface SectionView {
  id: SectionId;
  heading: string;
  /** A diary (date · place · who · what) rather than a list of stories. */
  diary: boolean;
  grouped: boolean;
  /** One group (region "") when not grouped. */
  groups: GroupView[];
  items: ItemView[];
  total: number;
  /** Items left out of the email for length ("N more in the full report"). */
  more: number;
  moreLabel: string;
  empty: boolean;
}

/** The digest in display form, shared by the email, its text part and the Markdown report. */
export interface DigestView {
  lang: string;
  title: string;
  weekLabel: string;
  preheader: string;
  accent: string;
  /** The accent lightened for dark backgrounds. */
  accentDark: string;
  timeZone: string;
  generator: string;
  senderName: string;
  unsubscribeUrl: string;
  /** "2 events this week, 1 ahead and 3 in the background, from 1 article." */
  summary: string;
  sections: SectionView[];
  /** Every article cited, numbered in order of first citation (over all items, capped or not). */
  sources: SourceView[];
  /** The number of each cited article, by article id. */
  sourceNumbers: Record<string, number>;
  /** How the digest was made, one sentence. */
  colophon: string;
  timeline: { src: string; alt: string; width: number; height: number } | null;
}

/** Options for the view. */
export interface DigestViewOptions {
  /** Cap each section at the digest's `maxItemsPerSection` (the email); the report shows all. */
  cap?: boolean;
  /** The timeline picture, when there is one. */
  timeline?: { src: string; alt: string; width: number; height: number };
}

/** Group a section by region from this many items on, when they span two regions or more. */
export const GROUP_BY_REGION_FROM = 6;
const STATUS_LABEL: Readonly<Record<Event['status'], string>> = { past: '', ongoing: 'ongoing', scheduled: 'expected' };
const SECTION_WORDS: Readonly<Record<SectionId, string>> = { 'this-week': 'this week', ahead: 'ahead', earlier: 'in the background' };

/**
 * The digest in display form: every string a renderer needs, derived once, so that the email,
 * the text part and the Markdown report say the same thing. Sources are numbered in order of
 * first citation; with `cap`, each section keeps its weightiest `maxItemsPerSection` items (in
 * reading order) and says how many more the report has. Pure; values are raw text, escaped by
 * each renderer for its own format.
 *
 * @example
 * digestView(digest, { cap: true }).sections[0].heading //=> 'This week'
 */
export function digestView(digest: Digest, options: DigestViewOptions = {}): DigestView {
  const articles = new Map(digest.articles.map((a) => [a.id, a]));
  const cited = new Map<string, SourceView>();
  // What each article is called, from the article itself, else from any source that names it.
  const known = new Map<string, { title?: string | undefined; outlet?: string | undefined; url?: string | undefined; published?: string | undefined }>();
  for (const e of digest.timeline) for (const src of e.sources) {
    const k = known.get(src.article) ?? {};
    k.title ??= src.title;
    k.outlet ??= src.outlet;
    k.url ??= src.url;
    k.published ??= src.published;
    known.set(src.article, k);
  }
  const sourceOf = (id: string, fallback: Event['sources'][number]): SourceView => {
    let s = cited.get(id);
    if (!s) {
      const a = articles.get(id);
      const k = known.get(id) ?? {};
      const outlet = a?.source ?? fallback.outlet ?? k.outlet ?? '';
      const title = a?.title ?? fallback.title ?? k.title ?? id;
      s = { n: cited.size + 1, outlet, title, label: outlet ? `${outlet}: ${title}` : title, url: safeUrl(a?.url ?? fallback.url ?? k.url ?? ''), published: a?.published ?? fallback.published ?? k.published ?? '', last: false };
      cited.set(id, s);
    }
    return s;
  };
  // Number the sources over everything, in reading order, before any cap.
  for (const s of digest.sections) for (const i of s.items) for (const src of i.event.sources) sourceOf(src.article, src);
  for (const e of digest.timeline) for (const src of e.sources) sourceOf(src.article, src);

  const itemView = (i: DigestItem): ItemView => {
    const e = i.event;
    const who = e.actors.map((a) => a.name).join(', ');
    const diaryWho = e.actors.filter((a) => !namedIn(e.title, a.name, a.kind === 'person')).map((a) => a.name).join(', ');
    const where = e.places.map((p) => p.name).join(', ');
    // The first source of each article: the sentence that states the event before those that add to it.
    const firstPerArticle = e.sources.filter((src, k) => e.sources.findIndex((x) => x.article === src.article) === k);
    const sources = firstPerArticle.map((src, k) => ({ ...sourceOf(src.article, src), last: k === firstPerArticle.length - 1 }));
    const quotes = firstPerArticle.slice(0, 2).map((src) => ({ text: src.quote, source: sourceOf(src.article, src).label }));
    return {
      id: e.id, date: i.date, title: e.title, who, where, when: i.when ?? '',
      status: e.status, statusLabel: STATUS_LABEL[e.status],
      vague: e.approximate || (e.precision !== 'day' && e.precision !== 'unknown'),
      meta: [who, where, i.when ?? ''].filter(Boolean).join(' · '),
      diaryMeta: [where, diaryWho, i.when ?? ''].filter(Boolean).join(' · '),
      diaryWho,
      sourceWord: sources.length === 1 ? 'Source' : 'Sources',
      quotes, sources,
    };
  };

  const sections = digest.sections.map((s): SectionView => {
    let items = s.items;
    if (options.cap && items.length > digest.maxItemsPerSection) {
      const keep = new Set([...items].sort((a, b) => eventWeight(b.event) - eventWeight(a.event)).slice(0, digest.maxItemsPerSection));
      items = items.filter((i) => keep.has(i));
    }
    const views = items.map(itemView);
    const regions = new Set(items.map((i) => i.event.region ?? ''));
    const grouped = s.id === 'this-week' && items.length >= GROUP_BY_REGION_FROM && regions.size >= 2;
    let groups: GroupView[] = [{ region: '', items: views }];
    if (grouped) {
      const byRegion = new Map<string, ItemView[]>();
      items.forEach((i, k) => {
        const region = i.event.region ?? 'Elsewhere';
        byRegion.set(region, [...(byRegion.get(region) ?? []), views[k]!]);
      });
      groups = [...byRegion].map(([region, list]) => ({ region, items: list }))
        .sort((a, b) => (a.region === 'Elsewhere' ? 1 : 0) - (b.region === 'Elsewhere' ? 1 : 0) || b.items.length - a.items.length || a.region.localeCompare(b.region));
    }
    const more = s.items.length - items.length;
    return {
      id: s.id, heading: s.heading, diary: s.id === 'ahead', grouped, groups, items: views,
      total: s.items.length, more, moreLabel: more ? `${more} more in the full report (report.md)` : '', empty: !items.length,
    };
  });

  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = digest.sections.map((s) => `${s.items.length} ${SECTION_WORDS[s.id]}`);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '0');
  const total = digest.sections.reduce((n, s) => n + s.items.length, 0);
  const summary = `${total === 1 ? 'One event' : `${total} events`}: ${listed}, from ${count(digest.articles.length, 'article')}.`;
  const sources = [...cited.values()].map((s, k, all) => ({ ...s, last: k === all.length - 1 }));
  return {
    lang: digest.locale.split('-')[0] ?? 'en',
    title: digest.title,
    weekLabel: digest.weekLabel,
    preheader: digest.preheader,
    accent: digest.accent,
    accentDark: mixWithWhite(digest.accent, 0.45),
    timeZone: digest.timeZone,
    generator: digest.generator,
    senderName: digest.senderName ?? '',
    unsubscribeUrl: digest.unsubscribeUrl ?? '',
    summary,
    sections,
    sources,
    sourceNumbers: Object.fromEntries([...cited].map(([id, v]) => [id, v.n])),
    colophon: `Made by ${digest.generator} from ${count(digest.articles.length, 'article')}: relative dates ("Thursday", "last week") resolved against each article's publication day, shown in ${digest.timeZone}. "Week of" and "about" mean the reports give no more than that.`,
    timeline: options.timeline ?? null,
  };
}

/** A link only when it is http(s) or mailto, with the characters that could end it encoded. */
function safeUrl(url: string): string {
  if (!/^(https?:\/\/|mailto:)/i.test(url)) return '';
  return url.replace(/[\s<>"'`]/g, (c) => encodeURIComponent(c));
}

/** Whether a title names an actor, in full or, for a person, by surname ("Pellegrini takes office"). */
function namedIn(title: string, name: string, person: boolean): boolean {
  const last = person ? (name.split(/\s+/).at(-1) ?? name) : name;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapeRegExp(name)}|${escapeRegExp(last)})(?![\\p{L}\\p{N}])`, 'u').test(title);
}

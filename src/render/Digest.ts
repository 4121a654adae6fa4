import type { Event } from '../events/Event.js';
import type { IsoWeek } from '../time/isoWeek.js';
import type { SectionId } from '../timeline/Section.js';

/** An event as the digest shows it. */
export interface DigestItem {
  event: Event;
  /** Display date: "16–17 May", "week of 6 May", "about 2022", "undated". */
  date: string;
  /** For undated events: what is known ("before “Putin visits China” (16–17 May)"). */
  when?: string;
}

export interface DigestSection {
  id: SectionId;
  heading: string;
  /** Every item of the section, in reading order (the report shows them all; the email caps them). */
  items: DigestItem[];
}

/** An article the digest was made from. */
export interface DigestArticle {
  id: string;
  title: string;
  published: string;
  timeZone: string;
  source?: string;
  url?: string;
}

/** Everything a renderer needs for one week's digest; renderers add no facts of their own. */
export interface Digest {
  title: string;
  week: IsoWeek;
  /** "Week 20 · 13–19 May 2024". */
  weekLabel: string;
  /** The hidden preview line of the email: the top items. */
  preheader: string;
  timeZone: string;
  locale: string;
  /** The sections asked for, in the order asked for. */
  sections: DigestSection[];
  /** All events of the timeline, chronological (the JSON record and the report's table). */
  timeline: Event[];
  articles: DigestArticle[];
  /** "geodigest 0.1.0". */
  generator: string;
  /** Accent colour of the email, `#rrggbb`. */
  accent: string;
  /** At most this many items per section in the email and its text part (the report has them all). */
  maxItemsPerSection: number;
  /** Who sends the digest ("The Foreign Desk"), named in the footer. */
  senderName?: string;
  unsubscribeUrl?: string;
}

import type { Entity } from '../parse/entities/Entity.js';
import type { IsoDate } from '../time/isoDate.js';

/** Where an event is said to stand in time relative to now. */
export type EventStatus = 'past' | 'ongoing' | 'scheduled';

/** How precisely an event's date is known; `unknown` for undated events. */
export type EventPrecision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'unknown';

/** What kind of happening an event is, from its trigger word. */
export type EventKind =
  | 'visit' | 'meeting' | 'summit' | 'talks' | 'inauguration' | 'swearing-in' | 'election' | 'vote'
  | 'sanctions' | 'drills' | 'attack' | 'war' | 'ceasefire' | 'agreement' | 'statement' | 'return'
  | 'protest' | 'resignation' | 'arrest' | 'death' | 'funeral' | 'recognition' | 'ruling' | 'disaster' | 'other';

/** One place an event was read from. */
export interface EventSource {
  /** The article's id. */
  article: string;
  /** The sentence quoted. */
  quote: string;
  /** Offset of the sentence in the article's text. */
  offset: number;
  /** The article's title, outlet, link and publication day, for showing the source. */
  title?: string;
  outlet?: string;
  url?: string;
  published?: IsoDate;
}

/** How an event stands to another when it has no date of its own ("since he was sworn in"). */
export interface EventRelation {
  type: 'before' | 'after' | 'during';
  /** The other event's id. */
  event: string;
  /** The words that say so. */
  cue: string;
}

/** How the date was found, from best to worst. */
export type DateBasis = 'stated' | 'coreference' | 'relation' | 'publication' | 'none';

/** A dated (or honestly undated) happening, with who, where, and the sentences it came from. */
export interface Event {
  id: string;
  kind: EventKind;
  /** Short headline built from the text: actor + action + object/place. */
  title: string;
  /** First day, inclusive; null when undated. */
  start: IsoDate | null;
  /** Last day, inclusive; null when undated. */
  end: IsoDate | null;
  precision: EventPrecision;
  approximate: boolean;
  status: EventStatus;
  actors: Entity[];
  places: Entity[];
  /** Region for grouping ("Europe", "East Asia"). */
  region?: string;
  sources: EventSource[];
  relations: EventRelation[];
  dateBasis: DateBasis;
  /** Local time `HH:MM` when a time of day is known. */
  time?: string;
}

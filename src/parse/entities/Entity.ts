/** What kind of thing an entity is. */
export type EntityKind = 'person' | 'country' | 'organisation' | 'place' | 'region';

/** A named actor or place, as the digest shows it. */
export interface Entity {
  /** Canonical name: "Vladimir Putin", "China", "Nato". */
  name: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-2 of the country it is, belongs to, or speaks for. */
  country?: string;
  /** For people: the role the text gives them ("President", "leader"). */
  role?: string;
  /** Region for grouping the digest ("Europe", "East Asia"). */
  region?: string;
  /**
   * For people: the name the text itself uses for later mentions ("Putin" after "Mr Putin", "Xi"
   * after "Mr Xi"), for headlines. Absent when the text only ever gives the full name.
   */
  short?: string;
}

/** One mention of an entity in a sentence. */
export interface Mention {
  entity: Entity;
  /** Offset in the sentence. */
  start: number;
  end: number;
  /** How it was named: a country by its name, a demonym ("Russian"), a metonym ("the Kremlin")… */
  via: 'name' | 'demonym' | 'metonym' | 'title' | 'alias';
  /** For a capital or seat named as a place ("in Beijing"): the city itself, with its country. */
  city?: Entity;
  /** For a person named with a role ("Russian President Vladimir Putin"): where the whole phrase starts. */
  titleStart?: number;
}

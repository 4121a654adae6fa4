/** The digest's sections, relative to the week it covers. */
export type SectionId = 'this-week' | 'ahead' | 'earlier';

/** Display headings, in digest order. */
export const SECTION_HEADINGS: Readonly<Record<SectionId, string>> = {
  'this-week': 'This week',
  ahead: 'Ahead',
  earlier: 'Earlier / background',
};

export const SECTION_ORDER: readonly SectionId[] = ['this-week', 'ahead', 'earlier'];

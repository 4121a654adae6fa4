/**
 * geodigest's own additions to the country data from `world-countries`: organisations, metonyms
 * (a seat of government used for its country), and regions that are not countries. One data file,
 * so that additions are reviewed in one place.
 */
export interface Addition {
  /** Surface forms, matched as whole words, case-sensitive. */
  forms: readonly string[];
  name: string;
  kind: 'organisation' | 'region' | 'place';
  /** Country it speaks for (ISO alpha-2), for metonyms like "the Kremlin". */
  country?: string;
  region?: string;
}

export const ADDITIONS: readonly Addition[] = [
  { forms: ['Kremlin'], name: 'Kremlin', kind: 'organisation', country: 'RU' },
  { forms: ['White House'], name: 'White House', kind: 'organisation', country: 'US' },
  { forms: ['Pentagon'], name: 'Pentagon', kind: 'organisation', country: 'US' },
  { forms: ['State Department'], name: 'State Department', kind: 'organisation', country: 'US' },
  { forms: ['Downing Street'], name: 'Downing Street', kind: 'organisation', country: 'GB' },
  { forms: ['Élysée', 'Elysee'], name: 'Élysée', kind: 'organisation', country: 'FR' },
  { forms: ['Zhongnanhai'], name: 'Zhongnanhai', kind: 'organisation', country: 'CN' },
  { forms: ['Nato', 'NATO'], name: 'Nato', kind: 'organisation', region: 'Europe' },
  { forms: ['EU', 'European Union'], name: 'EU', kind: 'organisation', region: 'Europe' },
  { forms: ['UN', 'United Nations'], name: 'UN', kind: 'organisation' },
  { forms: ['UN Security Council', 'Security Council'], name: 'UN Security Council', kind: 'organisation' },
  { forms: ['G7', 'G20', 'Brics', 'BRICS', 'ASEAN', 'Asean', 'OPEC', 'Opec', 'African Union', 'Arab League', 'IMF', 'World Bank', 'WHO', 'OSCE', 'IAEA', 'SCO'], name: '', kind: 'organisation' },
  { forms: ['Europe'], name: 'Europe', kind: 'region', region: 'Europe' },
  { forms: ['Africa'], name: 'Africa', kind: 'region', region: 'Africa' },
  { forms: ['Middle East'], name: 'Middle East', kind: 'region', region: 'Middle East' },
  { forms: ['South America'], name: 'South America', kind: 'region', region: 'Americas' },
  { forms: ['Latin America'], name: 'Latin America', kind: 'region', region: 'Americas' },
  { forms: ['Asia'], name: 'Asia', kind: 'region' },
  { forms: ['the West'], name: 'the West', kind: 'region' },
];

/** Our grouping regions, from the United Nations subregions that `world-countries` carries. */
export const REGION_OF_SUBREGION: Readonly<Record<string, string>> = {
  'Eastern Asia': 'East Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Southern Asia': 'South Asia',
  'Central Asia': 'Central Asia',
  'Western Asia': 'Middle East',
  'Northern Africa': 'Middle East & North Africa',
  'Eastern Africa': 'Africa',
  'Middle Africa': 'Africa',
  'Southern Africa': 'Africa',
  'Western Africa': 'Africa',
  'North America': 'Americas',
  'Central America': 'Americas',
  'South America': 'Americas',
  Caribbean: 'Americas',
  'Northern Europe': 'Europe',
  'Southern Europe': 'Europe',
  'Western Europe': 'Europe',
  'Eastern Europe': 'Europe',
  'Central Europe': 'Europe',
  'Southeast Europe': 'Europe',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
};

/** Countries whose subregion is not where news groups them. */
export const REGION_OVERRIDES: Readonly<Record<string, string>> = {
  EG: 'Middle East', LY: 'Middle East & North Africa', TR: 'Middle East', CY: 'Europe', GE: 'Europe', AM: 'Europe', AZ: 'Europe',
};

/** Common short names that differ from `world-countries`' common name. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'USA', 'America', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  CN: ['China', "People's Republic of China", 'PRC'],
  TW: ['Taiwan'],
  RU: ['Russia', 'Russian Federation'],
  IR: ['Iran'],
  SY: ['Syria'],
  VN: ['Vietnam'],
  LA: ['Laos'],
  CZ: ['Czech Republic', 'Czechia'],
  CD: ['DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  PS: ['Palestine', 'Palestinian territories', 'Gaza', 'West Bank'],
  VA: ['Vatican'],
};

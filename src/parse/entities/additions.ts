/**
 * Towns in the news that are not capitals (capitals come with their countries), as `[name,
 * country, …other spellings]`: where an event happens decides its region in the digest. Names that
 * are also common words or first names ("Nice", "Split", "Florence") are left out.
 */
const NEWS_CITIES: readonly (readonly [string, string, ...string[]])[] = [
  ['Kharkiv', 'UA', 'Kharkov'], ['Odesa', 'UA', 'Odessa'], ['Lviv', 'UA'], ['Dnipro', 'UA'], ['Zaporizhzhia', 'UA'], ['Kherson', 'UA'],
  ['Mariupol', 'UA'], ['Bakhmut', 'UA'], ['Avdiivka', 'UA'], ['Donetsk', 'UA'], ['Luhansk', 'UA'], ['Sumy', 'UA'], ['Vovchansk', 'UA'], ['Poltava', 'UA'],
  ['Belgorod', 'RU'], ['Kursk', 'RU'], ['St Petersburg', 'RU', 'St. Petersburg', 'Saint Petersburg'], ['Sochi', 'RU'],
  ['Rafah', 'PS'], ['Khan Younis', 'PS', 'Khan Yunis'], ['Gaza City', 'PS'], ['Jabalia', 'PS'], ['Ramallah', 'PS'], ['Jenin', 'PS'], ['Nablus', 'PS'],
  ['Tel Aviv', 'IL'], ['Haifa', 'IL'], ['Aleppo', 'SY'], ['Homs', 'SY'], ['Idlib', 'SY'], ['Mosul', 'IQ'], ['Basra', 'IQ'], ['Erbil', 'IQ'],
  ['Isfahan', 'IR'], ['Mashhad', 'IR'], ['Tabriz', 'IR'], ['Hodeidah', 'YE'], ['Aden', 'YE'], ['Jeddah', 'SA'], ['Mecca', 'SA'], ['Dubai', 'AE'],
  ['Istanbul', 'TR'], ['Goma', 'CD'], ['El Fasher', 'SD'], ['Darfur', 'SD'], ['Port Sudan', 'SD'], ['Johannesburg', 'ZA'], ['Soweto', 'ZA'], ['Durban', 'ZA'],
  ['Lagos', 'NG'], ['Mombasa', 'KE'], ['Benghazi', 'LY'], ['Alexandria', 'EG'], ['Casablanca', 'MA'],
  ['Shanghai', 'CN'], ['Hong Kong', 'CN'], ['Shenzhen', 'CN'], ['Wuhan', 'CN'], ['Osaka', 'JP'], ['Hiroshima', 'JP'], ['Busan', 'KR'],
  ['Mumbai', 'IN', 'Bombay'], ['Kolkata', 'IN'], ['Karachi', 'PK'], ['Lahore', 'PK'], ['Kandahar', 'AF'], ['Ho Chi Minh City', 'VN'],
  ['New York', 'US'], ['Los Angeles', 'US'], ['Chicago', 'US'], ['Miami', 'US'], ['San Francisco', 'US'], ['Houston', 'US'],
  ['Sao Paulo', 'BR', 'São Paulo'], ['Rio de Janeiro', 'BR'], ['Toronto', 'CA'], ['Montreal', 'CA'], ['Sydney', 'AU'], ['Melbourne', 'AU'],
  ['Geneva', 'CH'], ['Davos', 'CH'], ['Munich', 'DE'], ['Frankfurt', 'DE'], ['Hamburg', 'DE'], ['Milan', 'IT'], ['Barcelona', 'ES'],
  ['Marseille', 'FR'], ['Strasbourg', 'FR'], ['The Hague', 'NL'], ['Rotterdam', 'NL'], ['Gdansk', 'PL'], ['Krakow', 'PL'],
  ['Manchester', 'GB'], ['Glasgow', 'GB'], ['Edinburgh', 'GB'], ['Belfast', 'GB'],
];

/**
 * geodigest's own additions to the country data from `world-countries`: organisations, metonyms
 * (a seat of government used for its country), and regions that are not countries. One data file,
 * so that additions are reviewed in one place.
 */
export interface Addition {
  /** Surface forms, matched as whole words, case-sensitive. */
  forms: readonly string[];
  name: string;
  /** `country` for another name of a country itself ("Washington" for the United States). */
  kind: 'organisation' | 'region' | 'place' | 'country';
  /** Country it speaks for (ISO alpha-2), for metonyms like "the Kremlin". */
  country?: string;
  region?: string;
  /** For a city used as a metonym ("Washington", "Brussels"): the city as a place, in this country. */
  city?: { name: string; country: string };
}

export const ADDITIONS: readonly Addition[] = [
  { forms: ['Kremlin'], name: 'Kremlin', kind: 'organisation', country: 'RU' },
  { forms: ['White House'], name: 'White House', kind: 'organisation', country: 'US' },
  { forms: ['Pentagon'], name: 'Pentagon', kind: 'organisation', country: 'US' },
  { forms: ['State Department'], name: 'State Department', kind: 'organisation', country: 'US' },
  { forms: ['Downing Street'], name: 'Downing Street', kind: 'organisation', country: 'GB' },
  { forms: ['Élysée', 'Elysee'], name: 'Élysée', kind: 'organisation', country: 'FR' },
  { forms: ['Zhongnanhai'], name: 'Zhongnanhai', kind: 'organisation', country: 'CN' },
  { forms: ['Washington'], name: 'United States', kind: 'country', country: 'US', city: { name: 'Washington', country: 'US' } },
  { forms: ['Kiev'], name: 'Ukraine', kind: 'country', country: 'UA', city: { name: 'Kyiv', country: 'UA' } },
  { forms: ['Brussels'], name: 'EU', kind: 'organisation', region: 'Europe', city: { name: 'Brussels', country: 'BE' } },
  { forms: ['Whitehall'], name: 'Whitehall', kind: 'organisation', country: 'GB' },
  { forms: ['Blue House'], name: 'Blue House', kind: 'organisation', country: 'KR' },
  { forms: ['Great Hall of the People'], name: 'Great Hall of the People', kind: 'place', country: 'CN' },
  { forms: ['Nato', 'NATO'], name: 'Nato', kind: 'organisation', region: 'Europe' },
  { forms: ['EU', 'European Union'], name: 'EU', kind: 'organisation', region: 'Europe' },
  { forms: ['UN', 'U.N.', 'United Nations'], name: 'UN', kind: 'organisation' },
  { forms: ['International Court of Justice', 'ICJ', 'World Court'], name: 'International Court of Justice', kind: 'organisation', city: { name: 'The Hague', country: 'NL' } },
  { forms: ['International Criminal Court', 'ICC'], name: 'International Criminal Court', kind: 'organisation', city: { name: 'The Hague', country: 'NL' } },
  { forms: ['European Commission'], name: 'European Commission', kind: 'organisation', region: 'Europe' },
  { forms: ['European Parliament'], name: 'European Parliament', kind: 'organisation', region: 'Europe' },
  { forms: ['Hamas'], name: 'Hamas', kind: 'organisation', country: 'PS' },
  { forms: ['Hezbollah'], name: 'Hezbollah', kind: 'organisation', country: 'LB' },
  { forms: ['Taliban'], name: 'Taliban', kind: 'organisation', country: 'AF' },
  { forms: ['UN Security Council', 'Security Council'], name: 'UN Security Council', kind: 'organisation' },
  { forms: ['Red Cross', 'International Committee of the Red Cross', 'ICRC'], name: 'Red Cross', kind: 'organisation' },
  { forms: ['Red Crescent'], name: 'Red Crescent', kind: 'organisation' },
  { forms: ['Sinn Fein', 'Sinn Féin'], name: 'Sinn Féin', kind: 'organisation', country: 'GB' },
  { forms: ['Khmer Rouge'], name: 'Khmer Rouge', kind: 'organisation', country: 'KH' },
  { forms: ['Wagner Group'], name: 'Wagner Group', kind: 'organisation', country: 'RU' },
  { forms: ['Houthis', 'Houthi'], name: 'Houthis', kind: 'organisation', country: 'YE' },
  { forms: ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], name: 'Islamic State', kind: 'organisation', region: 'Middle East' },
  { forms: ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'Al-Qaeda'], name: 'al-Qaeda', kind: 'organisation' },
  { forms: ['Fatah'], name: 'Fatah', kind: 'organisation', country: 'PS' },
  { forms: ['Palestinian Authority'], name: 'Palestinian Authority', kind: 'organisation', country: 'PS' },
  { forms: ['PKK'], name: 'PKK', kind: 'organisation', country: 'TR' },
  { forms: ['Muslim Brotherhood'], name: 'Muslim Brotherhood', kind: 'organisation', region: 'Middle East' },
  { forms: ['Amnesty International', 'Human Rights Watch', 'Médecins Sans Frontières', 'Doctors Without Borders', 'UNHCR', 'Unicef', 'UNICEF', 'WTO', 'OECD', 'Interpol', 'Europol', 'Frontex', 'Opec+', 'OPEC+'], name: '', kind: 'organisation' },
  { forms: ['G7', 'G20', 'Brics', 'BRICS', 'ASEAN', 'Asean', 'OPEC', 'Opec', 'African Union', 'Arab League', 'IMF', 'World Bank', 'WHO', 'OSCE', 'IAEA', 'SCO'], name: '', kind: 'organisation' },
  { forms: ['Europe'], name: 'Europe', kind: 'region', region: 'Europe' },
  { forms: ['Africa'], name: 'Africa', kind: 'region', region: 'Africa' },
  { forms: ['Middle East'], name: 'Middle East', kind: 'region', region: 'Middle East' },
  { forms: ['South America'], name: 'South America', kind: 'region', region: 'Americas' },
  { forms: ['Latin America'], name: 'Latin America', kind: 'region', region: 'Americas' },
  { forms: ['Asia'], name: 'Asia', kind: 'region' },
  { forms: ['the West'], name: 'the West', kind: 'region' },
  { forms: ['Gulf', 'Persian Gulf'], name: 'Gulf', kind: 'region', region: 'Middle East' },
  { forms: ['Balkans'], name: 'Balkans', kind: 'region', region: 'Europe' },
  { forms: ['Caucasus'], name: 'Caucasus', kind: 'region', region: 'Europe' },
  { forms: ['Indo-Pacific'], name: 'Indo-Pacific', kind: 'region', region: 'Asia-Pacific' },
  { forms: ['South China Sea'], name: 'South China Sea', kind: 'region', region: 'East Asia' },
  { forms: ['Taiwan Strait'], name: 'Taiwan Strait', kind: 'region', region: 'East Asia' },
  { forms: ['Crimea'], name: 'Crimea', kind: 'place', country: 'UA' },
  ...NEWS_CITIES.map(([name, country, ...aliases]): Addition => ({ forms: [name, ...aliases], name, kind: 'place', country })),
  { forms: ['Donbas', 'Donbass'], name: 'Donbas', kind: 'place', country: 'UA' },
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
  EG: 'Middle East', LY: 'Middle East & North Africa', TR: 'Middle East', IR: 'Middle East', CY: 'Europe', GE: 'Europe', AM: 'Europe', AZ: 'Europe',
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

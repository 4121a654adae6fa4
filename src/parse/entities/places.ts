/**
 * Towns, cities, states and provinces that the country data (which knows capitals only) does not,
 * for reading "in Miami" or "MIAMI (AP) _" as a place without a part-of-speech tagger: the states
 * of the United States, the provinces of Canada and Australia's states, and large or often-reported
 * cities that are not capitals. A place found here keeps no country (as when a tagger finds it),
 * unless the text gives one ("Newark, N.J.", "Stresa, Italy").
 */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([
  // United States: states and districts.
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois',
  'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin',
  'Wyoming', 'Puerto Rico', 'Guam',
  // United States: cities.
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'San Jose', 'Jacksonville', 'San Francisco', 'Fort Worth', 'Indianapolis', 'Seattle', 'Denver', 'Boston', 'El Paso', 'Detroit',
  'Nashville', 'Memphis', 'Portland', 'Oklahoma City', 'Las Vegas', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno',
  'Sacramento', 'Kansas City', 'Atlanta', 'Miami', 'Omaha', 'Raleigh', 'Minneapolis', 'Cleveland', 'Tulsa', 'Oakland', 'Wichita', 'New Orleans',
  'Tampa', 'Honolulu', 'Anaheim', 'Pittsburgh', 'Cincinnati', 'St. Louis', 'Saint Louis', 'Newark', 'Buffalo', 'Orlando', 'Birmingham', 'Salt Lake City',
  'Hartford', 'Providence', 'Albany', 'Anchorage', 'Little Rock', 'Tallahassee', 'Trenton', 'Harrisburg', 'Manhattan', 'Brooklyn',
  'Queens', 'Bronx', 'Staten Island', 'Long Island', 'Hollywood', 'Beverly Hills', 'Palo Alto', 'Silicon Valley', 'Fort Lauderdale', 'Palm Beach',
  'Key West', 'Miami Beach', 'Annapolis', 'Arlington', 'Alexandria', 'Norfolk', 'Charleston', 'Savannah', 'Dayton', 'Toledo', 'Akron', 'Rochester',
  'Syracuse', 'Des Moines', 'Boise', 'Spokane', 'Tacoma', 'Santa Fe', 'Santa Monica', 'Pasadena', 'Long Beach', 'Berkeley', 'Cambridge',
  'Oxford', 'Princeton', 'Capitol Hill', 'Wall Street', 'New Haven', 'Camp David', 'Guantanamo', 'Guantanamo Bay', 'Pearl Harbor', 'Oklahoma', 'Waco', 'Lockerbie',
  // Canada, Australia and elsewhere: provinces, states and cities that are not capitals.
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Toronto',
  'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax', 'Quebec City', 'New South Wales', 'Queensland', 'Tasmania',
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Auckland', 'Christchurch', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Belfast',
  'Edinburgh', 'Glasgow', 'Manchester', 'Liverpool', 'Leeds', 'Bristol', 'Londonderry', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne',
  'Bonn', 'Stuttgart', 'Dresden', 'Leipzig', 'Nuremberg', 'Milan', 'Naples', 'Turin', 'Venice', 'Florence', 'Genoa', 'Palermo', 'Sicily', 'Sardinia',
  'Barcelona', 'Seville', 'Valencia', 'Bilbao', 'Catalonia', 'Basque Country', 'Marseille', 'Lyon', 'Strasbourg', 'Bordeaux', 'Toulouse',
  'Corsica', 'Geneva', 'Zurich', 'Davos', 'Antwerp', 'Rotterdam', 'The Hague', 'Gdansk', 'Krakow', 'St. Petersburg', 'Saint Petersburg',
  'Leningrad', 'Stalingrad', 'Volgograd', 'Chechnya', 'Grozny', 'Siberia', 'Vladivostok', 'Kharkiv', 'Kharkov', 'Odessa', 'Odesa', 'Lviv', 'Donetsk',
  'Luhansk', 'Mariupol', 'Sevastopol', 'Istanbul', 'Izmir', 'Kosovo', 'Pristina', 'Sarajevo', 'Srebrenica', 'Thessaloniki', 'Salzburg',
  'Benghazi', 'Casablanca', 'Marrakesh', 'Darfur', 'Mombasa', 'Dar es Salaam', 'Zanzibar', 'Johannesburg', 'Cape Town', 'Durban', 'Soweto',
  'Lagos', 'Kano', 'Timbuktu', 'Goma', 'Jeddah', 'Mecca', 'Basra', 'Mosul', 'Kirkuk', 'Fallujah', 'Tikrit', 'Aleppo', 'Homs', 'Haifa',
  'Tel Aviv', 'Hebron', 'Bethlehem', 'Nablus', 'Jenin', 'Ramallah', 'Golan Heights', 'Dubai', 'Abu Dhabi', 'Isfahan', 'Mashhad', 'Kandahar', 'Herat',
  'Karachi', 'Lahore', 'Peshawar', 'Mumbai', 'Bombay', 'Calcutta', 'Kolkata', 'Madras', 'Chennai', 'Bangalore', 'Hyderabad', 'Kashmir', 'Punjab',
  'Shanghai', 'Hong Kong', 'Macau', 'Guangzhou', 'Shenzhen', 'Harbin', 'Wuhan', 'Chongqing', 'Tianjin', 'Xinjiang', 'Tibet', 'Osaka', 'Kyoto',
  'Hiroshima', 'Nagasaki', 'Okinawa', 'Yokohama', 'Busan', 'Pusan', 'Saigon', 'Ho Chi Minh City', 'Bangkok', 'Phuket', 'Angkor Wat', 'Bali', 'Mindanao',
  'Rio de Janeiro', 'Sao Paulo', 'Buenos Aires', 'Medellin', 'Guadalajara', 'Monterrey', 'Tijuana', 'Ciudad Juarez', 'Acapulco', 'Cancun',
  'Chiapas', 'Valparaiso', 'Guayaquil', 'Patagonia', 'Falklands', 'Falkland Islands',
]);

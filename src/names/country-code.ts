import { englishCountryTable } from './english-country-table.ts';

/**
 * Spellings the official lists use that the ISO table does not know. UN and OFAC write adjectives
 * ("Afghan"), long forms and old names; each is mapped to its ISO 3166-1 alpha-2 code.
 */
const EXTRA_NAMES: Record<string, string> = {
  'iran (islamic republic of)': 'IR',
  "democratic people's republic of korea": 'KP',
  'north korea': 'KP',
  'korea, north': 'KP',
  'korea, south': 'KR',
  'republic of korea': 'KR',
  'state of palestine': 'PS',
  palestinian: 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  türkiye: 'TR',
  turkiye: 'TR',
  turkey: 'TR',
  russia: 'RU',
  'russian federation': 'RU',
  burma: 'MM',
  syria: 'SY',
  iran: 'IR',
  venezuela: 'VE',
  bolivia: 'BO',
  laos: 'LA',
  vietnam: 'VN',
  moldova: 'MD',
  tanzania: 'TZ',
  'united republic of tanzania': 'TZ',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  congo: 'CG',
  'republic of the congo': 'CG',
  "cote d'ivoire": 'CI',
  "côte d'ivoire": 'CI',
  'ivory coast': 'CI',
  'united kingdom': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  kosovo: 'XK',
  'czech republic': 'CZ',
  macedonia: 'MK',
  'the former yugoslav republic of macedonia': 'MK',
  swaziland: 'SZ',
  'cape verde': 'CV',
  'bahamas, the': 'BS',
  'gambia, the': 'GM',
  brunei: 'BN',
  micronesia: 'FM',
  'region: northern caucasus': 'RU',
  crimea: 'UA',
  'region: crimea': 'UA',
  'hong kong': 'HK',
  // UK Sanctions List spellings.
  'congo (democratic republic)': 'CD',
  'occupied palestinian territories': 'PS',
  dprk: 'KP',
  'the gambia': 'GM',
  'korea (north)': 'KP',
  'korea (south)': 'KR',
  // OFAC SDN spellings.
  'cote d ivoire': 'CI',
  'st. kitts & nevis': 'KN',
  'man, isle of': 'IM',
  macau: 'MO',
  taiwan: 'TW',
  // Everyday and older English names.
  'u.s': 'US',
  'u.s.a': 'US',
  'viet nam': 'VN',
  holland: 'NL',
};

/** Nationality adjectives as OFAC and UN remarks write them ("Afghan", "Iraqi"). */
const ADJECTIVES: Record<string, string> = {
  afghan: 'AF',
  algerian: 'DZ',
  american: 'US',
  belarusian: 'BY',
  british: 'GB',
  chinese: 'CN',
  cuban: 'CU',
  egyptian: 'EG',
  emirati: 'AE',
  french: 'FR',
  german: 'DE',
  indian: 'IN',
  indonesian: 'ID',
  iranian: 'IR',
  iraqi: 'IQ',
  jordanian: 'JO',
  kuwaiti: 'KW',
  lebanese: 'LB',
  libyan: 'LY',
  mexican: 'MX',
  'north korean': 'KP',
  pakistani: 'PK',
  palestinian: 'PS',
  russian: 'RU',
  saudi: 'SA',
  'saudi arabian': 'SA',
  somali: 'SO',
  sudanese: 'SD',
  syrian: 'SY',
  tunisian: 'TN',
  turkish: 'TR',
  ukrainian: 'UA',
  venezuelan: 'VE',
  yemeni: 'YE',
  colombian: 'CO',
  nicaraguan: 'NI',
};

const cache = new Map<string, string | undefined>();
const MAX_CACHED = 5000;

/**
 * The ISO 3166-1 alpha-2 code for a country name, alpha-2/alpha-3 code or nationality adjective as
 * the lists write them; undefined when it cannot be told. Memoised: lists repeat a few hundred
 * spellings tens of thousands of times, and the ISO name lookup is slow.
 */
export function toCountryCode(text: string): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const code = lookUpCountryCode(text);
  if (cache.size < MAX_CACHED) cache.set(text, code);
  return code;
}

function lookUpCountryCode(text: string): string | undefined {
  const name = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (name === '') return undefined;
  const lower = name.toLowerCase();
  const extra = EXTRA_NAMES[lower] ?? ADJECTIVES[lower];
  if (extra !== undefined) return extra;
  // Two-letter codes count only in capitals: UN writes "na" for "not available".
  const countries = englishCountryTable();
  if (/^[A-Z]{2}$/.test(name) && countries.isValid(name)) return name;
  if (/^[A-Z]{3}$/.test(name)) {
    const code = countries.alpha3ToAlpha2(name);
    if (code !== undefined) return code;
  }
  return countries.getAlpha2Code(name, 'en') ?? invertedName(name, countries);
}

/**
 * ISO 3166's own short names put the state's form after a comma ("Korea, Democratic People's
 * Republic of", "Iran, Islamic Republic of", "Congo, The Democratic Republic of the"): read in
 * order, or, failing that, by the country alone where it is not one of two states (Korea, Congo).
 */
function invertedName(
  name: string,
  countries: ReturnType<typeof englishCountryTable>,
): string | undefined {
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma === null) return undefined;
  const [, country, form] = comma as unknown as [string, string, string];
  const inOrder = lookUpCountryCode(`${form.replace(/^the /i, '')} ${country}`);
  if (inOrder !== undefined) return inOrder;
  const lower = country.toLowerCase();
  if (lower === 'korea' || lower === 'congo' || !/\b(?:of|of the|the)$/i.test(form))
    return undefined;
  return countries.getAlpha2Code(country, 'en');
}

/**
 * The ISO 3166-1 alpha-2 code for a country as a user types it in a query: a code in any case
 * ("ru", "RU", "RUS"), a name ("Russia", "Iran (Islamic Republic of)") or an adjective; undefined
 * when it names no country. Unlike list files, a query's two letters are a code whatever the case.
 */
export function queryCountryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    const code = toCountryCode(upper);
    if (code !== undefined) return code;
  }
  return toCountryCode(trimmed);
}

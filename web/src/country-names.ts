// The country table is the server's own source (i18n-iso-countries, English names and ISO codes),
// bundled into the page at build time: no hand copy to drift, and a name is checked as it is typed
// instead of being cut to two letters ("Iraq" is IQ, never IR).
import codes from 'i18n-iso-countries/codes.json';
import english from 'i18n-iso-countries/langs/en.json';

/** One country the picker offers: its ISO 3166-1 alpha-2 code and English name. */
export interface Country {
  code: string;
  name: string;
}

const names = english.countries as Record<string, string | string[]>;

/** Every country, by its first English name, sorted by name. */
export const COUNTRIES: readonly Country[] = Object.entries(names)
  .map(([code, name]) => ({ code, name: Array.isArray(name) ? (name[0] ?? code) : name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_TEXT = new Map<string, string>();
for (const [code, name] of Object.entries(names))
  for (const n of Array.isArray(name) ? name : [name]) BY_TEXT.set(fold(n), code);
for (const [alpha2, alpha3] of codes as [string, string, ...string[]][]) {
  BY_TEXT.set(fold(alpha2), alpha2);
  BY_TEXT.set(fold(alpha3), alpha2);
}
// Everyday names the ISO table spells otherwise; the server knows these as well.
for (const [text, code] of [
  ['Syria', 'SY'],
  ['Burma', 'MM'],
  ['Laos', 'LA'],
  ['Moldova', 'MD'],
  ['Macedonia', 'MK'],
  ['Swaziland', 'SZ'],
  ['Brunei', 'BN'],
  ['Micronesia', 'FM'],
  ['Macau', 'MO'],
] as const)
  BY_TEXT.set(fold(text), code);

/** The ISO alpha-2 code for a country name or an alpha-2/alpha-3 code in any case, else undefined. */
export function resolveCountry(text: string): string | undefined {
  return BY_TEXT.get(fold(text));
}

/** The English name of an ISO alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  return COUNTRIES.find((c) => c.code === code)?.name ?? code;
}

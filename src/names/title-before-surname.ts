// The press names office holders by title and surname alone ("President Putin", "Präsident
// Putin", "Президент Путин", "Minister Lavrov"): the title says who is meant as much as the
// surname typed alone does, so such a query is read as one word alone (isOneWordAlone in
// analyze-name.ts). Only titles none of whose spellings is also a given name count: "Junior
// Herrera" raised alerts when read so (session 14), and so did "Kari Davis" (Kari, a Nordic given
// name, is a spelling of the title Qari); Haji, Sheikh, Imam, Prince, Major, Marshal, Justice and
// Gen are given names too.

/** Canonical honorifics (name-tables.json) that, before a surname, are titles and nothing else. */
const TITLES_OF_ADDRESS: ReadonlySet<string> = new Set([
  'president',
  'prime-minister',
  'minister',
  'senator',
  'ambassador',
  'governor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'doctor',
  'professor',
  'sir',
  'dame',
  'lord',
  'lieutenant-general',
  'major-general',
  'brigadier',
  'colonel',
  'lieutenant',
  'captain',
  'admiral',
  'commander',
  'sergeant',
  'honourable',
  'his-excellency',
  'mullah',
  'mawlawi',
  'mufti',
  'ayatollah',
  'hojatoleslam',
]);

/** True when a query's honorifics are all titles of address or office (none, too). */
export function onlyTitlesOfAddress(honorifics: readonly string[]): boolean {
  return honorifics.every((honorific) => TITLES_OF_ADDRESS.has(honorific));
}

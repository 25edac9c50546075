// The press names office holders by title and surname alone ("President Putin", "Präsident
// Putin", "Президент Путин", "Minister Lavrov"): the title says who is meant as much as the
// surname typed alone does, so such a query is read as one word alone (isOneWordAlone in
// analyze-name.ts). Generation markers are not titles of address: "Junior Herrera" is a given
// name and a surname, and raised alerts when read so (session 14).

/** Canonical honorifics (name-tables.json) that, before a surname, do not make a second name. */
const NOT_A_TITLE_OF_ADDRESS: ReadonlySet<string> = new Set(['generation']);

/** True when a query's honorifics all stand before a surname as titles of address or office. */
export function onlyTitlesOfAddress(honorifics: readonly string[]): boolean {
  return honorifics.every((honorific) => !NOT_A_TITLE_OF_ADDRESS.has(honorific));
}

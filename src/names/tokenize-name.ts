/**
 * Splits a romanised (Latin ASCII) name into lower-case tokens. Apostrophes vanish inside words
 * ("O'Brien" → "obrien", "Na'ib" → "naib") because lists write them inconsistently; every other
 * non-alphanumeric character, hyphens and dots included, separates tokens, and the matcher re-joins
 * split tokens ("Siraj-ud-din" ↔ "Sirajuddin") where that helps. An ampersand is the word "and"
 * ("AT&T" and "AT and T" are one name written two ways; name_bench, session 11).
 */
export function tokenizeName(latin: string): string[] {
  const cleaned = latin
    .toLowerCase()
    .replace(/['’‘`´ʼʻ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return cleaned === '' ? [] : cleaned.split(' ');
}

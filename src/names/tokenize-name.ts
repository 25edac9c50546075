/**
 * Splits a romanised (Latin ASCII) name into lower-case tokens. Apostrophes vanish inside words
 * ("O'Brien" → "obrien", "Na'ib" → "naib") because lists write them inconsistently; every other
 * non-alphanumeric character, hyphens and dots included, separates tokens, and the matcher re-joins
 * split tokens ("Siraj-ud-din" ↔ "Sirajuddin") where that helps.
 */
export function tokenizeName(latin: string): string[] {
  const cleaned = latin
    .toLowerCase()
    .replace(/['’‘`´ʼʻ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return cleaned === '' ? [] : cleaned.split(' ');
}

/**
 * The comparison key of a name: lower case, accents and apostrophes removed, hyphens and other
 * punctuation turned into spaces ("Al-Qa’ida" → "al qaida"). Unlike `tokenizeName`, which works on
 * a romanised name for matching, it keeps letters of every script: the article pipeline uses it to
 * tell whether two names as written are the same name.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A looser key for grouping spelling variants of one name: each word reduced to its first letter
 * and consonants ("al-Qaeda", "Al Qaida" → "al qd"), since transliterations differ mostly in vowels.
 */
export function skeletonKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .map((word) =>
      word.length <= 2 ? word : (word[0] ?? '') + word.slice(1).replace(/[aeiouyw]+/g, ''),
    )
    .map((word) => word.replace(/(.)\1+/g, '$1'))
    .join(' ');
}

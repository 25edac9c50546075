import surnames from './data/korean-surnames.json' with { type: 'json' };

/** Every Latin spelling korean-surnames.json gives a Korean surname (kim, ri, an, ahn …). */
const SPELLINGS = new Set(Object.values(surnames.surnames as Record<string, string[]>).flat());

/** True when a lower-case Latin word is a usual spelling of a Korean surname (korean-surnames.json). */
export function isKoreanSurnameSpelling(word: string): boolean {
  return SPELLINGS.has(word);
}

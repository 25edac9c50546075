// Name equivalence groups: spellings of one name that transliteration and language turn into
// different strings (Muhammad/Mohammed/Mehmet, Yusuf/Joseph, Aleksandr/Alexander, William/Bill).
// The engine scores a shared group key as strong evidence without any edit distance.
import data from './data/name-equivalents.json' with { type: 'json' };

const GROUPS: readonly (readonly string[])[] = [
  ...data.arabic,
  ...data.persianPashtoTurkic,
  ...data.slavicEuropean,
  ...data.westernNicknames,
];

const KEYS_BY_TOKEN = new Map<string, string[]>();
for (const group of GROUPS) {
  const key = group[0]!;
  for (const member of group) {
    const keys = KEYS_BY_TOKEN.get(member) ?? [];
    if (!keys.includes(key)) keys.push(key);
    KEYS_BY_TOKEN.set(member, keys);
  }
}

/**
 * The canonical keys of the equivalence groups a Latin lower-case name token belongs to, usually
 * none or one (mohammed → ['muhammad'], joseph → ['yusuf', 'joseph']).
 */
export function nameEquivalents(token: string): string[] {
  const exact = KEYS_BY_TOKEN.get(token);
  if (exact !== undefined) return [...exact];
  // Lists write the ayn and hamza as an apostrophe or not at all (sa'id, said).
  const bare = token.replace(/['’ʼ-]/g, '');
  return [...(KEYS_BY_TOKEN.get(bare) ?? [])];
}

/** Number of equivalence groups known, for reports. */
export const NAME_EQUIVALENCE_GROUP_COUNT = GROUPS.length;

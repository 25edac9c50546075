// Name equivalence groups: spellings of one name that transliteration and language turn into
// different strings (Muhammad/Mohammed/Mehmet, Yusuf/Joseph, Aleksandr/Alexander, William/Bill).
// The engine scores a shared group key as strong evidence without any edit distance.
import hypocorisms from './data/hypocorisms.json' with { type: 'json' };
import data from './data/name-equivalents.json' with { type: 'json' };
import wadeGiles from './data/wade-giles-pinyin.json' with { type: 'json' };

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

// Hypocorisms (Ted for Theodore) are nearer to nicknames than to spellings: many short forms
// serve several names (Ted: Edward, Theodore), so they are a weaker link than an equivalence group
// and never an index key.
const HYPOCORISM_GROUPS = new Map<string, number[]>();
hypocorisms.groups.forEach((group, index) => {
  for (const member of group) {
    const groups = HYPOCORISM_GROUPS.get(member) ?? [];
    groups.push(index);
    HYPOCORISM_GROUPS.set(member, groups);
  }
});

/**
 * True when two different lower-case given names are a formal name and one of its hypocorisms, or
 * two hypocorisms of one name (theodore/ted, bill/will, benjamin/bibi).
 */
export function isHypocorism(a: string, b: string): boolean {
  if (a === b) return false;
  const groupsA = HYPOCORISM_GROUPS.get(a);
  const groupsB = HYPOCORISM_GROUPS.get(b);
  if (groupsA === undefined || groupsB === undefined) return false;
  return groupsA.some((g) => groupsB.includes(g));
}

const WADE_GILES = wadeGiles.syllables as Readonly<Record<string, readonly string[] | undefined>>;
// Spellings only Wade-Giles writes (hs, ts, tz, -ih, -ieh, -ung, -ien …): without one, a name
// that happens to parse as Wade-Giles syllables (Li Ming, Han Su) is read as written.
const WADE_GILES_MARK = /hs|ts|tz|ih$|ieh$|ueh$|ung$|ien$|^erh$|^ssu$/;
const MAX_PINYIN_READINGS = 3;

/**
 * Pinyin readings of a Latin name written in Wade-Giles (Mao Tse-tung → mao zedong, Hsi Chin-ping
 * → xi jinping), unaspirated readings first since lists drop the apostrophe; [] when the name is
 * not made only of Wade-Giles syllables with at least one spelling pinyin never uses.
 */
export function pinyinReadings(latin: string): string[] {
  const words = latin
    .toLowerCase()
    .replace(/['’‘ʻ`.,]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length < 2 || words.length > 4) return [];
  let marked = false;
  let readings = [''];
  for (const word of words) {
    let spellings = [''];
    for (const syllable of word.split('-')) {
      const pinyin = WADE_GILES[syllable];
      if (pinyin === undefined) return [];
      if (WADE_GILES_MARK.test(syllable)) marked = true;
      spellings = spellings.flatMap((s) => pinyin.slice(0, 2).map((p) => s + p)).slice(0, 4);
    }
    readings = readings
      .flatMap((r) => spellings.map((s) => (r === '' ? s : `${r} ${s}`)))
      .slice(0, MAX_PINYIN_READINGS);
  }
  return marked ? readings : [];
}

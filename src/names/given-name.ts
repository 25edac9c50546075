// Given names the equivalence groups know (sift-match-8, issue #13). The lists weigh a name by
// how many listed entities bear it, and a given name the lists rarely spell one way (Yaqoub,
// Yakup) looks rare there while millions bear it: a query that is such a name alone says little
// about who is meant ("Mullah Yaqoob", the Taliban's defence minister, is not MOHAMMAD YAQOUB).
import data from './data/name-equivalents.json' with { type: 'json' };
import { nameEquivalents } from './name-equivalents.ts';

/**
 * Groups of name-equivalents.json that are family names, not given names: a surname alone is how
 * the press refers to a person once introduced (Hekmatyar, Zawahiri), so it keeps its weight.
 */
const FAMILY_NAME_GROUPS = new Set([
  'husayni',
  'qadhafi',
  'zawahiri',
  'ladin',
  'baghdadi',
  'nasrallah',
  'haqqani',
  'akhund',
  'mohammadi',
  'ahmadi',
  'rahimi',
  'karimi',
  'jafari',
  'hashemi',
  'khamenei',
  'hekmatyar',
  'huthi',
]);

/** Consonants with doubled letters collapsed: the frame spellings of one name share. */
function consonantFrame(text: string): string {
  return text.replace(/[aeiou'’-]/g, '').replace(/(.)\1+/g, '$1');
}

const GIVEN_KEYS = new Set<string>();
const GIVEN_FRAMES = new Map<string, string[]>();
for (const group of [...data.arabic, ...data.persianPashtoTurkic, ...data.slavicEuropean]) {
  const key = group[0]!;
  if (FAMILY_NAME_GROUPS.has(key) || group.length < 2) continue;
  GIVEN_KEYS.add(key);
  for (const member of group) {
    const frame = consonantFrame(member);
    if (frame.length < 3) continue;
    GIVEN_FRAMES.set(frame, [...(GIVEN_FRAMES.get(frame) ?? []), member]);
  }
}

/**
 * True when a Latin lower-case name token is a given name of an equivalence group (Arabic,
 * Persian, Pashto, Turkic, Slavic), or a spelling of one that differs only in its vowels and
 * doubled letters and ends like it (yaqoub for yaqub; rahmani is not rahman).
 */
export function isGivenName(token: string): boolean {
  const keys = nameEquivalents(token);
  if (keys.length > 0) return keys.some((k) => GIVEN_KEYS.has(k));
  const members = GIVEN_FRAMES.get(consonantFrame(token));
  return members !== undefined && members.some((m) => m.slice(-1) === token.slice(-1));
}

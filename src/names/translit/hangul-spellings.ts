// Every Latin spelling a Korean syllable is given in names, so that a Hangul name can be checked
// against a listed Latin name written in any of the systems, not only against the three readings
// the engine keeps. Sources, one column per system in the tables below:
// - RR: the Revised Romanization of Korean (Ministry of Culture and Tourism notice 2000-8, §§ 1-2).
// - MR: McCune & Reischauer, "The Romanization of the Korean Language" (1939), with its breves and
//   aspirate apostrophes folded away (ŏ → o, ŭ → u, k' → k), as lists and the press print it; MR
//   voices k t p ch between voiced sounds (g d b j), so both forms are listed.
// - DPRK: the DPRK's romanisation (1992) as the UN 1718 Committee list and OFAC print it
//   (Kim Jong Un, Jong Kyong Thaek, Ri Pyong Chol): aspirates kh th ph, ㅓ and ㅡ as o and u.
// - Usage: the spellings South Koreans keep for their own names (passports carry a holder's
//   established spelling), as the training rows of Wikidata's Korean person names show them and
//   translit-korean-syllables.json records them per syllable (성 sung, 수 soo, 영 young, 희 hee):
//   ㅓ as u, ㅜ as oo, ㅠ as yoo, ㅢ as ee or eui, ㅅ as sh before i (Shin). Those mined spellings
//   are added to each syllable's own, and korean-surnames.json's to a surname.
import surnames from '../data/korean-surnames.json' with { type: 'json' };
import given from '../data/translit-korean-syllables.json' with { type: 'json' };

/** Initial consonants in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIALS: readonly (readonly string[])[] = [
  ['g', 'k'], // ㄱ RR g, MR/DPRK k
  ['kk', 'gg'], // ㄲ
  ['n'], // ㄴ
  ['d', 't'], // ㄷ RR d, MR/DPRK t
  ['tt', 'dd'], // ㄸ
  ['r', 'l'], // ㄹ RR/DPRK r, usage l (Lim, Lee)
  ['m'], // ㅁ
  ['b', 'p'], // ㅂ RR b, MR/DPRK p
  ['pp', 'bb'], // ㅃ
  ['s', 'sh'], // ㅅ RR/MR s, MR and usage sh before i and wi (Shin, Shim)
  ['ss', 's'], // ㅆ
  [''], // ㅇ silent
  ['j', 'ch'], // ㅈ RR/DPRK j, MR ch
  ['jj', 'tch', 'zz'], // ㅉ RR jj, MR tch
  ['ch'], // ㅊ RR ch, MR ch'
  ['k', 'kh'], // ㅋ RR/MR k, DPRK kh
  ['t', 'th'], // ㅌ RR/MR t, DPRK th
  ['p', 'ph'], // ㅍ RR/MR p, DPRK ph
  ['h'], // ㅎ
];

/** Vowels in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ). */
const VOWELS: readonly (readonly string[])[] = [
  ['a'], // ㅏ
  ['ae'], // ㅐ
  ['ya'], // ㅑ
  ['yae'], // ㅒ
  ['eo', 'o', 'u'], // ㅓ RR eo, MR/DPRK o (ŏ), usage u (Sung, Jung)
  ['e'], // ㅔ
  ['yeo', 'yo', 'yu'], // ㅕ RR yeo, MR/DPRK yo (yŏ), usage yu (Hyun, Byung)
  ['ye'], // ㅖ
  ['o'], // ㅗ
  ['wa'], // ㅘ
  ['wae'], // ㅙ
  ['oe', 'oi'], // ㅚ RR/MR oe, usage oi
  ['yo'], // ㅛ
  ['u', 'oo'], // ㅜ RR/MR u, usage oo (Soo, Joon)
  ['wo', 'weo'], // ㅝ RR/MR wo (wŏ), usage weo
  ['we'], // ㅞ
  ['wi'], // ㅟ
  ['yu', 'yoo'], // ㅠ RR/MR yu, usage yoo
  ['eu', 'u'], // ㅡ RR eu, MR/DPRK u (ŭ)
  ['ui', 'eui', 'ee', 'i'], // ㅢ RR/MR ui (ŭi), usage eui, ee (Hee), DPRK i after a consonant
  ['i'], // ㅣ
];

/** Final consonants in Unicode order (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const FINALS: readonly (readonly string[])[] = [
  [''],
  ['k', 'g'], // ㄱ RR k (g before a vowel), MR k
  ['k'],
  ['k'],
  ['n'],
  ['n'],
  ['n'],
  ['t', 'd'],
  ['l', 'r'], // ㄹ RR/MR l, r before a vowel
  ['k'],
  ['m'],
  ['l'],
  ['l'],
  ['l'],
  ['p'],
  ['l'],
  ['m'],
  ['p', 'b'], // ㅂ
  ['p'],
  ['t'],
  ['t'],
  ['ng'],
  ['t'],
  ['t'],
  ['k'],
  ['t'],
  ['p'],
  ['t'],
];

const SURNAMES: Readonly<Record<string, readonly string[] | undefined>> = surnames.surnames;
const GIVEN: Readonly<Record<string, readonly string[] | undefined>> = given.syllables;

const SPELLINGS = new Map<string, readonly string[]>();

/**
 * The Latin spellings of one precomposed Hangul syllable in Revised Romanization,
 * McCune–Reischauer, the DPRK system and common usage (정 → jeong, jong, jung, cheong, chong …),
 * with the mined given-name spellings and the surname spellings of korean-surnames.json when `surname` (이 → lee, yi, rhee); empty for
 * anything that is not a Hangul syllable.
 */
export function hangulSyllableSpellings(syllable: string, surname = false): readonly string[] {
  const key = surname ? `${syllable}^` : syllable;
  const known = SPELLINGS.get(key);
  if (known !== undefined) return known;
  const code = (syllable.codePointAt(0) ?? 0) - 0xac00;
  const spellings = new Set<string>();
  if (code >= 0 && code <= 11171 && Array.from(syllable).length === 1) {
    const initials = INITIALS[Math.floor(code / 588)]!;
    const vowels = VOWELS[Math.floor((code % 588) / 28)]!;
    const finals = FINALS[code % 28]!;
    for (const initial of initials)
      for (const vowel of vowels)
        for (const final of finals) spellings.add(initial + vowel + final);
    for (const spelling of GIVEN[syllable] ?? []) spellings.add(spelling);
    if (surname) for (const spelling of SURNAMES[syllable] ?? []) spellings.add(spelling);
  }
  const list = [...spellings];
  SPELLINGS.set(key, list);
  return list;
}

// Korean names written in Latin letters, read back into the spelling the lists use for them. OFAC
// and the UN write North Korean persons in the DPRK's own romanisation (Kim Jong Un, Ri Pyong Chol,
// Jong Kyong Thaek: unvoiced k t p at the start of every syllable, aspirates kh th ph, ㅓ and ㅡ as
// o and u). The South Korean press writes the same names in Revised Romanization (Jeong-eun,
// Gyeong-taek, Deok-hun) and scholars in McCune–Reischauer (Chŏng-ŭn, Kyŏng-t'aek). Sources: the
// Revised Romanization of Korean (Ministry of Culture and Tourism, 2000), McCune & Reischauer (1939),
// and the DPRK romanisation (1992) as the UN 1718 Committee list prints it; see SOURCES.md.
import surnames from '../data/korean-surnames.json' with { type: 'json' };
import pressTable from '../data/translit-korean-syllables.json' with { type: 'json' };
import { foldLatin } from './fold-latin.ts';
import { spellHangulRun } from './korean.ts';

/** Every Latin spelling of a Korean surname in the table (kim, gim, lee, ri, pak …). */
const SURNAME_SPELLINGS = new Set(Object.values(surnames.surnames).flat());

// A Revised Romanization syllable: initial, vowel, final (the spellings the 2000 rules allow).
const RR_SYLLABLE =
  /^(kk|tt|pp|ss|jj|ch|g|n|d|r|m|b|s|j|k|t|p|h|l)?(yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)(ng|k|n|t|l|m|p)?$/;
// McCune–Reischauer after folding: ŏ ŭ become o u, an aspirate keeps its apostrophe.
const MR_SYLLABLE =
  /^(kk|tt|pp|ss|tch|ch'|ch|k'|t'|p'|k|n|t|r|m|p|s|h|l)?(yae|yo|wae|ae|ya|ye|wa|oe|wo|we|wi|yu|ui|a|e|o|u|i)(ng|k|n|t|l|m|p)?$/;

/** Revised Romanization initials as the DPRK spelling writes them at a syllable's start. */
const RR_TO_DPRK_INITIAL: Readonly<Record<string, string>> = {
  g: 'k',
  d: 't',
  b: 'p',
  k: 'kh',
  t: 'th',
  p: 'ph',
  l: 'r',
};
/** McCune–Reischauer initials as the DPRK spelling writes them (ch = ㅈ = j, ch' = ㅊ = ch). */
const MR_TO_DPRK_INITIAL: Readonly<Record<string, string>> = {
  ch: 'j',
  "ch'": 'ch',
  "k'": 'kh',
  "t'": 'th',
  "p'": 'ph',
  tch: 'jj',
};

/** One syllable in the DPRK spelling, or undefined when it is no syllable of the system. */
function dprkSyllable(syllable: string, system: 'rr' | 'mr'): string | undefined {
  const match = (system === 'rr' ? RR_SYLLABLE : MR_SYLLABLE).exec(syllable);
  if (match === null) return undefined;
  const [, initial = '', vowel = '', final = ''] = match;
  const table = system === 'rr' ? RR_TO_DPRK_INITIAL : MR_TO_DPRK_INITIAL;
  const dprkVowel = system === 'rr' ? vowel.replace('eo', 'o').replace('eu', 'u') : vowel;
  return (table[initial] ?? initial) + dprkVowel + final;
}

/**
 * Surname spellings of the South Korean press and of older romanisations, with the DPRK spelling
 * the UN 1718 Committee list and OFAC print for the same surname (이 RI, 박 PAK, 최 CHOE, 정 JONG …).
 */
const DPRK_SURNAMES: Readonly<Record<string, string>> = {
  lee: 'ri',
  rhee: 'ri',
  rhie: 'ri',
  yi: 'ri',
  park: 'pak',
  bak: 'pak',
  choi: 'choe',
  chey: 'choe',
  chwe: 'choe',
  gim: 'kim',
  jeong: 'jong',
  jung: 'jong',
  roh: 'ro',
  noh: 'ro',
  jeon: 'jon',
  bae: 'pae',
  baek: 'paek',
  paik: 'paek',
  yoon: 'yun',
  shin: 'sin',
  moon: 'mun',
  lim: 'rim',
  gwon: 'kwon',
  cho: 'jo',
  yoo: 'ryu',
  gang: 'kang',
  seo: 'so',
  suh: 'so',
  heo: 'ho',
  chang: 'jang',
  oh: 'o',
};

let pressSyllables: Map<string, string> | undefined;

/**
 * The South Korean press's spellings of given-name syllables (byung, chul, young, from the mined
 * table translit-korean-syllables.json) → the DPRK spelling of their syllable (pyong, chol, yong);
 * a spelling two syllables share with different DPRK spellings (sun: 선 son, 순 sun) is left out.
 */
function pressSyllableSpellings(): Map<string, string> {
  if (pressSyllables !== undefined) return pressSyllables;
  const candidates = new Map<string, Set<string>>();
  for (const [hangul, spellings] of Object.entries(pressTable.syllables)) {
    const dprk = spellHangulRun(hangul)[0];
    for (const spelling of spellings)
      candidates.set(spelling, (candidates.get(spelling) ?? new Set()).add(dprk));
  }
  pressSyllables = new Map();
  for (const [spelling, dprk] of candidates)
    if (dprk.size === 1) pressSyllables.set(spelling, [...dprk][0]!);
  return pressSyllables;
}

/** A syllable of the DPRK spelling itself (Thaek, Pyong, Kyong), kept as written. */
const DPRK_SYLLABLE =
  /^(kk|tt|pp|ss|jj|ch|kh|th|ph|k|n|t|r|m|p|s|j|h)?(yae|wae|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|ui|a|e|o|u|i)(ng|k|n|t|l|m|p)?$/;

/** Revised Romanization letters no DPRK list spelling writes: eo, eu, or a voiced initial g d b. */
const RR_MARK = /eo|eu|(?:^|-)[gdb]/;
/**
 * McCune–Reischauer marks: a breve, an aspirate's apostrophe, or the apostrophe the UN 1718
 * Committee list types for a breve (MUN CHO'NG-CH'O'L, YO'N CHO'NG NAM: ŏ written o').
 */
const MR_MARK = /[ŏŭ]|[kptch]['’ʼ]|(?<=[a-z])[ou]['’ʼ](?=[a-z])/i;

/** True when a Latin name carries a McCune–Reischauer mark (Chŏng, Kyŏng-t'aek, CHO'NG). */
export function hasMcCuneReischauerMarks(latin: string): boolean {
  return MR_MARK.test(latin);
}

/**
 * The DPRK list spelling of a Korean personal name written in Revised Romanization (Kim Jeong-eun →
 * kim jong un) or McCune–Reischauer (Chŏng Kyŏng-t'aek → chong kyong thaek is MR's, jong kyong
 * thaek the list's), or undefined: the name must start or end with a Korean surname, its given
 * name must be written in syllables (hyphenated or apart), and it must carry a mark of the system.
 */
export function dprkReading(latin: string): string | undefined {
  const words = latin.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return undefined;
  const lower = words.map((w) => w.toLowerCase().normalize('NFC'));
  // A surname is looked up without a typed breve (YO'N is yon).
  const isSurname = (word: string): boolean =>
    SURNAME_SPELLINGS.has(foldLatin(word).replace(/(?<=[a-z])([ou])['’ʼ]/g, '$1'));
  const surnameAt = isSurname(lower[0]!)
    ? 0
    : isSurname(lower[lower.length - 1]!)
      ? lower.length - 1
      : -1;
  if (surnameAt < 0) return undefined;
  const given = lower.filter((_, i) => i !== surnameAt);
  const text = given.join(' ');
  const system = MR_MARK.test(text) ? 'mr' : RR_MARK.test(text) ? 'rr' : undefined;
  const writtenSurname = foldLatin(lower[surnameAt]!).replace(/'/g, '');
  const dprkSurname = DPRK_SURNAMES[writtenSurname];
  // The press's own spellings (Lee Byung-chul → ri pyong chol): each given-name syllable as the
  // mined table spells it, when one changes; McCune–Reischauer marks are read by their system.
  const parts = given.flatMap((word) => word.split('-')).map((part) => foldLatin(part));
  const press = parts.map((part) => pressSyllableSpellings().get(part));
  if (system !== 'mr' && parts.length >= 2 && press.every((p) => p !== undefined)) {
    const surname = dprkSurname ?? writtenSurname;
    if (press.some((p, i) => p !== parts[i]) || surname !== writtenSurname)
      return surnameAt === 0 ? `${surname} ${press.join(' ')}` : `${press.join(' ')} ${surname}`;
  }
  if (system === undefined) {
    // No mark in the given name: only a surname the lists spell otherwise (Lee Yong-ho → ri yong
    // ho), when the given name is written in syllables of the DPRK spelling.
    if (dprkSurname === undefined || parts.length < 2) return undefined;
    if (!parts.every((part) => DPRK_SYLLABLE.test(part))) return undefined;
    return surnameAt === 0
      ? `${dprkSurname} ${parts.join(' ')}`
      : `${parts.join(' ')} ${dprkSurname}`;
  }
  const out: string[] = [];
  for (const word of given) {
    for (const part of word.split('-')) {
      const folded = foldLatin(part).replace(/[’ʼ]/g, "'");
      // A breve typed as an apostrophe after its vowel (cho'ng = chŏng) is the plain vowel.
      const syllable =
        system === 'mr' ? folded.replace(/([ou])'/g, '$1') : folded.replace(/'/g, '');
      const dprk = dprkSyllable(syllable, system);
      if (dprk === undefined) return undefined;
      out.push(dprk);
    }
  }
  // The surname in its DPRK spelling (Lee → ri, Park → pak), or converted when that gives a surname
  // spelling (Chŏng → jong), else as written: Kim is a traditional spelling, not RR's khim.
  const converted = dprkSyllable(writtenSurname, system);
  const surname =
    dprkSurname ??
    (converted !== undefined && SURNAME_SPELLINGS.has(converted) ? converted : writtenSurname);
  return surnameAt === 0 ? `${surname} ${out.join(' ')}` : `${out.join(' ')} ${surname}`;
}

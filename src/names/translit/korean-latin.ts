// Korean names written in Latin letters, read back into the spelling the lists use for them. OFAC
// and the UN write North Korean persons in the DPRK's own romanisation (Kim Jong Un, Ri Pyong Chol,
// Jong Kyong Thaek: unvoiced k t p at the start of every syllable, aspirates kh th ph, ㅓ and ㅡ as
// o and u). The South Korean press writes the same names in Revised Romanization (Jeong-eun,
// Gyeong-taek, Deok-hun) and scholars in McCune–Reischauer (Chŏng-ŭn, Kyŏng-t'aek). Sources: the
// Revised Romanization of Korean (Ministry of Culture and Tourism, 2000), McCune & Reischauer (1939),
// and the DPRK romanisation (1992) as the UN 1718 Committee list prints it; see SOURCES.md.
import surnames from '../data/korean-surnames.json' with { type: 'json' };
import { foldLatin } from './fold-latin.ts';

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

/** Revised Romanization letters no DPRK list spelling writes: eo, eu, or a voiced initial g d b. */
const RR_MARK = /eo|eu|(?:^|-)[gdb]/;
/** McCune–Reischauer marks: a breve or an aspirate's apostrophe. */
const MR_MARK = /[ŏŭ]|[kptch]['’ʼ]/i;

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
  const surnameAt = SURNAME_SPELLINGS.has(foldLatin(lower[0]!))
    ? 0
    : SURNAME_SPELLINGS.has(foldLatin(lower[lower.length - 1]!))
      ? lower.length - 1
      : -1;
  if (surnameAt < 0) return undefined;
  const given = lower.filter((_, i) => i !== surnameAt);
  const text = given.join(' ');
  const system = MR_MARK.test(text) ? 'mr' : RR_MARK.test(text) ? 'rr' : undefined;
  if (system === undefined) return undefined;
  const out: string[] = [];
  for (const word of given) {
    for (const part of word.split('-')) {
      const folded = foldLatin(part).replace(/[’ʼ]/g, "'");
      const syllable = system === 'mr' ? folded : folded.replace(/'/g, '');
      const dprk = dprkSyllable(syllable, system);
      if (dprk === undefined) return undefined;
      out.push(dprk);
    }
  }
  // The surname too, when its DPRK form is a surname spelling (Gim → kim, Chŏng → jong), else as
  // written: Kim is a traditional spelling, not RR's aspirated khim.
  const written = foldLatin(lower[surnameAt]!).replace(/'/g, '');
  const converted = dprkSyllable(written, system);
  const surname = converted !== undefined && SURNAME_SPELLINGS.has(converted) ? converted : written;
  return surnameAt === 0 ? `${surname} ${out.join(' ')}` : `${out.join(' ')} ${surname}`;
}

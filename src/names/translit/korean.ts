// Korean Hangul: Revised Romanization (South Korea since 2000), a McCune-Reischauer-like form without
// diacritics (North Korean lists: Kim Jong Un, Ri Yong Ho), and the surname spellings people really
// use (이 Lee/Yi/Rhee/Ri, 박 Park/Pak, 최 Choi/Choe). A 2-4 syllable word is read as a personal name:
// surname, then the given name as separate syllables or joined.
import surnames from '../data/korean-surnames.json' with { type: 'json' };

const SURNAMES: Readonly<Record<string, readonly string[] | undefined>> = surnames.surnames;

// Initial consonants (19), vowels (21), final consonants (28) in Unicode order.
const RR_INITIAL = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const MR_INITIAL = [
  'k',
  'kk',
  'n',
  't',
  'tt',
  'r',
  'm',
  'p',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'kh',
  'th',
  'ph',
  'h',
];
const RR_VOWEL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const MR_VOWEL = [
  'a',
  'ae',
  'ya',
  'yae',
  'o',
  'e',
  'yo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'u',
  'ui',
  'i',
];
const FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

interface Jamo {
  readonly initial: number;
  readonly vowel: number;
  readonly final: number;
}

function decompose(syllable: string): Jamo | undefined {
  const code = syllable.codePointAt(0)! - 0xac00;
  if (code < 0 || code > 11171) return undefined;
  return {
    initial: Math.floor(code / 588),
    vowel: Math.floor((code % 588) / 28),
    final: code % 28,
  };
}

function romanSyllable(jamo: Jamo, mr: boolean, wordInitial: boolean): string {
  let initial = (mr ? MR_INITIAL : RR_INITIAL)[jamo.initial]!;
  // Names are romanised syllable by syllable; ㄹ at the start of a syllable is r (Ri, Ryong).
  if (mr && !wordInitial && initial === 'k') initial = 'g';
  if (mr && !wordInitial && initial === 'p') initial = 'b';
  if (mr && !wordInitial && initial === 't') initial = 'd';
  return initial + (mr ? MR_VOWEL : RR_VOWEL)[jamo.vowel]! + FINAL[jamo.final]!;
}

// South Korean usage writes ㅓ and ㅡ as u in names (Sung, Jung, Hyun) rather than RR's eo and eu.
function popular(syllable: string): string {
  return syllable.replace(/eo/g, 'u').replace(/eu/g, 'u');
}

/** Romanisations of one Hangul word, most likely first (김정은 → kim jong un, kim jeong eun, …). */
export function romanizeHangulWord(word: string): string[] {
  const jamos = Array.from(word)
    .map(decompose)
    .filter((j): j is Jamo => j !== undefined);
  if (jamos.length === 0) return [];
  const rr = jamos.map((j) => romanSyllable(j, false, true));
  const mr = jamos.map((j, i) => romanSyllable(j, true, i === 0));
  const surnameForms = SURNAMES[Array.from(word)[0] ?? ''];
  if (jamos.length >= 2 && jamos.length <= 4 && surnameForms !== undefined) {
    const [sur, alt] = [surnameForms[0]!, surnameForms[1] ?? surnameForms[0]!];
    const mrGiven = jamos.slice(1).map((j) => romanSyllable(j, true, true));
    const mrVoiced = mr.slice(1);
    const rrGiven = rr.slice(1);
    return [
      ...new Set([
        `${sur} ${mrGiven.join(' ')}`,
        `${sur} ${rrGiven.map(popular).join(' ')}`,
        `${sur} ${rrGiven.join(' ')}`,
        `${sur} ${rrGiven.join('')}`,
        `${alt} ${mrVoiced.join('')}`,
        `${alt} ${mrGiven.join(' ')}`,
        `${rr[0]!} ${rrGiven.join('')}`,
      ]),
    ];
  }
  // Other words, mostly foreign names spelled in Hangul: drop the vowel eu that Korean adds after a
  // consonant before another consonant or at the end (스 seu → s, 트 teu → t).
  const reduced = rr.map((s, i) =>
    /^[a-z]+eu$/.test(s) && !/^[aeiouwy]/.test(rr[i + 1] ?? 'x') ? s.slice(0, -2) : s,
  );
  return [...new Set([rr.join(''), reduced.join(''), mr.join('')])];
}

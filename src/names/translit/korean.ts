// Korean Hangul: Revised Romanization (South Korea since 2000), a McCune-Reischauer-like form without
// diacritics (North Korean lists: Kim Jong Un, Ri Yong Ho), and the surname spellings people really
// use (이 Lee/Yi/Rhee/Ri, 박 Park/Pak, 최 Choi/Choe). A 2-4 syllable word is read as a personal name:
// surname, then the given name as separate syllables or joined.
import surnames from '../data/korean-surnames.json' with { type: 'json' };
import given from '../data/translit-korean-syllables.json' with { type: 'json' };
import type { TaggedReading } from './chinese.ts';
import { interleave, minedReadings } from './mined-readings.ts';
import { readHangulAsChineseName } from './hangul-hanja-chinese.ts';
import { readHangulChineseName } from './hangul-mandarin.ts';

const SURNAMES: Readonly<Record<string, readonly string[] | undefined>> = surnames.surnames;
// How people spell given-name syllables in English (영 young, 수 soo), mined from Wikidata.
const GIVEN: Readonly<Record<string, readonly string[] | undefined>> = given.syllables;

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

/**
 * Romanisations of one Hangul word, most likely first, each tagged Korean (syllabic) or foreign
 * (김정은 → kim jong un, kim jeong eun, …;
 * 조지 → george). Spellings Wikidata gives for the same word lead; a word that starts with a
 * surname is then read as a Korean name, interleaved with the mined foreign-name readings, unless
 * `foreignName` says the whole name is foreign (데이비드 배키스: Korean names are not spaced so).
 * A `query` may also be a Chinese name written by its Mandarin sound (리쟈동 li jiadong).
 */
export function readHangulWord(word: string, foreignName = false, query = false): TaggedReading[] {
  const jamos = Array.from(word)
    .map(decompose)
    .filter((j): j is Jamo => j !== undefined);
  if (jamos.length === 0) return [];
  const tag = (ranked: readonly string[], foreignSet: readonly string[]): TaggedReading[] => {
    const mined = new Set(foreignSet);
    return [...new Set(ranked)].map((text) => ({ text, syllabic: !mined.has(text) }));
  };
  const rr = jamos.map((j) => romanSyllable(j, false, true));
  const mr = jamos.map((j, i) => romanSyllable(j, true, i === 0));
  const syllables = Array.from(word).filter((ch) => decompose(ch) !== undefined);
  const mined = minedReadings('korean', word, (unit) => [rr[syllables.indexOf(unit)] ?? ''], 4);
  const foreign = [...mined.lexicon, ...mined.model];
  // A Chinese name written by its Mandarin sound (리쟈동 Li Jiadong): read so first when a syllable
  // is no Korean reading of any character (쟈, 즈, 옌) or no Korean surname starts it (훙진화 Hong
  // Jinhua); otherwise a Korean name comes first.
  // Only queries: lists write Chinese names in Latin letters, their Hangul aliases are Korean.
  const mandarin = foreignName || !query ? undefined : readHangulChineseName(word);
  const surnameForms = SURNAMES[Array.from(word)[0] ?? ''];
  if (mandarin !== undefined && (mandarin.leads || surnameForms === undefined)) {
    const pinyin = mandarin.readings.map((text) => ({ text, syllabic: true }));
    const other = readHangulWord(word, true);
    // Without an un-Korean syllable the word may as well be a foreign name (라이타 Raita): its
    // first reading stays first, and one Mandarin reading follows.
    const ranked = mandarin.leads
      ? [...tag(mined.lexicon.slice(0, 1), foreign), ...pinyin, ...other]
      : [...other.slice(0, 1), ...pinyin.slice(0, 1), ...other.slice(1)];
    return ranked.filter((r, i) => ranked.findIndex((o) => o.text === r.text) === i);
  }
  if (!foreignName && jamos.length >= 2 && jamos.length <= 4 && surnameForms !== undefined) {
    const [sur, alt] = [surnameForms[0]!, surnameForms[1] ?? surnameForms[0]!];
    const mrGiven = jamos.slice(1).map((j) => romanSyllable(j, true, true));
    const mrVoiced = mr.slice(1);
    const rrGiven = rr.slice(1);
    const usual = Array.from(word)
      .slice(1)
      .map((syllable, i) => GIVEN[syllable]?.[0] ?? popular(rrGiven[i] ?? ''));
    // The first reading is McCune–Reischauer throughout, as DPRK lists print a name (허영일 Ho Yong
    // Il): its surname too, when lists are known to spell that surname so. Only for a whole name
    // of three syllables or more: a word of two is often a given name written apart (은정 김), and
    // reading 은 as the surname un met Kim Jong Un (16 more global negatives alerted).
    const mrSur = jamos.length >= 3 && surnameForms.includes(mr[0]!) ? mr[0]! : sur;
    const native = [
      `${mrSur} ${mrGiven.join(' ')}`,
      `${sur} ${usual.join(' ')}`,
      `${sur} ${rrGiven.map(popular).join(' ')}`,
      `${sur} ${rrGiven.join(' ')}`,
      `${sur} ${rrGiven.join('')}`,
      `${alt} ${mrVoiced.join('')}`,
      `${alt} ${mrGiven.join(' ')}`,
      `${rr[0]!} ${rrGiven.join('')}`,
    ];
    // Three or four syllables after a surname are a Korean name; two may be a foreign name (마크).
    const ranked = jamos.length >= 3 ? [...native, ...foreign] : interleave(native, foreign);
    // A name of Korean syllables may still be Chinese by its Mandarin sound (류위안 Liu Yuan): its
    // reading takes the third place, the last the engine reads.
    // So may a Chinese name written by the Sino-Korean reading of its characters (주세걸 Zhu
    // Shijie): its reading follows the Mandarin one.
    const sinoKorean = query ? readHangulAsChineseName(word).slice(0, 1) : [];
    ranked.splice(
      2 - Math.min(1, mined.lexicon.length),
      0,
      ...(mandarin?.readings.slice(0, 1) ?? []),
      ...sinoKorean,
    );
    return tag(
      [...mined.lexicon.slice(0, 1), ...ranked],
      foreign.filter((f) => !native.includes(f)),
    );
  }
  // Other words, mostly foreign names spelled in Hangul: drop the vowel eu that Korean adds after a
  // consonant before another consonant or at the end (스 seu → s, 트 teu → t).
  const reduced = rr.map((s, i) =>
    /^[a-z]+eu$/.test(s) && !/^[aeiouwy]/.test(rr[i + 1] ?? 'x') ? s.slice(0, -2) : s,
  );
  // Syllable-by-syllable readings of a foreign name are no Korean syllables either.
  return tag(
    [...foreign, reduced.join(''), rr.join(''), mr.join('')],
    [...foreign, reduced.join('')],
  );
}

/** Romanisations of one Hangul word, most likely first (김정은 → kim jong un, …; 조지 → george). */
export function romanizeHangulWord(word: string, foreignName = false, query = false): string[] {
  return readHangulWord(word, foreignName, query).map((reading) => reading.text);
}

/**
 * A Hangul word spelt syllable by syllable and joined, as lists write the distinctive part of a
 * firm's name: McCune–Reischauer without marks (광선 kwangson, as DPRK lists print it), then
 * Revised Romanization (gwangseon).
 */
export function spellHangulRun(word: string): [string, string] {
  const jamos = Array.from(word)
    .map(decompose)
    .filter((j): j is Jamo => j !== undefined);
  return [
    jamos.map((j, i) => romanSyllable(j, true, i === 0)).join(''),
    jamos.map((j) => romanSyllable(j, false, true)).join(''),
  ];
}

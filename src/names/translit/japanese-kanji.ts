// Japanese names written in kanji: 篠田建市 is SHINODA, Kenichi on the OFAC list, 山口組 is
// YAMAGUCHI-GUMI, 東洋信用実業株式会社 is TOYO SHINYO JITSUGYO K.K. Pinyin (xiaotian jianshi) never
// meets them. A name is read by the Hepburn readings of IPADIC's surnames, given names and
// organisations, surname first as Japanese writes it, and characters no table knows by their
// Japanese readings (on, or kun then on: 山輝 yamaki); data/japanese-readings.json, loaded on first
// use, says where each comes from.
import chinese from '../data/chinese-surnames.json' with { type: 'json' };
import { readHanCompanyName, translateHanTerms } from './han-company.ts';
import { romanizeKanaWord } from './japanese.ts';
import {
  characterReadings,
  isGivenNamePair,
  japaneseTable as table,
  readJapanesePersonName,
  readingsOf,
} from './japanese-name-readings.ts';

/**
 * Japanese legal forms and the letters the lists print for them (OFAC: YAMAKI, K.K.); the
 * Companies Act of 2005 (会社法) art. 2 names the forms, 有限会社 survives from the 1938 law.
 */
const LEGAL_FORMS: Readonly<Record<string, string>> = {
  株式会社: 'kk',
  有限会社: 'yk',
  合同会社: 'llc',
  合資会社: 'gshk',
  合名会社: 'gmk',
};

/** Endings of a Japanese organisation's name with the word lists print (YAMAGUCHI-GUMI, SUMIYOSHI-KAI). */
const ORGANISATION_ENDINGS: Readonly<Record<string, string>> = { 組: 'gumi', 会: 'kai', 會: 'kai' };

/**
 * Readings of an organisation's distinctive part no name table holds: by two-character words,
 * as Sino-Japanese compounds are (東洋信用実業 → toyo shinyo jitsugyo), or whole when short.
 */
function stemReadings(stem: string): string[] {
  const chars = Array.from(stem);
  if (chars.length <= 3) return characterReadings(stem);
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 2) {
    const word = characterReadings(chars.slice(i, i + 2).join(''))[0];
    if (word === undefined) return [];
    words.push(word);
  }
  return [words.join(' ')];
}

/**
 * Readings of the part of an organisation's name before 組 or 会 that a name table knows: a
 * surname or given name (山口, 弘道), or a place or other word before one (神戸山口組 kobe
 * yamaguchi gumi: 神戸 by its characters).
 */
function namedStemReadings(stem: string): string[] {
  const t = table();
  const whole = [...readingsOf(t.surnames, stem), ...readingsOf(t.given, stem)];
  if (whole.length > 0) return whole;
  const chars = Array.from(stem);
  if (chars.length < 4) return [];
  const last = readingsOf(t.surnames, chars.slice(-2).join(''));
  const first = characterReadings(chars.slice(0, -2).join(''));
  return last.length === 0 ? [] : first.slice(0, 2).map((f) => `${f} ${last[0]!}`);
}

/**
 * Readings of an organisation's name in kanji (山口組 → yamaguchi gumi, 株式会社山輝 → yamaki kk),
 * when it carries a Japanese legal form or ends in 組, 会 or 會 after a name the tables know;
 * undefined otherwise.
 */
export function readJapaneseOrganisation(run: string): string[] | undefined {
  const generation = GENERATION.exec(run);
  if (generation !== null) {
    const readings = readJapaneseOrganisation(run.slice(generation[0].length));
    const ordinal = GENERATION_READINGS[generation[1]!];
    if (readings === undefined || ordinal === undefined) return readings;
    return [...readings.slice(0, 2).map((r) => `${ordinal} ${r}`), ...readings.slice(0, 1)];
  }
  let rest = run;
  let legal: string | undefined;
  for (const [form, letters] of Object.entries(LEGAL_FORMS)) {
    if (rest.startsWith(form) || rest.endsWith(form)) {
      legal = letters;
      rest = rest.startsWith(form) ? rest.slice(form.length) : rest.slice(0, -form.length);
      break;
    }
  }
  const chars = Array.from(rest);
  const ending = ORGANISATION_ENDINGS[chars[chars.length - 1] ?? ''];
  if (legal === undefined && ending === undefined) return undefined;
  const stem = ending === undefined ? rest : chars.slice(0, -1).join('');
  const t = table();
  const named = ending === undefined ? [] : namedStemReadings(stem);
  // An ending alone says too little: 红十字会 is Chinese. The stem must be a Japanese name.
  if (legal === undefined && named.length === 0 && readingsOf(t.organisations, run).length === 0)
    return undefined;
  const stems = [...new Set([...named, ...stemReadings(stem)])];
  const readings = stems.map((s) => [s, ending, legal].filter((w) => w !== undefined).join(' '));
  return readings.length > 0 ? readings.slice(0, 3) : undefined;
}

/**
 * The generation a yakuza group writes before its name (五代目工藤會 the fifth Kudo-kai), which
 * OFAC lists in Japanese: GODAIME KUDO-KAI, SANDAIME KODO-KAI, ROKUDAIME YAMAGUCHI-GUMI.
 */
const GENERATION = /^(初|[二三四五六七八九十])代目?/u;
const GENERATION_READINGS: Readonly<Record<string, string>> = {
  初: 'shodai',
  二: 'nidaime',
  三: 'sandaime',
  四: 'yondaime',
  五: 'godaime',
  六: 'rokudaime',
  七: 'nanadaime',
  八: 'hachidaime',
  九: 'kudaime',
  十: 'judaime',
};

const CHINESE_SURNAMES = new Set(Array.from(chinese.surnames));

/**
 * Characters Chinese writes foreign names with (Xinhua's tables: 尔 r, 斯 s, 特 t, 维 v …) that
 * Japanese names hardly hold: 西内尔沃 is Sinervo, not a Nishiuchi. Own selection from the
 * foreign-name characters of translit/han-sounds.ts, leaving out those common in Japanese given
 * names (夫 -o, 克 katsu, 里 sato).
 */
const TRANSCRIPTION_CHARACTERS = /[尔爾斯特德姆布普格赫茨兹弗伯勒托納纳维維娃卡奇科厄莫诺諾]/u;

/** How a word in kanji alone reads in Japanese, and whether that reading should lead. */
export interface JapaneseKanjiReading {
  readonly readings: readonly string[];
  /** False for a two-character name: 梅林 and 安文 are as often Chinese spellings of Melling, Unwin. */
  readonly leads: boolean;
}

/**
 * Japanese readings of a word written in kanji alone, when it looks Japanese: a Japanese legal
 * form, 組/会 after a Japanese name, or a person's name, a two-character Japanese surname before
 * one to three characters (篠田建市), two names the table knows as given names (光安克明), or a
 * one-character surname Chinese seldom bears before a given name the table knows (司忍); undefined
 * otherwise. Chinese and Korean names start with a
 * one-character surname, so neither is taken for Japanese unless a two-character surname starts it.
 */
export function readJapaneseKanjiWord(word: string): JapaneseKanjiReading | undefined {
  const organisation = readJapaneseOrganisation(word);
  if (organisation !== undefined) return { readings: organisation, leads: true };
  const chars = Array.from(word);
  const t = table();
  if (TRANSCRIPTION_CHARACTERS.test(word)) return undefined;
  const person =
    chars.length >= 3 && chars.length <= 5
      ? t.surnames[chars[0]! + chars[1]!] !== undefined || isGivenNamePair(word)
      : chars.length === 2 &&
        t.surnames[chars[0]!] !== undefined &&
        !CHINESE_SURNAMES.has(chars[0]!) &&
        t.given[chars[1]!] !== undefined;
  const readings = person ? readJapanesePersonName(word) : undefined;
  return readings === undefined ? undefined : { readings, leads: chars.length > 2 };
}

/**
 * Readings of a word that mixes kana with kanji or Latin letters (オウム真理教 → aum shinrikyo,
 * DCBフィナンシャル → dcb financial): each run of kana read as romanizeKanaWord reads it, each run
 * of kanji by its Japanese readings, Latin letters as they are, a space between.
 */
export function readMixedJapaneseWord(word: string): string[] {
  const runs =
    word.match(/\p{Script=Han}+|[\p{Script=Latin}\d]+|[^\p{Script=Han}\p{Script=Latin}\d]+/gu) ??
    [];
  let readings = [''];
  for (const run of runs) {
    const options = readRun(run);
    if (options.length === 0) continue;
    readings = readings.flatMap((start) => options.map((o) => `${start} ${o}`.trim()));
  }
  return readings.filter((r) => r !== '');
}

/** The readings of one run of a mixed word (see readMixedJapaneseWord). */
function readRun(run: string): string[] {
  if (/\p{Script=Latin}|\d/u.test(run)) return [run.toLowerCase()];
  // A run of kanji that names a business (商業銀行 commercial bank) is read as its English.
  if (/\p{Script=Han}/u.test(run))
    return [translateHanTerms(run) ?? readHanCompanyName(run)?.[0] ?? stemReadings(run)[0] ?? ''];
  return romanizeKanaWord(run).slice(0, 3);
}

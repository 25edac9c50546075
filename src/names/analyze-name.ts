import { detectScript } from './detect-script.ts';
import type { ScriptCode } from './detect-script.ts';
import { nameEquivalents, pinyinReadings } from './name-equivalents.ts';
import {
  honorificOf,
  isGenericOrgWord,
  isMidNameHonorific,
  isTitleAbbreviation,
  legalFormOf,
  legalFormOfPhrase,
  legalFormPhrases,
  longLegalFormWords,
  numberWordValue,
  particleKind,
  seriesNumeralValue,
} from './name-tables.ts';
import { phoneticKey } from './phonetic-key.ts';
import { maxRomanizations, romanizeForms } from './romanize.ts';
import { reverseEuropeanTranscriptions } from './translit/european-cyrillic.ts';
import { dprkReading, hasMcCuneReischauerMarks } from './translit/korean-latin.ts';
import { cjkOrganisationReadings } from './translit/cjk-organisation.ts';
import { qafReading, reverseTurkicSpelling } from './translit/turkic-latin.ts';
import { registrationMarkToken } from './registration-mark.ts';
import { tokenizeName } from './tokenize-name.ts';
import { markJoinedSyllables } from './joined-syllables.ts';
import { nominativeReadings } from './translit/cyrillic-cases.ts';
import { latinNominativeReadings } from './translit/latin-cases.ts';
import { translatedOrganisationReadings } from './translated-organisation.ts';
import { onlyTitlesOfAddress } from './title-before-surname.ts';

/**
 * What a token does in a name: `name` carries identity; `particle` (al, bin, abu …), `legal`
 * (Ltd, GmbH), `generic` (Trading, Group) and `initial` are weak evidence; `number` must agree.
 */
export type TokenRole = 'name' | 'particle' | 'legal' | 'generic' | 'initial' | 'number';

/** One token of an analysed name. */
export interface NameToken {
  /** Lower-case Latin ASCII form. */
  text: string;
  role: TokenRole;
  /** Equivalence-group keys (muhammad/mohammed/… share 'muhammad'); the token itself when none. */
  keys: readonly string[];
  /** Double Metaphone key, '' when the token is too short to have a useful one. */
  sound: string;
  /** A small integer naming `text` (the same text always gets the same id), or -1. */
  id: number;
}

/** One romanised reading of a name, as tokens. */
export interface NameForm {
  tokens: NameToken[];
  /** True when the form comes from romanising another script (or folding diacritics). */
  romanised: boolean;
  /**
   * True when the form romanises Chinese or Korean: each syllable stands for a character,
   * so a syllable one letter off is another character (Zhang/Zhuang), not a typo.
   */
  syllabic: boolean;
  /** Script of the text the form was read from (Latn for Latin, with or without diacritics). */
  script?: ScriptCode;
  /**
   * The letters of the original Han or Hangul text, one character per syllable: when both sides
   * are written in that script, the characters themselves are compared, not their lossy readings.
   */
  characters?: string;
  /**
   * On queries: syllables written as one hyphenated Korean or Chinese given name (Seok-jin), each
   * as the position from the end of the name of its first token (2 for seok in "kim seok jin").
   */
  joinedSyllables?: readonly number[];
  /** True for a pinyin reading guessed from a Latin name written in Wade-Giles (Tse-tung). */
  fromWadeGiles?: boolean;
  /**
   * True for a query in Han, Hangul or katakana read first as a foreign name spelled by sound
   * (普京, 블라디미르 프로프), not as a Chinese or Korean name: spelledReading may then compare it
   * with a listed Latin name by sound. Chinese and Korean names (月娥 張, 성훈 김) never are: read
   * by sound, their few common syllables met listed namesakes (4.82 → 6.54 false alerts per 1,000
   * on the global negatives).
   */
  transcribed?: boolean;
  /**
   * True for a query in Han read first as a Chinese name (馬迪, 史雷頓): spelledReading compares it
   * by sound only with a listed Latin name not written in pinyin or Wade-Giles syllables (Matty,
   * Slayton), which cannot be a Chinese spelling of it and so is a foreign name it transcribes.
   */
  foreignSoundOnly?: boolean;
  /**
   * True for a later reading of a Han query read first as a Chinese name that reads it as a
   * foreign name (张岩 zhang yan, then hana): a guess, compared only with listed persons' names
   * (scoreEntity). Compared with every name, 张岩 (a Sina editor) met HANA ELECTRONICS JVC at 0.92
   * and 黄芳 (a Sohu editor) AFA Medya at 0.83.
   */
  foreignGuess?: boolean;
  /**
   * True for a query written in Latin as one word and nothing else (no title, no initial), or one
   * word after an article ("El Chapo"): the press's surname or alias alone ("Wekselberg"), which
   * may stand for a longer listed name.
   */
  singleWord?: boolean;
  /**
   * On queries written in Arabic script, Cyrillic or Hebrew: the text the form was read from, whose
   * letters can rule out a listed Latin spelling the romanised reading only resembles (couldSpell)
   * or be spelled by one it does not reach (abjadSpelledReading).
   */
  source?: string;
  /**
   * On queries: a reading whose candidates the other readings' words crowd out of the search
   * budget, so it is also searched alone (screenName): an organisation name read in English
   * (Estado Islámico → islamic state) and a name read without a leading Sayyid (سید علی خامنه‌ای).
   */
  searchedAlone?: boolean;
}

/** A name after analysis: its script, honorifics set aside, and one or more romanised forms. */
export interface AnalyzedName {
  input: string;
  script: ScriptCode;
  /** Honorifics found and kept as attributes, not matched (Mullah, Haji, Dr …). */
  honorifics: string[];
  /** Readings of the name, most likely first; empty when the name has no letters or digits. */
  forms: NameForm[];
}

/** How a name should be read: persons drop honorifics, organisations recognise legal forms. */
export type NameReading = 'person' | 'organisation' | 'any';

// Three readings: six raised cross-script recall on the eval sample (0.737 → 0.784) but pushed
// false alerts on the 50,000 global negatives over target (5.12 per 1,000) and slowed queries.
const MAX_FORMS = 3;
/** Most readings of a name in Han, Hangul or kana, the extra ones foreign-name readings only. */
const MAX_FOREIGN = 6;
/** A word of one Han or Hangul character, alone between separators. */
const LONE_SYLLABLE = /(?:^|[\s\p{P}])[\p{Script=Han}\p{Script=Hangul}](?=$|[\s\p{P}])/u;
const FOREIGN_SOUND_SCRIPT =
  /[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
/**
 * Alphabets, abjads and Han characters in which the press also spells foreign names by sound. A Han
 * word that starts with a common surname (谢里克 Serik, 雷根 Regen) is read as a Chinese name first,
 * so without this its foreign-name readings past the third were dropped (wd_chinese_20 tune half:
 * 0.734 -> 0.766); syllabic readings still stop at three.
 */
const LETTERS_OF_FOREIGN_NAMES =
  /[\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Han}]/u;
const WORD = /\p{L}{3}/u;
/**
 * Scripts whose letters a query form keeps: couldSpell reads Arabic script and Cyrillic
 * (source-spelling.ts), abjadSpelledReading Arabic script and Hebrew.
 */
const SPELLING_SOURCE = new Set<ScriptCode | undefined>(['Arab', 'Cyrl', 'Hebr']);
const PURE_ASCII = /^[\x20-\x7e]*$/;

let phraseTable: Map<string, string[][]> | undefined;

/**
 * Legal-form phrases by the first two letters of their first word, longest first, built once from
 * the shared table (two letters, not the whole word, so that a misspelt first word finds them).
 */
function legalPhrases(): Map<string, string[][]> {
  if (phraseTable !== undefined) return phraseTable;
  const table = new Map<string, string[][]>();
  for (const phrase of legalFormPhrases()) {
    const first = phrase[0];
    if (first === undefined) continue;
    const list = table.get(first.slice(0, 2)) ?? [];
    list.push(phrase);
    table.set(first.slice(0, 2), list);
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length);
  phraseTable = table;
  return table;
}

// Token ids let the matcher cache token comparisons under numeric keys. Ids stop being assigned
// past a bound so that a long-running server fed arbitrary queries cannot grow the table forever.
const TOKEN_IDS = new Map<string, number>();
const MAX_TOKEN_IDS = 1 << 21;

/** The id of a token text, or -1 once the table is full. */
function tokenId(text: string): number {
  let id = TOKEN_IDS.get(text);
  if (id === undefined) {
    if (TOKEN_IDS.size >= MAX_TOKEN_IDS) return -1;
    id = TOKEN_IDS.size;
    TOKEN_IDS.set(text, id);
  }
  return id;
}

// Tokens are immutable, and list names repeat the same ones thousands of times: each distinct
// (role, text) is built once and shared. Bounded like the id table.
const TOKENS = new Map<string, NameToken>();

/** Builds a token with its equivalence keys and sound key. */
function makeToken(text: string, role: TokenRole): NameToken {
  const cacheKey = `${role}|${text}`;
  const known = TOKENS.get(cacheKey);
  if (known !== undefined) return known;
  const equivalents = role === 'name' ? nameEquivalents(text) : [];
  const token: NameToken = {
    text,
    role,
    keys: equivalents.length > 0 ? equivalents : [text],
    sound: role === 'name' ? phoneticKey(text) : '',
    id: tokenId(text),
  };
  if (TOKENS.size < MAX_TOKEN_IDS) TOKENS.set(cacheKey, token);
  return token;
}

/**
 * A token as makeToken built it in an earlier process, restored from an engine snapshot without
 * recomputing its keys: it takes this process's id for its text and joins the token cache. A
 * cached token with other keys means the snapshot is not from these name tables: that throws.
 */
export function restoreToken(
  text: string,
  role: TokenRole,
  keys: readonly string[],
  sound: string,
): NameToken {
  const cacheKey = `${role}|${text}`;
  const known = TOKENS.get(cacheKey);
  if (known !== undefined) {
    if (known.sound !== sound || known.keys.join(' ') !== keys.join(' '))
      throw new Error(`A restored token "${text}" differs from the one these name tables build.`);
    return known;
  }
  const token: NameToken = { text, role, keys, sound, id: tokenId(text) };
  if (TOKENS.size < MAX_TOKEN_IDS) TOKENS.set(cacheKey, token);
  return token;
}

/** What the tables say about a token, whatever its place in the name. */
interface TokenFacts {
  honorific: string | undefined;
  particle: boolean;
  legal: string | undefined;
  generic: boolean;
}

const FACTS = new Map<string, TokenFacts>();

/** The table lookups for a token, cached per text. */
function factsOf(text: string): TokenFacts {
  let facts = FACTS.get(text);
  if (facts === undefined) {
    facts = {
      honorific: honorificOf(text),
      particle: particleKind(text) !== undefined,
      legal: legalFormOf(text) ?? longLegalFormNear(text),
      generic: isGenericOrgWord(text),
    };
    if (FACTS.size < MAX_TOKEN_IDS) FACTS.set(text, facts);
  }
  return facts;
}

/**
 * True when a raw token spells a word of a legal-form phrase, allowing one slip in words of five
 * letters or more ("Joynt Stock Company", a truncated "Joint Stock Compan").
 */
function nearlySame(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  return token === word || (word.length >= 5 && token.length >= 5 && withinOneEdit(token, word));
}

/** The legal form a long token misspells by one edit (Aktiengeselschaft), or undefined. */
function longLegalFormNear(text: string): string | undefined {
  if (text.length < 8) return undefined;
  for (const word of longLegalFormWords()) {
    if (withinOneEdit(text, word)) return legalFormOf(word);
  }
  return undefined;
}

/** One word before a comma, then the given names: the lists' "SURNAME, Given Names" order. */
const SURNAME_BEFORE_COMMA = /^\s*[^\s,]+\s*,\s*\S/u;

/**
 * Classifies raw tokens, folding legal-form phrases into one token each; in a reading of another
 * script, title abbreviations are names. `surnameFirst` says the first token is a surname written
 * before a comma ("SHEIKH, Muhammad Naeem"), so it is never set aside as a title.
 */
function classify(
  raw: string[],
  reading: NameReading,
  honorifics: string[],
  fromOtherScript = false,
  surnameFirst = false,
  syllables = false,
): NameToken[] {
  const tokens: NameToken[] = [];
  const phrases = reading === 'person' ? undefined : legalPhrases();
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]!;
    const phrase = phrases
      ?.get(text.slice(0, 2))
      ?.find((p) => p.every((t, k) => nearlySame(raw[i + k], t)));
    if (phrase !== undefined && phrase.length > 1) {
      tokens.push(makeToken(legalFormOfPhrase(phrase) ?? phrase.join(''), 'legal'));
      i += phrase.length - 1;
      continue;
    }
    // Honorifics are set aside at the start of a name ("Mullah Omar", "Dr Ali"), and only while
    // another token follows: at the end they are surnames ("Mike Bishop", "John Sheikh"). Religious
    // titles that are never names are set aside in the middle too ("Saduddin Mullah Sayyed").
    const facts = factsOf(text);
    // A reading of another script spells Latin abbreviations by chance (آدم as 'adm').
    const honorific =
      reading === 'organisation' ||
      (fromOtherScript && isTitleAbbreviation(text)) ||
      i === raw.length - 1 ||
      (surnameFirst && i === 0) ||
      (tokens.length > 0 && (facts.honorific === undefined || !isMidNameHonorific(facts.honorific)))
        ? undefined
        : facts.honorific;
    if (honorific !== undefined) {
      honorifics.push(honorific);
      continue;
    }
    const number = reading === 'person' ? undefined : numberOf(raw, i, reading, tokens.length);
    if (number !== undefined) {
      tokens.push(makeToken(number.text, 'number'));
      i += number.used - 1;
      continue;
    }
    let role: TokenRole = 'name';
    if (/^\d+$/.test(text)) role = 'number';
    else if (text.length === 1) role = 'initial';
    // A Chinese or Korean syllable is never an Arabic or European particle: 斌 is bin (汪文斌, Wang
    // Wenbin, met WANG, Wen Chou at 0.91 with "bin" set aside as "son of"), 德 de, 迪 di.
    else if (facts.particle && !syllables) role = 'particle';
    else if (reading !== 'person' && facts.legal !== undefined) role = 'legal';
    else if (reading !== 'person' && facts.generic) role = 'generic';
    tokens.push(makeToken(role === 'legal' ? (facts.legal ?? text) : text, role));
  }
  // A name made only of particles ("Abu Ali" read as two particles) keeps them as names.
  if (tokens.length > 0 && tokens.every((t) => t.role === 'particle')) {
    return tokens.map((t) => makeToken(t.text, 'name'));
  }
  return tokens;
}

/**
 * True when `a` becomes `b` by at most one insertion, deletion, substitution or swap of
 * adjacent letters, whatever their weighted cost.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const ORDINAL = /^(\d+)(st|nd|rd|th)$/;

/**
 * The number that raw tokens spell from position `i` in an organisation or vessel name, in digits,
 * and how many tokens it takes: 1st → 1, Forty-Four → 44, and Roman numerals after the first token
 * (Fund III → 3); undefined for anything else. Lists and the press write these both ways.
 */
function numberOf(
  raw: readonly string[],
  i: number,
  reading: NameReading,
  position: number,
): { text: string; used: number } | undefined {
  const text = raw[i]!;
  const ordinal = ORDINAL.exec(text);
  if (ordinal !== null) return { text: String(Number(ordinal[1])), used: 1 };
  const value = numberWordValue(text);
  if (value !== undefined) {
    const next = raw[i + 1];
    const unit = next === undefined ? undefined : (numberWordValue(next) ?? digitValue(next));
    // Only tens take a unit (forty four); "three four" stays two numbers.
    if (value >= 20 && value % 10 === 0 && unit !== undefined && unit < 10) {
      return { text: String(value + unit), used: 2 };
    }
    return { text: String(value), used: 1 };
  }
  // Roman numerals only where a series number can stand: not first, and not in a person's name.
  if (reading === 'organisation' && position > 0) {
    const roman = seriesNumeralValue(text, i === raw.length - 1);
    if (roman !== undefined) return { text: String(roman), used: 1 };
  }
  return undefined;
}

/** The value of a one-digit token, or undefined. */
function digitValue(text: string): number | undefined {
  return /^\d$/.test(text) ? Number(text) : undefined;
}

/** One Latin reading of a text: whether it was romanised, and whether it reads syllables as such. */
interface Reading {
  latin: string;
  romanised: boolean;
  syllabic: boolean;
}

/**
 * The Latin readings of a text: plain ASCII is read as is, anything else goes through romanize;
 * `query` keeps the later readings of Cyrillic, Hebrew and Arabic names too (see below).
 */
function readings(text: string, query = false): Reading[] {
  if (PURE_ASCII.test(text)) return [{ latin: text, romanised: false, syllabic: false }];
  const forms = romanizeForms(text, { query });
  // Foreign names spelt in Han, Hangul or kana sound characters (艾爾斯納 Elsner) have many
  // plausible spellings and few namesakes: their non-syllabic readings are kept up to MAX_FOREIGN.
  // Syllabic readings of Chinese and Korean names stay at MAX_FORMS (more raised false alerts on
  // common names such as 수진 김: 4.42 → 4.98 per 1,000 on the global negatives).
  const kept = forms.slice(0, MAX_FORMS);
  // Only for a name read first as a foreign name: a Chinese or Korean name keeps its three. A word
  // of one Han or Hangul character is a surname written apart (영수 김, 丽娟 史): a native name,
  // whose given name alone reads as a foreign word; its extra readings met namesakes (Kim Yong Su).
  const foreignSound =
    forms[0]?.syllabic === false && FOREIGN_SOUND_SCRIPT.test(text) && !LONE_SYLLABLE.test(text);
  // A query in Cyrillic, Hebrew or Arabic letters keeps them too: the press spells foreign names
  // in them, and the spelling a list prints is often the fourth to sixth reading (ויליאם: william,
  // bill, ketti, wilhelm). Only queries: a list's own non-Latin aliases add no index entries.
  if (foreignSound || (query && LETTERS_OF_FOREIGN_NAMES.test(text))) {
    // A Hebrew query keeps all its readings (see hebrew-query-forms.ts).
    const most = Math.max(MAX_FOREIGN, maxRomanizations(text, query));
    for (const form of forms.slice(MAX_FORMS, most)) if (!form.syllabic) kept.push(form);
  }
  return kept.map(({ latin, syllabic }) => ({ latin, romanised: true, syllabic }));
}

const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/gu;
const KATAKANA = /[\p{Script=Katakana}ー]/gu;

/**
 * The Han and Hangul characters of a text written only in those scripts (spaces and dots aside),
 * or undefined: each stands for one syllable of the name, so a different one is another name.
 * With `kana`, a text only in katakana gives its katakana, which spelledReading compares with a
 * listed Latin name by sound (ブースビー Boothby); only queries, whose forms never meet another's
 * characters, get those.
 */
function syllabicCharacters(text: string, kana = false): string | undefined {
  if (kana && !/\p{L}/u.test(text.replace(KATAKANA, ''))) {
    return text.match(KATAKANA)?.join('') ?? undefined;
  }
  const characters = text.match(HAN_OR_HANGUL);
  if (characters === null) return undefined;
  // Any other letter (Latin, kana) makes it a mixed name, compared through its readings.
  if (/\p{L}/u.test(text.replace(HAN_OR_HANGUL, ''))) return undefined;
  return characters.join('');
}

/** Options of a name analysis. */
export interface AnalyzeOptions {
  /**
   * True for a name typed by a user or printed by the press, not read from a list: it also gets
   * the readings that undo European transcriptions of Cyrillic (Wekselberg → Vekselberg). Lists
   * write those names in English already, so the index does not carry the extra readings.
   */
  query?: boolean;
}

/**
 * Analyses a name in any script: normalises Unicode, romanises, tokenises, sets honorifics aside and
 * marks particles, legal forms, generic words, initials and numbers, for matching and indexing.
 */
export function analyzeName(
  input: string,
  reading: NameReading = 'any',
  options: AnalyzeOptions = {},
): AnalyzedName {
  const text = input.normalize('NFKC');
  const honorifics: string[] = [];
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  const script = detectScript(text);
  // Only a reading of Chinese or Korean syllables as such is syllabic: a foreign name spelt in
  // Hangul or Han (조지 워싱턴 → George Washington) or in kana is read by sound, with typo tolerance.
  const add = (
    latin: string,
    romanised: boolean,
    syllabic: boolean,
    source: string | undefined,
  ): NameForm | undefined => {
    const sourceScript =
      source === undefined ? undefined : source === text ? script : detectScript(source);
    const fromOtherScript = romanised && sourceScript !== undefined && sourceScript !== 'Latn';
    const tokens = classify(
      tokenizeName(latin),
      reading,
      honorifics,
      fromOtherScript,
      SURNAME_BEFORE_COMMA.test(latin),
      syllabic && (sourceScript === 'Hani' || sourceScript === 'Hang'),
    );
    if (tokens.length === 0) return undefined;
    const signature = tokens.map((t) => t.text).join(' ');
    if (seen.has(signature)) return undefined;
    seen.add(signature);
    // A pinyin reading of a Wade-Giles name (no source) is syllabic and of no one script.
    const form: NameForm = { tokens, romanised, syllabic };
    if (source === undefined) form.fromWadeGiles = true;
    else if (sourceScript !== undefined) form.script = sourceScript;
    if (options.query === true && source !== undefined && SPELLING_SOURCE.has(sourceScript))
      form.source = source;
    const characters =
      source === undefined ? undefined : syllabicCharacters(source, options.query === true);
    if (characters !== undefined) form.characters = characters;
    forms.push(form);
    return form;
  };
  // An aircraft registration mark is one identifier, never a name split at its hyphen.
  const mark = registrationMarkToken(text);
  if (mark !== undefined) {
    add(mark, false, false, text);
    return { input, script, honorifics, forms };
  }
  // Chinese and Korean organisation names the press translates (伊斯兰革命卫队) or names as their
  // Wikipedia does (真主党 Hezbollah), read in English first: the candidate search takes the
  // likeliest readings, and the syllables of such a name (zhen zhudang) are no name of it.
  if (options.query === true && reading !== 'person' && (script === 'Hani' || script === 'Hang'))
    for (const latin of cjkOrganisationReadings(text)) add(latin, true, false, text);
  const translated = forms.length;
  const own = readings(text, options.query === true);
  // When the likeliest reading is Chinese or Korean syllables (习近平 → xi jinping), the name is
  // Chinese or Korean and its later foreign-name readings (hikinpin) are guesses: no typo room.
  const native = own[0]?.syllabic === true;
  for (const r of own) {
    const form = add(r.latin, r.romanised, native || r.syllabic, text);
    if (form !== undefined && options.query === true && native && !r.syllabic && script === 'Hani')
      form.foreignGuess = true;
  }
  // A one-character word is a Chinese or Korean surname written apart (영수 김): no foreign name.
  if (options.query === true && !native && !LONE_SYLLABLE.test(text))
    for (const form of forms.slice(translated))
      if (form.characters !== undefined) form.transcribed = true;
  // A Chinese reading first (a common surname leads) does not rule out a foreign name: 馬迪 is
  // also Matty. Listed names in pinyin are left to the spelling comparison (see foreignSoundOnly).
  if (options.query === true && native && script === 'Hani' && !LONE_SYLLABLE.test(text))
    for (const form of forms.slice(translated))
      if (form.characters !== undefined) form.foreignSoundOnly = true;
  // The press declines Russian and Ukrainian names (Олегом Дерипаской); lists print nominatives.
  if (options.query === true && script === 'Cyrl') {
    for (const nominative of nominativeReadings(text.trim().split(/\s+/u)))
      for (const r of readings(nominative).slice(0, 2)) add(r.latin, r.romanised, r.syllabic, text);
  }
  // Older Western sources print Chinese names in Wade-Giles (Mao Tse-tung), the lists in pinyin.
  if (reading !== 'organisation' && PURE_ASCII.test(text)) {
    for (const latin of pinyinReadings(text)) add(latin, true, true, undefined);
  }
  if (options.query === true && script === 'Latn') {
    for (const latin of reverseEuropeanTranscriptions(text)) add(latin, true, false, text);
    // The Polish and Estonian press decline the names they transcribe (Wiktora Wekselberga,
    // Putinile); the nominative is read in that press's transcription too.
    for (const nominative of latinNominativeReadings(text.trim().split(/\s+/u))) {
      add(nominative, true, false, text);
      for (const latin of reverseEuropeanTranscriptions(nominative)) add(latin, true, false, text);
    }
    const turkic = reverseTurkicSpelling(text);
    if (turkic !== undefined) add(turkic, true, false, text);
    const qaf = turkic === undefined ? undefined : qafReading(turkic);
    if (qaf !== undefined) add(qaf, true, false, text);
    // A Korean name the press writes in Revised Romanization or McCune–Reischauer, in the DPRK
    // spelling the lists print (Kim Jeong-eun → kim jong un); its syllables stand for characters.
    const dprk = reading === 'organisation' ? undefined : dprkReading(text);
    if (dprk !== undefined) add(dprk, true, true, text);
    // Organisation names in German, French, Spanish, Portuguese or Italian, read in English.
    if (reading !== 'person')
      for (const latin of translatedOrganisationReadings(text)) {
        const form = add(latin, true, false, text);
        // The untranslated words are rare on the lists and lead the search to other-language
        // aliases (the EU's Estado Islâmico — Moçambique), away from the English name.
        if (form !== undefined) form.searchedAlone = true;
      }
  }
  // A list name in McCune–Reischauer with its marks (UN MUN CHO'NG-CH'O'L) is read in the DPRK
  // spelling too, as a query in those systems is: 문정철 and Mun Jong Chol read 'mun jong chol'.
  if (options.query !== true && script === 'Latn' && hasMcCuneReischauerMarks(text)) {
    const dprk = reading === 'organisation' ? undefined : dprkReading(text);
    if (dprk !== undefined) add(dprk, true, true, text);
  }
  // Lists write alternative names in one field ("Al-Qa'ida/Islamic Army"): each side of a slash
  // is also read alone, when both sides are words (A/S and S/A are legal forms and stay whole).
  const alternatives = text.split('/');
  if (alternatives.length > 1 && alternatives.every((a) => WORD.test(a))) {
    for (const alternative of alternatives) {
      const first = readings(alternative)[0];
      if (first !== undefined) add(first.latin, first.romanised, first.syllabic, alternative);
    }
  }
  // An acronym the list gives in brackets ("HAQQANI NETWORK (HQN)") is a name of its own: read
  // alone, and the name read without it. A bracketed legal form ("ROSNEFT (PJSC)") is no name.
  const acronym = BRACKETED_ACRONYM.exec(text);
  if (acronym !== null) {
    const alone = classify(tokenizeName(acronym[1]!), reading, []);
    if (alone.length === 1 && alone[0]!.role === 'name') {
      add(acronym[1]!, false, false, text);
      add(text.replace(BRACKETED_ACRONYM, ' '), false, false, text);
    }
  }
  // The press writes Sayyed before a name as a title of descent ("Sayyed Hassan Nasrallah",
  // "Sayed Abdullah Haqqani"); lists write it as a given name too, so it is not set aside, but a
  // query starting with it is also read without it, when two names or more follow (session 9).
  if (options.query === true && reading !== 'organisation') {
    for (const form of [...forms]) {
      const [first, ...rest] = form.tokens;
      if (first === undefined || !first.keys.includes(SAYYID)) continue;
      if (rest.filter((t) => t.role === 'name').length < 2) continue;
      const signature = rest.map((t) => t.text).join(' ');
      if (seen.has(signature)) continue;
      seen.add(signature);
      // Sayyid, Sayed and Seyed each reach every listed Sayyid: the name after it lost its place.
      forms.push({ ...form, tokens: rest, searchedAlone: true });
    }
  }
  // Cyrillic is read letter by letter, as Latin is; syllabic scripts' short readings are not.
  const alphabetic = script === 'Latn' || script === 'Cyrl';
  if (options.query === true && alphabetic && onlyTitlesOfAddress(honorifics)) {
    // A title of address or office before the surname is not a second name (President Putin);
    // each reading of the query sets its titles aside again, so they are counted once.
    const words = text.trim().split(/\s+/u).slice(new Set(honorifics).size);
    for (const form of forms) if (isOneWordAlone(words, form.tokens)) form.singleWord = true;
  }
  if (options.query === true && script === 'Latn' && honorifics.length === 0) {
    markJoinedSyllables(text, forms);
  }
  return { input, script, honorifics: [...new Set(honorifics)], forms };
}

/**
 * True when a Latin query is one word, or one word after an article: the Spanish-language press
 * names a cartel leader by his alias with its article ("El Chapo", "El Mayo"), which OFAC lists as
 * "GUZMAN, Chapo" and "ZAMBADA, El Mayo", and the press writes a surname alone with its article
 * too ("al-Zawahiri"); the article is not a name of its own (session 14).
 */
function isOneWordAlone(words: readonly string[], tokens: readonly NameToken[]): boolean {
  if (words.length === 1 && tokens.length === 1) return true;
  return (
    words.length <= 2 &&
    tokens.length === 2 &&
    tokens[0]!.role === 'particle' &&
    particleKind(tokens[0]!.text) === 'article' &&
    tokens[1]!.role === 'name'
  );
}

/** The key of the equivalence group of Sayyid, Sayed, Seyed, Syed (name-equivalents.json). */
const SAYYID = 'sayyid';

/** A bracketed acronym of two to eight capitals or digits, e.g. "(HQN)", "(ISIL)". */
const BRACKETED_ACRONYM = /\(([A-Z][A-Z0-9&]{1,7})\)/;

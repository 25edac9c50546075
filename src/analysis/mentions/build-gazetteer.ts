import type { SourcedEntity } from '../../core/index.ts';
import { legalFormOf, legalFormPhrases, nameKey, skeletonKey } from '../../names/index.ts';
import { shippedNerModel } from './ner/index.ts';
import { newsNames } from './news-names.ts';

/** A name the gazetteer knows, with the kind of thing it names. */
export interface GazetteerEntry {
  key: string;
  type: 'person' | 'organization';
  /** Number of words in the key. */
  length: number;
  /** A company's one word without its legal form ("transneft"), found only standing alone. */
  shortForm?: true;
}

/** Every listed name and alias, keyed for lookup over a text's word sequence. */
export interface Gazetteer {
  entries: ReadonlyMap<string, GazetteerEntry>;
  /**
   * Every leading run of words of every key ("islamic", "islamic state", …), to skip most positions
   * at once and stop extending a name as soon as no key can follow.
   */
  prefixes: ReadonlySet<string>;
  longest: number;
  /** Listed organisations named "X in (the) Y", as the lists write them (join-romance-in-names.ts). */
  inNames?: readonly string[];
}

// Words that lists use as one-word names but that news capitalises for other reasons.
const COMMON_SINGLE = new Set(
  (
    'government party state network group company bank army front council office ministry ' +
    'president minister union national international global united islamic republic ' +
    'service services news times post base movement organization organisation committee ' +
    'trust foundation society holding holdings trading energy capital media alliance'
  ).split(' '),
);

/**
 * One-word list names that English already uses for something else ("General", "Asia",
 * "London", "Pakistan"), by the tagger's lexicon: the tagger finds them with their right type.
 */
function isKnownWord(key: string): boolean {
  const kind = shippedNerModel().lexicon.get(key);
  return kind !== undefined && kind !== 'org';
}

// Listed nicknames such as "The American" or "The Doctor" read as plain English in news.
const COMMON_CLASSES = new Set(['common', 'title', 'demonym', 'date']);
const isCommonNickname = (words: readonly string[]): boolean =>
  words[0] === 'the' &&
  words.slice(1).every((word) => COMMON_CLASSES.has(shippedNerModel().lexicon.get(word) ?? ''));

const LEGAL_TAIL =
  /[\s,]+(?:association|company|co\.?|ltd\.?|limited|l\.?l\.?c\.?|inc\.?|s\.?a\.?r\.?l\.?|plc|gmbh)$/i;

// Shorter words ("Alfa", "Sever") are too often other words or names in news.
const DISTINCTIVE_MIN_LETTERS = 5;

/**
 * The one word that names a company once its legal forms are left out ("PJSC TRANSNEFT", "Evraz
 * PLC", "PUBLIC JOINT STOCK COMPANY SEVERSTAL" → "transneft", "evraz", "severstal"): news writes
 * the company by that word alone. Undefined when the name has no legal form or other words.
 */
function distinctiveWordOf(key: string, legalPhrases: ReadonlySet<string>): string | undefined {
  const words = key.split(' ');
  const legalAt = (from: number, to: number): boolean =>
    to - from === 1
      ? legalFormOf(words[from] ?? '') !== undefined
      : legalPhrases.has(words.slice(from, to).join(' '));
  let first = 0;
  let last = words.length;
  // Up to five words of one legal form at either end ("public joint stock company").
  for (let length = Math.min(5, last - 1); length > 0 && first === 0; length--)
    if (legalAt(0, length)) first = length;
  for (let length = Math.min(5, last - first - 1); length > 0 && last === words.length; length--)
    if (legalAt(last - length, last)) last -= length;
  const word = words[first];
  return last - first === 1 &&
    words.length > 1 &&
    word !== undefined &&
    word.length >= DISTINCTIVE_MIN_LETTERS
    ? word
    : undefined;
}

const cache = new WeakMap<readonly SourcedEntity[], Gazetteer>();

// Marks the entries keyed by spelling skeleton (see listedInNameKey): no word key starts with it.
const SKELETON_MARK = '~';

/**
 * The entry key under which the gazetteer keeps a listed organisation named "X in Y" by its
 * spelling skeleton (names/name-key.ts): news spells "Al-Qaeda in the Islamic Maghreb" where OFAC
 * writes AL-QA'IDA IN THE ISLAMIC MAGHREB, and reads "in the" as the end of the name.
 */
export function listedInNameKey(name: string): string {
  return SKELETON_MARK + skeletonKey(name);
}

/**
 * Builds the gazetteer from the loaded list entities: Latin-script names of organisations, and
 * person names of two or more words, plus the common news names of listed groups.
 */
export function buildGazetteer(entities: readonly SourcedEntity[]): Gazetteer {
  const cached = cache.get(entities);
  if (cached !== undefined) return cached;
  const entries = new Map<string, GazetteerEntry>();
  // Returns the name's key, or undefined where no key can be a gazetteer entry.
  const add = (
    name: string,
    type: GazetteerEntry['type'],
    shortForm = false,
  ): string | undefined => {
    const key = nameKey(name);
    if (key === '' || !/^[a-z0-9 ]+$/.test(key)) return undefined;
    const words = key.split(' ');
    if (words.length > 8) return key;
    if (words.length === 1 && (key.length < 4 || COMMON_SINGLE.has(key) || isKnownWord(key)))
      return key;
    if (type === 'person' && (words.length < 2 || isCommonNickname(words))) return key;
    const known = entries.get(key);
    // The same string listed as both a person and an organisation reads as an organisation.
    if (known === undefined || (known.type === 'person' && type === 'organization'))
      entries.set(key, { key, type, length: words.length, ...(shortForm ? { shortForm } : {}) });
    return key;
  };
  const shortened: string[] = [];
  const distinctive: string[] = [];
  const inNames: string[] = [];
  const listedInNames: string[] = [];
  const legalPhrases = new Set(legalFormPhrases().map((tokens) => tokens.join(' ')));
  for (const { entity } of entities) {
    if (
      entity.schema !== 'Organization' &&
      entity.schema !== 'Person' &&
      entity.schema !== 'LegalEntity'
    )
      continue;
    const type = entity.schema === 'Person' ? 'person' : 'organization';
    for (const name of entity.names) {
      if (name.kind === 'weak-alias') continue;
      // Parenthesised glosses ("HAQQANI NETWORK (HQN)") are names of their own.
      const bare = name.full.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      const key = add(bare, type);
      // OFAC writes people "AL-BANAI, Abd al-Muayyid"; news writes "Abd al-Muayyid al-Banai".
      const inverted = type === 'person' ? /^([^,]+),\s*([^,]+)$/.exec(bare) : null;
      if (inverted !== null) add(`${inverted[2]} ${inverted[1]}`, type);
      // News drops the legal form: "Al-Qard al-Hassan" for "AL-QARD AL-HASSAN ASSOCIATION".
      if (type === 'organization') {
        const short = bare
          .replace(LEGAL_TAIL, '')
          .replace(/[\s&]+$/, '')
          .trim();
        if (short !== bare && short.split(/\s+/).length >= 2) shortened.push(short);
        const word = key === undefined ? undefined : distinctiveWordOf(key, legalPhrases);
        if (word !== undefined) distinctive.push(word);
        // "… in the Islamic Maghreb" (join-listed-in-names.ts) and two-word names whose first
        // word news spells its own way ("Kataeb Hezbollah", KATA'IB HIZBALLAH) are looked up by
        // their spelling skeleton.
        if (key !== undefined && (/ in /.test(key) || key.split(' ').length === 2))
          inNames.push(key);
        if (key !== undefined && / in /.test(key)) listedInNames.push(bare);
      }
      for (const inner of name.full.matchAll(/\(([^)]+)\)/g)) if (inner[1]) add(inner[1], type);
    }
  }
  // After every full name, and never over one: "NABIL CHOUMAN & CO" must not make the listed
  // person Nabil Chouman an organisation.
  for (const name of shortened) if (!entries.has(nameKey(name))) add(name, 'organization');
  for (const word of distinctive) if (!entries.has(word)) add(word, 'organization', true);
  for (const name of newsNames()) add(name, 'organization');
  const prefixes = new Set<string>();
  let longest = 1;
  for (const entry of entries.values()) {
    for (let at = entry.key.indexOf(' '); at !== -1; at = entry.key.indexOf(' ', at + 1))
      prefixes.add(entry.key.slice(0, at));
    prefixes.add(entry.key);
    longest = Math.max(longest, entry.length);
  }
  // After the prefixes: a skeleton key is looked up whole (join-listed-in-names.ts), never word by word.
  for (const key of inNames) {
    const skeleton = listedInNameKey(key);
    if (!entries.has(skeleton))
      entries.set(skeleton, { key: skeleton, type: 'organization', length: key.split(' ').length });
  }
  const gazetteer = { entries, prefixes, longest, inNames: [...new Set(listedInNames)] };
  cache.set(entities, gazetteer);
  return gazetteer;
}

import type { NameKind } from '../core/index.ts';
import { restoreToken } from '../names/index.ts';
import type { NameForm, NameToken, ScriptCode, TokenRole } from '../names/index.ts';
import type { CandidateIndex, IndexedForm } from './candidate-index.ts';
import { Int32List } from './int32-list.ts';
import { lazyArray } from './lazy-array.ts';
import { createRarityTable } from './rarity-table.ts';
import type { SnapshotReader, SnapshotWriter } from './snapshot-file.ts';
import { hashSlots, StringHashTable } from './string-hash-table.ts';
import { StringInterner } from './string-interner.ts';

// The candidate index in snapshot form. Everything costly to compute (the readings of every name,
// which for Cyrillic and Arabic run the mined transliteration beam search; the postings; the
// rarity counts) is written as it was computed; loading rebuilds only the objects the matcher
// walks (tokens, forms) from tables, and computes no name analysis at all.

const ROLES: readonly TokenRole[] = ['name', 'particle', 'legal', 'generic', 'initial', 'number'];
const KINDS: readonly NameKind[] = ['primary', 'alias', 'weak-alias', 'former', 'original-script'];

const ROMANISED = 1;
const SYLLABIC = 2;
const FROM_WADE_GILES = 4;
const HAS_SCRIPT = 8;
const HAS_CHARACTERS = 16;

/** Interns strings into one table, in first-seen order. */
class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}

/** Index of `value` in `table`, or an error naming what the snapshot cannot hold. */
function codeOf<T>(table: readonly T[], value: T, what: string): number {
  const code = table.indexOf(value);
  if (code < 0) throw new Error(`An engine snapshot cannot hold the ${what} "${String(value)}".`);
  return code;
}

/**
 * The tables of the distinct readings and tokens of a candidate index, as a snapshot holds them.
 * Tokens and forms are shared between entities (UN, EU and UK list the same names), and the
 * snapshot keeps that sharing: each distinct object is written once and referenced by number, in
 * the order first met. Objects are told apart by identity (a WeakMap: one no longer referenced
 * can never be met again, so a build that drops its readings as it goes numbers them the same).
 */
export class ReadingTables {
  private readonly strings = new StringTable();
  private readonly tokenIds = new WeakMap<NameToken, number>();
  private readonly tokenText = new Int32List();
  private readonly tokenRole = new Int32List();
  private readonly tokenSound = new Int32List();
  private readonly tokenKeyStart = new Int32List();
  private readonly tokenKeys = new Int32List();
  private readonly formIds = new WeakMap<NameForm, number>();
  private readonly formFlags = new Int32List();
  private readonly formScript = new Int32List();
  private readonly formCharacters = new Int32List();
  private readonly formTokenStart = new Int32List();
  private readonly formTokens = new Int32List();

  constructor() {
    this.tokenKeyStart.push(0);
    this.formTokenStart.push(0);
  }

  /** Number of distinct forms so far: the id the next new form gets. */
  get formCount(): number {
    return this.formFlags.length;
  }

  /** Number of distinct tokens so far: the id the next new token gets. */
  get tokenCount(): number {
    return this.tokenText.length;
  }

  /** Calls `use` with the number of each token of form `id`, in order. */
  forEachToken(id: number, use: (token: number) => void): void {
    const end = this.formTokenStart.at(id + 1);
    for (let k = this.formTokenStart.at(id); k < end; k++) use(this.formTokens.at(k));
  }

  /** The number of a token, assigned when first met. */
  tokenOf(token: NameToken): number {
    let id = this.tokenIds.get(token);
    if (id !== undefined) return id;
    id = this.tokenText.length;
    this.tokenIds.set(token, id);
    this.tokenText.push(this.strings.id(token.text));
    this.tokenRole.push(codeOf(ROLES, token.role, 'token role'));
    this.tokenSound.push(this.strings.id(token.sound));
    for (const key of token.keys) this.tokenKeys.push(this.strings.id(key));
    this.tokenKeyStart.push(this.tokenKeys.length);
    return id;
  }

  /** The number of a form, assigned (with its tokens') when first met. */
  formOf(form: NameForm): number {
    let id = this.formIds.get(form);
    if (id !== undefined) return id;
    id = this.formFlags.length;
    this.formIds.set(form, id);
    let flags = 0;
    if (form.romanised) flags |= ROMANISED;
    if (form.syllabic) flags |= SYLLABIC;
    if (form.fromWadeGiles === true) flags |= FROM_WADE_GILES;
    if (form.script !== undefined) flags |= HAS_SCRIPT;
    if (form.characters !== undefined) flags |= HAS_CHARACTERS;
    this.formFlags.push(flags);
    this.formScript.push(form.script === undefined ? -1 : this.strings.id(form.script));
    this.formCharacters.push(form.characters === undefined ? -1 : this.strings.id(form.characters));
    for (const token of form.tokens) this.formTokens.push(this.tokenOf(token));
    this.formTokenStart.push(this.formTokens.length);
    return id;
  }

  /**
   * Writes the string, token and form tables, in the order writeCandidateIndex places them, letting
   * go of each once written: the tables are done with after.
   */
  write(writer: SnapshotWriter): void {
    writer.addStrings('candidates.strings', this.strings.strings);
    writer.add('candidates.tokenText', this.tokenText.take());
    writer.add('candidates.tokenRole', Uint8Array.from(this.tokenRole.take()));
    writer.add('candidates.tokenSound', this.tokenSound.take());
    writer.add('candidates.tokenKeyStart', this.tokenKeyStart.take());
    writer.add('candidates.tokenKeys', this.tokenKeys.take());
    writer.add('candidates.formFlags', Uint8Array.from(this.formFlags.take()));
    writer.add('candidates.formScript', this.formScript.take());
    writer.add('candidates.formCharacters', this.formCharacters.take());
    writer.add('candidates.formTokenStart', this.formTokenStart.take());
    writer.add('candidates.formTokens', this.formTokens.take());
  }
}

/** What a candidate index holds besides its readings' tables, as the snapshot writes it. */
export interface CandidateSections {
  /** The terms in id order: as strings, or as the interner that numbered them. */
  terms: readonly string[] | StringInterner;
  countKeys: readonly string[];
  countValues: Int32Array;
  /** Readings are written after the term and rarity tables, before the indexed forms. */
  readings: ReadingTables;
  indexedName: Int32Array;
  indexedKind: Uint8Array;
  indexedForm: Int32Array;
  entityFormStart: Int32Array;
  postings: Pick<CandidateIndex, 'readings' | 'keyed' | 'grams'>;
  gramLengths: Uint8Array;
  formEntity: Int32Array;
  formTermStart: Int32Array;
  formTerms: Int32Array;
  entityCount: number;
  /** Number of indexed forms (entries of indexedForm). */
  formCount: number;
}

/**
 * Writes the sections of a candidate index (see writeCandidateIndex), in their order. Each field
 * of `sections` is read once, when its section is written: a builder may make them as getters
 * that let go of what they were made from (see CandidateTableBuilder).
 */
export function writeCandidateSections(sections: CandidateSections, writer: SnapshotWriter): void {
  const terms = sections.terms;
  if (terms instanceof StringInterner) terms.writeTo(writer, 'candidates.terms');
  else {
    writer.addStrings('candidates.terms', terms);
    writer.add('candidates.terms.slots', hashSlots(terms));
  }
  const countKeys = sections.countKeys;
  writer.addStrings('candidates.countKeys', countKeys);
  writer.add('candidates.countKeys.slots', hashSlots(countKeys));
  writer.add('candidates.countValues', sections.countValues);
  sections.readings.write(writer);
  writer.add('candidates.indexedName', sections.indexedName);
  writer.add('candidates.indexedKind', sections.indexedKind);
  writer.add('candidates.indexedForm', sections.indexedForm);
  writer.add('candidates.entityFormStart', sections.entityFormStart);
  const readings = sections.postings.readings;
  writer.add('candidates.readings.start', readings.start);
  writer.add('candidates.readings.values', readings.values);
  const keyed = sections.postings.keyed;
  writer.add('candidates.keyed.start', keyed.start);
  writer.add('candidates.keyed.values', keyed.values);
  const grams = sections.postings.grams;
  writer.add('candidates.grams.start', grams.start);
  writer.add('candidates.grams.values', grams.values);
  writer.add('candidates.gramLengths', sections.gramLengths);
  writer.add('candidates.formEntity', sections.formEntity);
  writer.add('candidates.formTermStart', sections.formTermStart);
  writer.add('candidates.formTerms', sections.formTerms);
  writer.add('candidates.entityCount', Int32Array.of(sections.entityCount));
  // How many forms and entities there are, so that loading needs none of the tables above.
  writer.add('candidates.sizes', Int32Array.of(sections.formCount, sections.entityCount));
}

/** Kind code of a name kind, as the snapshot holds it. */
export function kindCode(kind: NameKind): number {
  return codeOf(KINDS, kind, 'name kind');
}

/** Writes a candidate index into snapshot sections named `candidates.*`. */
export function writeCandidateIndex(index: CandidateIndex, writer: SnapshotWriter): void {
  const readings = new ReadingTables();
  const count = index.forms.length;
  const indexedName = new Int32Array(count);
  const indexedKind = new Uint8Array(count);
  const indexedForm = new Int32Array(count);
  index.forms.forEach((f, i) => {
    indexedName[i] = f.name;
    indexedKind[i] = kindCode(f.kind);
    indexedForm[i] = readings.formOf(f.form);
  });
  // Forms are filed entity after entity, so each entity's forms are one range.
  const entityFormStart = new Int32Array(index.formsByEntity.length + 1);
  index.formsByEntity.forEach((ids, entity) => {
    const from = entityFormStart[entity]!;
    ids.forEach((id, k) => {
      if (id !== from + k) throw new Error('An entity’s forms are not one range of form ids.');
    });
    entityFormStart[entity + 1] = from + ids.length;
  });
  const countKeys: string[] = [];
  const countValues = new Int32Array(index.rarity.counts.size);
  for (const [key, n] of index.rarity.counts.entries()) {
    countValues[countKeys.length] = n;
    countKeys.push(key);
  }
  writeCandidateSections(
    {
      terms: [...index.terms.keys()],
      countKeys,
      countValues,
      readings,
      indexedName,
      indexedKind,
      indexedForm,
      entityFormStart,
      postings: index,
      gramLengths: index.gramLengths,
      formEntity: index.formEntity,
      formTermStart: index.formTermStart,
      formTerms: index.formTerms,
      entityCount: index.rarity.entityCount,
      formCount: count,
    },
    writer,
  );
}

/** A string table of the snapshot as a hash table (see StringHashTable). */
function hashTable(reader: SnapshotReader, name: string): StringHashTable {
  return new StringHashTable(
    reader.bytes(`${name}.text`),
    reader.int32(`${name}.at`),
    reader.int32(`${name}.slots`),
  );
}

/**
 * Defines `key` on `target` as made by `make()` on first read, then a plain value: the matcher's
 * hot loops read a data property, and a section no query has reached is never read from the file.
 */
function lazyProperty<T extends object, K extends keyof T>(
  target: T,
  key: K,
  make: () => T[K],
): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    },
  });
}

/** A function that makes its value on first call and then returns it. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * Reads a candidate index written by writeCandidateIndex. Each table is read from the file when a
 * query first reaches it (a one-shot query never reads most of the token and form tables); posting
 * lists and the other typed arrays are views of the bytes read; tokens, readings and each entity's
 * reading list are made from their tables on first use, and nothing is analysed again.
 */
export function readCandidateIndex(reader: SnapshotReader): CandidateIndex {
  const strings = once(() => ({
    text: reader.bytes('candidates.strings.text').toString('utf8'),
    at: reader.int32('candidates.strings.at'),
  }));
  const text = (id: number): string => {
    const { text, at } = strings();
    return text.slice(at[id], at[id + 1]);
  };
  const tokenTables = once(() => ({
    text: reader.int32('candidates.tokenText'),
    role: reader.uint8('candidates.tokenRole'),
    sound: reader.int32('candidates.tokenSound'),
    keyStart: reader.int32('candidates.tokenKeyStart'),
    keys: reader.int32('candidates.tokenKeys'),
  }));
  const tokens: (NameToken | undefined)[] = [];
  const tokenAt = (t: number): NameToken => {
    let token = tokens[t];
    if (token === undefined) {
      const table = tokenTables();
      const keys: string[] = [];
      for (let k = table.keyStart[t]!; k < table.keyStart[t + 1]!; k++)
        keys.push(text(table.keys[k]!));
      token = restoreToken(
        text(table.text[t]!),
        ROLES[table.role[t]!]!,
        keys,
        text(table.sound[t]!),
      );
      tokens[t] = token;
    }
    return token;
  };
  const formTables = once(() => ({
    flags: reader.uint8('candidates.formFlags'),
    script: reader.int32('candidates.formScript'),
    characters: reader.int32('candidates.formCharacters'),
    tokenStart: reader.int32('candidates.formTokenStart'),
    tokens: reader.int32('candidates.formTokens'),
  }));
  const forms: (NameForm | undefined)[] = [];
  const formAt = (f: number): NameForm => {
    let form = forms[f];
    if (form !== undefined) return form;
    const table = formTables();
    const flags = table.flags[f]!;
    const list: NameToken[] = [];
    for (let k = table.tokenStart[f]!; k < table.tokenStart[f + 1]!; k++)
      list.push(tokenAt(table.tokens[k]!));
    // Properties in the order analyzeName sets them, so that a form serialises the same.
    form = {
      tokens: list,
      romanised: (flags & ROMANISED) !== 0,
      syllabic: (flags & SYLLABIC) !== 0,
    };
    if ((flags & FROM_WADE_GILES) !== 0) form.fromWadeGiles = true;
    if ((flags & HAS_SCRIPT) !== 0) form.script = text(table.script[f]!) as ScriptCode;
    if ((flags & HAS_CHARACTERS) !== 0) form.characters = text(table.characters[f]!);
    forms[f] = form;
    return form;
  };
  const indexed = once(() => ({
    name: reader.int32('candidates.indexedName'),
    kind: reader.uint8('candidates.indexedKind'),
    form: reader.int32('candidates.indexedForm'),
  }));
  const entityFormStart = once(() => reader.int32('candidates.entityFormStart'));
  const [formCount, entityCount] = reader.int32('candidates.sizes');
  const rarityEntityCount = reader.int32('candidates.entityCount')[0]!;
  const index = {} as CandidateIndex;
  index.forms = lazyArray(formCount!, (i): IndexedForm => {
    const table = indexed();
    return {
      entity: index.formEntity[i]!,
      name: table.name[i]!,
      kind: KINDS[table.kind[i]!]!,
      form: formAt(table.form[i]!),
    };
  });
  index.formsByEntity = lazyArray(entityCount!, (e) => {
    const start = entityFormStart();
    const ids: number[] = [];
    for (let id = start[e]!; id < start[e + 1]!; id++) ids.push(id);
    return ids;
  });
  lazyProperty(index, 'terms', () => hashTable(reader, 'candidates.terms'));
  lazyProperty(index, 'readings', () => ({
    start: reader.int32('candidates.readings.start'),
    values: reader.int32('candidates.readings.values'),
  }));
  lazyProperty(index, 'keyed', () => ({
    start: reader.int32('candidates.keyed.start'),
    values: reader.int32('candidates.keyed.values'),
  }));
  lazyProperty(index, 'grams', () => ({
    start: reader.int32('candidates.grams.start'),
    values: reader.int32('candidates.grams.values'),
  }));
  lazyProperty(index, 'gramLengths', () => reader.uint8('candidates.gramLengths'));
  lazyProperty(index, 'formEntity', () => reader.int32('candidates.formEntity'));
  lazyProperty(index, 'formTermStart', () => reader.int32('candidates.formTermStart'));
  lazyProperty(index, 'formTerms', () => reader.int32('candidates.formTerms'));
  lazyProperty(index, 'rarity', () => {
    const counts = hashTable(reader, 'candidates.countKeys');
    const countValues = reader.int32('candidates.countValues');
    return createRarityTable(
      {
        get: (key) => {
          const id = counts.get(key);
          return id === undefined ? undefined : countValues[id];
        },
        size: counts.size,
        entries: function* () {
          for (let id = 0; id < counts.size; id++)
            yield [counts.string(id), countValues[id]!] as [string, number];
        },
      },
      rarityEntityCount,
    );
  });
  return index;
}

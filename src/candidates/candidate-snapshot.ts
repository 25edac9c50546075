import type { NameKind } from '../core/index.ts';
import { restoreToken } from '../names/index.ts';
import type { NameForm, NameToken, ScriptCode, TokenRole } from '../names/index.ts';
import type { CandidateIndex, IndexedForm } from './candidate-index.ts';
import { lazyArray } from './lazy-array.ts';
import { createRarityTable } from './rarity-table.ts';
import type { SnapshotReader, SnapshotWriter } from './snapshot-file.ts';
import { hashSlots, StringHashTable } from './string-hash-table.ts';

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

/** Writes a candidate index into snapshot sections named `candidates.*`. */
export function writeCandidateIndex(index: CandidateIndex, writer: SnapshotWriter): void {
  const strings = new StringTable();
  // Tokens and forms are shared between entities (UN, EU and UK list the same names), and the
  // snapshot keeps that sharing: each distinct object is written once and referenced by number.
  const tokenIds = new Map<NameToken, number>();
  const tokenText: number[] = [];
  const tokenRole: number[] = [];
  const tokenSound: number[] = [];
  const tokenKeyStart: number[] = [0];
  const tokenKeys: number[] = [];
  const tokenOf = (token: NameToken): number => {
    let id = tokenIds.get(token);
    if (id !== undefined) return id;
    id = tokenText.length;
    tokenIds.set(token, id);
    tokenText.push(strings.id(token.text));
    tokenRole.push(codeOf(ROLES, token.role, 'token role'));
    tokenSound.push(strings.id(token.sound));
    for (const key of token.keys) tokenKeys.push(strings.id(key));
    tokenKeyStart.push(tokenKeys.length);
    return id;
  };
  const formIds = new Map<NameForm, number>();
  const formFlags: number[] = [];
  const formScript: number[] = [];
  const formCharacters: number[] = [];
  const formTokenStart: number[] = [0];
  const formTokens: number[] = [];
  const formOf = (form: NameForm): number => {
    let id = formIds.get(form);
    if (id !== undefined) return id;
    id = formFlags.length;
    formIds.set(form, id);
    let flags = 0;
    if (form.romanised) flags |= ROMANISED;
    if (form.syllabic) flags |= SYLLABIC;
    if (form.fromWadeGiles === true) flags |= FROM_WADE_GILES;
    if (form.script !== undefined) flags |= HAS_SCRIPT;
    if (form.characters !== undefined) flags |= HAS_CHARACTERS;
    formFlags.push(flags);
    formScript.push(form.script === undefined ? -1 : strings.id(form.script));
    formCharacters.push(form.characters === undefined ? -1 : strings.id(form.characters));
    for (const token of form.tokens) formTokens.push(tokenOf(token));
    formTokenStart.push(formTokens.length);
    return id;
  };
  const count = index.forms.length;
  const indexedName = new Int32Array(count);
  const indexedKind = new Uint8Array(count);
  const indexedForm = new Int32Array(count);
  index.forms.forEach((f, i) => {
    indexedName[i] = f.name;
    indexedKind[i] = codeOf(KINDS, f.kind, 'name kind');
    indexedForm[i] = formOf(f.form);
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
  const terms = [...index.terms.keys()];
  writer.addStrings('candidates.terms', terms);
  writer.add('candidates.terms.slots', hashSlots(terms));
  writer.addStrings('candidates.countKeys', countKeys);
  writer.add('candidates.countKeys.slots', hashSlots(countKeys));
  writer.add('candidates.countValues', countValues);
  writer.addStrings('candidates.strings', strings.strings);
  writer.add('candidates.tokenText', Int32Array.from(tokenText));
  writer.add('candidates.tokenRole', Uint8Array.from(tokenRole));
  writer.add('candidates.tokenSound', Int32Array.from(tokenSound));
  writer.add('candidates.tokenKeyStart', Int32Array.from(tokenKeyStart));
  writer.add('candidates.tokenKeys', Int32Array.from(tokenKeys));
  writer.add('candidates.formFlags', Uint8Array.from(formFlags));
  writer.add('candidates.formScript', Int32Array.from(formScript));
  writer.add('candidates.formCharacters', Int32Array.from(formCharacters));
  writer.add('candidates.formTokenStart', Int32Array.from(formTokenStart));
  writer.add('candidates.formTokens', Int32Array.from(formTokens));
  writer.add('candidates.indexedName', indexedName);
  writer.add('candidates.indexedKind', indexedKind);
  writer.add('candidates.indexedForm', indexedForm);
  writer.add('candidates.entityFormStart', entityFormStart);
  writer.add('candidates.readings.start', index.readings.start);
  writer.add('candidates.readings.values', index.readings.values);
  writer.add('candidates.keyed.start', index.keyed.start);
  writer.add('candidates.keyed.values', index.keyed.values);
  writer.add('candidates.grams.start', index.grams.start);
  writer.add('candidates.grams.values', index.grams.values);
  writer.add('candidates.gramLengths', index.gramLengths);
  writer.add('candidates.formEntity', index.formEntity);
  writer.add('candidates.formTermStart', index.formTermStart);
  writer.add('candidates.formTerms', index.formTerms);
  writer.add('candidates.entityCount', Int32Array.of(index.rarity.entityCount));
}

/** A string table of the snapshot as a hash table (see StringHashTable). */
function hashTable(reader: SnapshotReader, name: string): StringHashTable {
  return new StringHashTable(
    reader.bytes(`${name}.text`).toString('utf8'),
    reader.int32(`${name}.at`),
    reader.int32(`${name}.slots`),
  );
}

/**
 * Reads a candidate index written by writeCandidateIndex. Posting lists and the other typed arrays
 * are views of the file; tokens, readings and each entity's reading list are made from their tables
 * when a query first reaches them, and nothing is analysed again.
 */
export function readCandidateIndex(reader: SnapshotReader): CandidateIndex {
  const stringsText = reader.bytes('candidates.strings.text').toString('utf8');
  const stringsAt = reader.int32('candidates.strings.at');
  const text = (id: number): string => stringsText.slice(stringsAt[id], stringsAt[id + 1]);
  const tokenText = reader.int32('candidates.tokenText');
  const tokenRole = reader.uint8('candidates.tokenRole');
  const tokenSound = reader.int32('candidates.tokenSound');
  const tokenKeyStart = reader.int32('candidates.tokenKeyStart');
  const tokenKeys = reader.int32('candidates.tokenKeys');
  const tokens = new Array<NameToken | undefined>(tokenText.length);
  const tokenAt = (t: number): NameToken => {
    let token = tokens[t];
    if (token === undefined) {
      const keys: string[] = [];
      for (let k = tokenKeyStart[t]!; k < tokenKeyStart[t + 1]!; k++)
        keys.push(text(tokenKeys[k]!));
      token = restoreToken(text(tokenText[t]!), ROLES[tokenRole[t]!]!, keys, text(tokenSound[t]!));
      tokens[t] = token;
    }
    return token;
  };
  const formFlags = reader.uint8('candidates.formFlags');
  const formScript = reader.int32('candidates.formScript');
  const formCharacters = reader.int32('candidates.formCharacters');
  const formTokenStart = reader.int32('candidates.formTokenStart');
  const formTokens = reader.int32('candidates.formTokens');
  const forms = new Array<NameForm | undefined>(formFlags.length);
  const formAt = (f: number): NameForm => {
    let form = forms[f];
    if (form !== undefined) return form;
    const flags = formFlags[f]!;
    const list: NameToken[] = [];
    for (let k = formTokenStart[f]!; k < formTokenStart[f + 1]!; k++)
      list.push(tokenAt(formTokens[k]!));
    // Properties in the order analyzeName sets them, so that a form serialises the same.
    form = {
      tokens: list,
      romanised: (flags & ROMANISED) !== 0,
      syllabic: (flags & SYLLABIC) !== 0,
    };
    if ((flags & FROM_WADE_GILES) !== 0) form.fromWadeGiles = true;
    if ((flags & HAS_SCRIPT) !== 0) form.script = text(formScript[f]!) as ScriptCode;
    if ((flags & HAS_CHARACTERS) !== 0) form.characters = text(formCharacters[f]!);
    forms[f] = form;
    return form;
  };
  const formEntity = reader.int32('candidates.formEntity');
  const indexedName = reader.int32('candidates.indexedName');
  const indexedKind = reader.uint8('candidates.indexedKind');
  const indexedForm = reader.int32('candidates.indexedForm');
  const entityFormStart = reader.int32('candidates.entityFormStart');
  const counts = hashTable(reader, 'candidates.countKeys');
  const countValues = reader.int32('candidates.countValues');
  return {
    forms: lazyArray(indexedName.length, (i): IndexedForm => ({
      entity: formEntity[i]!,
      name: indexedName[i]!,
      kind: KINDS[indexedKind[i]!]!,
      form: formAt(indexedForm[i]!),
    })),
    formsByEntity: lazyArray(entityFormStart.length - 1, (e) => {
      const ids: number[] = [];
      for (let id = entityFormStart[e]!; id < entityFormStart[e + 1]!; id++) ids.push(id);
      return ids;
    }),
    terms: hashTable(reader, 'candidates.terms'),
    readings: {
      start: reader.int32('candidates.readings.start'),
      values: reader.int32('candidates.readings.values'),
    },
    keyed: {
      start: reader.int32('candidates.keyed.start'),
      values: reader.int32('candidates.keyed.values'),
    },
    grams: {
      start: reader.int32('candidates.grams.start'),
      values: reader.int32('candidates.grams.values'),
    },
    gramLengths: reader.uint8('candidates.gramLengths'),
    formEntity,
    formTermStart: reader.int32('candidates.formTermStart'),
    formTerms: reader.int32('candidates.formTerms'),
    rarity: createRarityTable(
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
      reader.int32('candidates.entityCount')[0]!,
    ),
  };
}

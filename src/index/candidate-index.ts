import type { ListEntity, NameKind, Schema } from '../core/index.ts';
import { analyseName } from '../names/index.ts';
import type { NameForm, NameReading, NameToken } from '../names/index.ts';
import { createRarityTable } from './rarity-table.ts';
import type { RarityTable } from './rarity-table.ts';

/** One indexed reading of one name of one entity. */
export interface IndexedForm {
  /** Position of the entity in the index. */
  entity: number;
  /** Position of the name in `entity.names`. */
  name: number;
  kind: NameKind;
  form: NameForm;
}

/**
 * The in-memory candidate index, in two levels so that it stays small and quick to build: distinct
 * listed tokens (and merged adjacent tokens) point to the readings holding them; equivalence keys,
 * sound keys, sorted letters and trigrams point to distinct tokens, not to readings.
 */
export interface CandidateIndex {
  forms: IndexedForm[];
  /** Form ids of each entity, for alias support and "why not?" comparisons. */
  formsByEntity: number[][];
  /** Token text (or merged tokens, or a key string) → term id. */
  terms: ReadonlyMap<string, number>;
  /** Term id → sorted ids of the readings holding it as a token or merged tokens. */
  readings: readonly (Int32Array | undefined)[];
  /** Numeric similarity key (kind in the low 3 bits) → term ids of the listed tokens carrying it. */
  similar: ReadonlyMap<number, Int32Array>;
  /** Term id → number of trigrams of the token, for the overlap ratio. */
  gramCount: Uint8Array;
  /** Form id → entity position, in a flat array: the hot loops avoid chasing object pointers. */
  formEntity: Int32Array;
  /** Term ids of each form's blocking tokens: `formTerms[formTermStart[f] .. formTermStart[f + 1]]`. */
  formTermStart: Int32Array;
  formTerms: Int32Array;
  rarity: RarityTable;
}

/** How an entity's schema decides the reading of its names. */
export function readingFor(schema: Schema | 'Any'): NameReading {
  if (schema === 'Person') return 'person';
  if (schema === 'Any' || schema === 'LegalEntity') return 'any';
  return 'organisation';
}

/** Tokens long enough to get trigrams and letter keys: shorter ones must match exactly anyway. */
export const MIN_GRAM_TOKEN = 4;

/** Key kinds, in the low 3 bits of a numeric similarity key. */
export const KEY_EQUIVALENT = 1;
export const KEY_SOUND = 2;
export const KEY_GRAM = 3;
export const KEY_LETTERS = 4;

/** The numeric code of a character in a trigram: 0 for the padding, 1..36 for a-z and 0-9. */
function gramChar(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return 0;
}

/** Calls `emit` with the numeric key of every trigram of a token, padded at both ends. */
export function forEachTrigram(text: string, emit: (key: number) => void): void {
  let a = 0;
  let b = gramChar(text.charCodeAt(0));
  for (let i = 1; i <= text.length; i++) {
    const c = i < text.length ? gramChar(text.charCodeAt(i)) : 0;
    emit((((a * 37 + b) * 37 + c) << 3) | KEY_GRAM);
    a = b;
    b = c;
  }
}

/** A token's letters in sorted order: swapped letters (Faiz/Afiz) still share it. */
export function sortedLetters(text: string): string {
  return text.split('').sort().join('');
}

/** Whether a token role takes part in blocking: particles and initials never do. */
export function isBlockingToken(token: NameToken): boolean {
  return token.role !== 'particle' && token.role !== 'initial';
}

/** The numeric key of a term of a kind: the term id shifted past the kind bits. */
export function termKey(id: number, kind: number): number {
  return id * 8 + kind;
}

/** Mutable state while building. */
interface Builder {
  terms: Map<string, number>;
  readings: number[][];
  similar: Map<number, number[]>;
  gramCount: number[];
  /** Term ids that already carry their similarity keys. */
  keyed: Set<number>;
}

/** The id of a term, assigning one when new. */
function intern(builder: Builder, term: string): number {
  let id = builder.terms.get(term);
  if (id === undefined) {
    id = builder.readings.length;
    builder.terms.set(term, id);
    builder.readings.push([]);
    builder.gramCount.push(0);
  }
  return id;
}

/** Adds `id` to the list under `key`, once. */
function post(map: Map<number, number[]>, key: number, id: number): void {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  if (list[list.length - 1] !== id) list.push(id);
}

/** Files a listed token under its similarity keys, once per distinct text. */
function keyToken(builder: Builder, id: number, token: NameToken): void {
  if (builder.keyed.has(id)) return;
  builder.keyed.add(id);
  const text = token.text;
  for (const key of token.keys)
    post(builder.similar, termKey(intern(builder, key), KEY_EQUIVALENT), id);
  if (token.sound.length >= 2)
    post(builder.similar, termKey(intern(builder, token.sound), KEY_SOUND), id);
  if (text.length >= 3)
    post(builder.similar, termKey(intern(builder, sortedLetters(text)), KEY_LETTERS), id);
  if (text.length < MIN_GRAM_TOKEN) return;
  let grams = 0;
  forEachTrigram(text, (key) => {
    post(builder.similar, key, id);
    grams++;
  });
  builder.gramCount[id] = Math.min(255, grams);
}

/** Files one reading: its tokens and merged adjacent tokens point to it. */
function addForm(builder: Builder, form: NameForm, formId: number): void {
  const tokens = form.tokens;
  for (const token of tokens) {
    if (!isBlockingToken(token)) continue;
    const id = intern(builder, token.text);
    const list = builder.readings[id]!;
    if (list[list.length - 1] !== formId) list.push(formId);
    if (token.role === 'name' || token.role === 'number') keyToken(builder, id, token);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = tokens[i]!.text + tokens[i + 1]!.text;
    const merged = [pair];
    // Three-token merges only around a short middle token ("siraj ud din" → "sirajuddin").
    if (i + 2 < tokens.length && tokens[i + 1]!.text.length <= 3)
      merged.push(pair + tokens[i + 2]!.text);
    // Merged tokens are filed for exact lookup only: giving each distinct merge its own trigrams
    // would double the build for little recall (the query's merges are matched fuzzily instead).
    for (const text of merged) {
      const id = intern(builder, text);
      const list = builder.readings[id]!;
      if (list[list.length - 1] !== formId) list.push(formId);
    }
  }
}

/**
 * Builds the candidate index from list entities: analyses every name (romanising other scripts),
 * files each reading under its tokens and merged tokens, files each distinct token under its
 * similarity keys, and counts per-entity token frequencies for rarity weights.
 */
export function buildCandidateIndex(entities: readonly ListEntity[]): CandidateIndex {
  const builder: Builder = {
    terms: new Map(),
    readings: [],
    similar: new Map(),
    gramCount: [],
    keyed: new Set(),
  };
  const forms: IndexedForm[] = [];
  const formsByEntity: number[][] = [];
  const counts = new Map<string, number>();
  const entityKeys = new Set<string>();
  // The same name is often listed by several lists (UN, EU and UK copy UN designations), so each
  // distinct name is analysed once and its readings shared.
  const analysed = new Map<string, NameForm[]>();
  entities.forEach((entity, entityIndex) => {
    const ids: number[] = [];
    entityKeys.clear();
    const reading = readingFor(entity.schema);
    entity.names.forEach((name, nameIndex) => {
      const cacheKey = `${reading}|${name.full}`;
      let readings = analysed.get(cacheKey);
      if (readings === undefined) {
        readings = analyseName(name.full, reading).forms;
        analysed.set(cacheKey, readings);
      }
      for (const form of readings) {
        const id = forms.length;
        forms.push({ entity: entityIndex, name: nameIndex, kind: name.kind, form });
        ids.push(id);
        addForm(builder, form, id);
        for (const token of form.tokens) {
          entityKeys.add(token.text);
          for (const key of token.keys) entityKeys.add(key);
        }
      }
    });
    for (const key of entityKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    formsByEntity.push(ids);
  });
  const similar = new Map<number, Int32Array>();
  for (const [key, list] of builder.similar) similar.set(key, Int32Array.from(list));
  const formTermStart = new Int32Array(forms.length + 1);
  const formTerms: number[] = [];
  forms.forEach(({ form }, id) => {
    formTermStart[id] = formTerms.length;
    for (const token of form.tokens) {
      const term = builder.terms.get(token.text);
      if (term !== undefined && isBlockingToken(token)) formTerms.push(term);
    }
  });
  formTermStart[forms.length] = formTerms.length;
  return {
    forms,
    formsByEntity,
    terms: builder.terms,
    readings: builder.readings.map((list) =>
      list.length === 0 ? undefined : Int32Array.from(list),
    ),
    similar,
    gramCount: Uint8Array.from(builder.gramCount),
    formEntity: Int32Array.from(forms, (f) => f.entity),
    formTermStart,
    formTerms: Int32Array.from(formTerms),
    rarity: createRarityTable(counts, entities.length),
  };
}

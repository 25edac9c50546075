import type { ListEntity, NameKind, Schema } from '../core/index.ts';
import { religiousTitlesOf } from '../matching/index.ts';
import { analyzeName } from '../names/index.ts';
import type { NameForm, NameReading, NameToken } from '../names/index.ts';
import { createRarityTable } from './rarity-table.ts';
import type { RarityTable } from './rarity-table.ts';
import {
  forEachTrigram,
  GRAM_CODES,
  KEY_EQUIVALENT,
  KEY_LETTERS,
  KEY_SOUND,
  keySlot,
  MIN_GRAM_TOKEN,
  sortedLetters,
} from './blocking-keys.ts';
import { addPosting, createPostingBuilder, finishPostings, logPosting } from './posting-lists.ts';
import type { PostingBuilder, PostingLists } from './posting-lists.ts';

/** Term ids by text: a Map when built, a StringHashTable when loaded from a snapshot. */
export interface TermLookup {
  get(text: string): number | undefined;
  readonly size: number;
  /** The terms in id order. */
  keys(): IterableIterator<string>;
}

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
 * sound keys, sorted letters and trigrams point to distinct tokens, not to readings. Every list is
 * a slice of one flat typed array (see PostingLists).
 */
export interface CandidateIndex {
  forms: readonly IndexedForm[];
  /** Form ids of each entity, for alias support and "why not?" comparisons. */
  formsByEntity: readonly (readonly number[])[];
  /** Token text (or merged tokens, or a key string) → term id. */
  terms: TermLookup;
  /** Term id → ids of the readings holding it as a token or merged tokens, ascending. */
  readings: PostingLists;
  /**
   * Key slot (see keySlot) → term ids of the listed tokens carrying that
   * equivalence key, sound key or sorted letters.
   */
  keyed: PostingLists;
  /** Trigram code (see forEachTrigram) → term ids of the listed tokens holding it. */
  grams: PostingLists;
  /** Number of trigrams of the token of each posting in `grams.values`, beside it for the scan. */
  gramLengths: Uint8Array;
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

/**
 * The term under which the readings of entities the list gives a religious title (Mullah, Mawlawi
 * …) are filed; no token, merge or key has a colon.
 */
export function titleTerm(title: string): string {
  return `title:${title}`;
}

/** Whether a token role takes part in blocking: particles and initials never do. */
export function isBlockingToken(token: NameToken): boolean {
  return token.role !== 'particle' && token.role !== 'initial';
}

/**
 * Term ids by text while building, numbered 0, 1, 2 … as met: a Map, or the snapshot builder's
 * StringInterner (the same answers in a fraction of the memory).
 */
export interface TermTable extends TermLookup {
  set(text: string, id: number): unknown;
}

/** Mutable state while building (shared with the snapshot builder, see candidate-table-builder). */
export interface Builder {
  terms: TermTable;
  readings: PostingBuilder;
  keyed: PostingBuilder;
  grams: PostingBuilder;
  /** Trigram count of each term's token (0 until keyed), growing with the terms. */
  gramCount: Uint8Array;
  /** Whether each term already carries its similarity keys. */
  isKeyed: Uint8Array;
  /** Term ids of the blocking tokens of every form, form after form. */
  formTerms: { push(id: number): unknown; readonly length: number };
  /** Term id of each token id (NameToken.id names its text), or -1: a number lookup, not a hash of the text. */
  tokenTerms: Int32Array;
}

/** A new, empty builder; `formTerms` collects into `formTerms`, `terms` numbers the terms. */
export function createBuilder(
  formTerms: Builder['formTerms'],
  terms: TermTable = new Map<string, number>(),
): Builder {
  return {
    terms,
    readings: createPostingBuilder(),
    keyed: createPostingBuilder(),
    grams: createPostingBuilder(),
    gramCount: new Uint8Array(1024),
    isKeyed: new Uint8Array(1024),
    formTerms,
    tokenTerms: new Int32Array(1024).fill(-1),
  };
}

/** The id of a term, assigning one when new. */
export function intern(builder: Builder, term: string): number {
  let id = builder.terms.get(term);
  if (id === undefined) {
    id = builder.terms.size;
    builder.terms.set(term, id);
  }
  return id;
}

/** The term id of a token's text. */
function internToken(builder: Builder, token: NameToken): number {
  const tokenId = token.id;
  if (tokenId < 0) return intern(builder, token.text);
  if (tokenId >= builder.tokenTerms.length) {
    const grown = new Int32Array(Math.max(tokenId + 1, builder.tokenTerms.length * 2)).fill(-1);
    grown.set(builder.tokenTerms);
    builder.tokenTerms = grown;
  }
  let id = builder.tokenTerms[tokenId]!;
  if (id < 0) {
    id = intern(builder, token.text);
    builder.tokenTerms[tokenId] = id;
  }
  return id;
}

/** Files a listed token under its similarity keys, once per distinct text. */
function keyToken(builder: Builder, id: number, token: NameToken): void {
  if (id >= builder.isKeyed.length) {
    const size = Math.max(id + 1, builder.isKeyed.length * 2);
    const flags = new Uint8Array(size);
    flags.set(builder.isKeyed);
    builder.isKeyed = flags;
    const counts = new Uint8Array(size);
    counts.set(builder.gramCount);
    builder.gramCount = counts;
  }
  if (builder.isKeyed[id] === 1) return;
  builder.isKeyed[id] = 1;
  const text = token.text;
  const keyed = builder.keyed;
  // Each token is keyed once, so only a key it lists twice could file a (slot, token) pair twice:
  // filed once, as addPosting's check of the slot's last value did.
  token.keys.forEach((key, k) => {
    if (token.keys.indexOf(key) === k)
      logPosting(keyed, keySlot(intern(builder, key), KEY_EQUIVALENT), id);
  });
  if (token.sound.length >= 2)
    logPosting(keyed, keySlot(intern(builder, token.sound), KEY_SOUND), id);
  if (text.length >= 3)
    logPosting(keyed, keySlot(intern(builder, sortedLetters(text)), KEY_LETTERS), id);
  if (text.length < MIN_GRAM_TOKEN) return;
  let grams = 0;
  forEachTrigram(text, (key) => {
    addPosting(builder.grams, key >> 3, id);
    grams++;
  });
  builder.gramCount[id] = Math.min(255, grams);
}

/**
 * Files one reading: its tokens and merged adjacent tokens point to it. `merges` receives the term
 * id of each merge filed, in order (the snapshot builder files a reading met again from them).
 */
export function addForm(
  builder: Builder,
  form: NameForm,
  formId: number,
  merges?: { push(id: number): unknown },
): void {
  const tokens = form.tokens;
  for (const token of tokens) {
    if (!isBlockingToken(token)) continue;
    const id = internToken(builder, token);
    addPosting(builder.readings, id, formId);
    builder.formTerms.push(id);
    if (token.role === 'name' || token.role === 'number') keyToken(builder, id, token);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = tokens[i]!.text + tokens[i + 1]!.text;
    // Merged tokens are filed for exact lookup only: giving each distinct merge its own trigrams
    // would double the build for little recall (the query's merges are matched fuzzily instead).
    const merged = intern(builder, pair);
    addPosting(builder.readings, merged, formId);
    merges?.push(merged);
    // Three-token merges only around a short middle token ("siraj ud din" → "sirajuddin").
    if (i + 2 < tokens.length && tokens[i + 1]!.text.length <= 3) {
      const three = intern(builder, pair + tokens[i + 2]!.text);
      addPosting(builder.readings, three, formId);
      merges?.push(three);
    }
  }
}

/**
 * The readings an earlier build gave a name, by {@link analysisKey}: undefined for a name it did
 * not analyse. Name analysis is the dearest step of a build (the mined beam search for Cyrillic and
 * Arabic), and an import changes one list of several: the others' names need not be read again.
 */
export type EarlierReadings = (key: string) => readonly NameForm[] | undefined;

/** What a name's readings depend on besides the code: its text and how its entity's schema reads it. */
export function analysisKey(reading: NameReading, full: string): string {
  return `${reading}|${full}`;
}

/**
 * Builds the candidate index from list entities: analyses every name (romanising other scripts),
 * files each reading under its tokens and merged tokens, files each distinct token under its
 * similarity keys, and counts per-entity token frequencies for rarity weights. `earlier` gives the
 * readings an earlier build of the same code made, used as they are instead of analysing again.
 */
export function buildCandidateIndex(
  entities: readonly ListEntity[],
  earlier?: EarlierReadings,
): CandidateIndex {
  const formTerms: number[] = [];
  const builder = createBuilder(formTerms);
  const forms: IndexedForm[] = [];
  const formsByEntity: number[][] = [];
  const formTermStart: number[] = [];
  const counts = new Map<string, number>();
  const entityKeys = new Set<string>();
  // The same name is often listed by several lists (UN, EU and UK copy UN designations), so each
  // distinct name is analysed once and its readings shared.
  const analyzed = new Map<string, readonly NameForm[]>();
  entities.forEach((entity, entityIndex) => {
    const ids: number[] = [];
    entityKeys.clear();
    const reading = readingFor(entity.schema);
    const titles = [...religiousTitlesOf(entity)].map((title) => intern(builder, titleTerm(title)));
    entity.names.forEach((name, nameIndex) => {
      const cacheKey = analysisKey(reading, name.full);
      let readings = analyzed.get(cacheKey);
      if (readings === undefined) {
        readings = earlier?.(cacheKey) ?? analyzeName(name.full, reading).forms;
        analyzed.set(cacheKey, readings);
      }
      for (const form of readings) {
        const id = forms.length;
        forms.push({
          entity: entityIndex,
          name: nameIndex,
          kind: name.kind,
          form,
        });
        ids.push(id);
        formTermStart.push(builder.formTerms.length);
        addForm(builder, form, id);
        for (const term of titles) {
          addPosting(builder.readings, term, id);
          builder.formTerms.push(term);
        }
        for (const token of form.tokens) {
          entityKeys.add(token.text);
          for (const key of token.keys) entityKeys.add(key);
        }
      }
    });
    for (const key of entityKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    formsByEntity.push(ids);
  });
  formTermStart.push(builder.formTerms.length);
  const termCount = builder.terms.size;
  const grams = finishPostings(builder.grams, GRAM_CODES);
  return {
    forms,
    formsByEntity,
    terms: builder.terms,
    readings: finishPostings(builder.readings, termCount),
    keyed: finishPostings(builder.keyed, termCount * 3),
    grams,
    gramLengths: Uint8Array.from(grams.values, (term) => builder.gramCount[term] ?? 0),
    formEntity: Int32Array.from(forms, (f) => f.entity),
    formTermStart: Int32Array.from(formTermStart),
    formTerms: Int32Array.from(formTerms),
    rarity: createRarityTable(counts, entities.length),
  };
}

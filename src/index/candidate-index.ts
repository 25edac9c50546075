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

/** The in-memory candidate index: postings from blocking keys to indexed forms, plus rarity. */
export interface CandidateIndex {
  forms: IndexedForm[];
  /** Form ids of each entity, for alias support and "why not?" comparisons. */
  formsByEntity: number[][];
  /** Numeric blocking key → sorted form ids. */
  postings: Map<number, Int32Array>;
  /** Token texts and sound keys seen in the lists, as ids. */
  terms: TermTable;
  rarity: RarityTable;
}

/** How an entity's schema decides the reading of its names. */
export function readingFor(schema: Schema | 'Any'): NameReading {
  if (schema === 'Person') return 'person';
  if (schema === 'Any' || schema === 'LegalEntity') return 'any';
  return 'organisation';
}

/** Tokens long enough to get character trigrams: shorter ones must match exactly anyway. */
export const MIN_GRAM_TOKEN = 4;

/** Key kinds, in the low 3 bits of a numeric blocking key. */
export const KEY_WORD = 0;
export const KEY_EQUIVALENT = 1;
export const KEY_SOUND = 2;
export const KEY_GRAM = 3;
export const KEY_LETTERS = 4;

/** A token's letters in sorted order: swapped letters (Faiz/Afiz) still share it. */
export function sortedLetters(text: string): string {
  return text.split('').sort().join('');
}

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

/** Whether a token role takes part in blocking: particles and initials never do. */
export function isBlockingToken(token: NameToken): boolean {
  return token.role !== 'particle' && token.role !== 'initial';
}

/** Interns strings as small integers so that blocking keys are numbers, not new strings. */
export class TermTable {
  private readonly ids = new Map<string, number>();

  /** The id of `term`, assigning one when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  /** The id of `term`, or -1 when the index never saw it (it then has no postings). */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }
}

/** The numeric key of a term of a kind: the term id shifted past the kind bits. */
export function termKey(id: number, kind: number): number {
  return id * 8 + kind;
}

/**
 * Calls `emit` with the blocking keys of a form: each token's text, equivalence keys, sound key
 * and trigrams, and the concatenation of adjacent tokens (as words) so that a merged query token
 * finds a split listed one.
 */
function forEachFormKey(form: NameForm, terms: TermTable, emit: (key: number) => void): void {
  const tokens = form.tokens;
  for (const token of tokens) {
    if (!isBlockingToken(token)) continue;
    emit(termKey(terms.intern(token.text), KEY_WORD));
    for (const key of token.keys) emit(termKey(terms.intern(key), KEY_EQUIVALENT));
    if (token.sound.length >= 2) emit(termKey(terms.intern(token.sound), KEY_SOUND));
    if (token.text.length >= MIN_GRAM_TOKEN && token.role === 'name') {
      forEachTrigram(token.text, emit);
      emit(termKey(terms.intern(sortedLetters(token.text)), KEY_LETTERS));
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = tokens[i]!.text + tokens[i + 1]!.text;
    emit(termKey(terms.intern(pair), KEY_WORD));
    if (i + 2 < tokens.length) emit(termKey(terms.intern(pair + tokens[i + 2]!.text), KEY_WORD));
  }
}

/**
 * Builds the candidate index from list entities: analyses every name (romanising other scripts),
 * posts each reading under its blocking keys, and counts per-entity token frequencies for rarity.
 */
export function buildCandidateIndex(entities: readonly ListEntity[]): CandidateIndex {
  const forms: IndexedForm[] = [];
  const formsByEntity: number[][] = [];
  const lists = new Map<number, number[]>();
  const terms = new TermTable();
  const counts = new Map<string, number>();
  const entityKeys = new Set<string>();
  entities.forEach((entity, entityIndex) => {
    const ids: number[] = [];
    entityKeys.clear();
    const reading = readingFor(entity.schema);
    entity.names.forEach((name, nameIndex) => {
      for (const form of analyseName(name.full, reading).forms) {
        const id = forms.length;
        forms.push({ entity: entityIndex, name: nameIndex, kind: name.kind, form });
        ids.push(id);
        forEachFormKey(form, terms, (key) => {
          let list = lists.get(key);
          if (list === undefined) lists.set(key, (list = []));
          if (list[list.length - 1] !== id) list.push(id);
        });
        for (const token of form.tokens) {
          entityKeys.add(token.text);
          for (const key of token.keys) entityKeys.add(key);
        }
      }
    });
    for (const key of entityKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    formsByEntity.push(ids);
  });
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of lists) postings.set(key, Int32Array.from(list));
  return {
    forms,
    formsByEntity,
    postings,
    terms,
    rarity: createRarityTable(counts, entities.length),
  };
}

import type { ListEntity, Schema } from '../../core/index.ts';
import { isBlockingToken, readingFor } from '../../candidates/index.ts';
import { identifierKeys, listedIdentifiers } from '../../matching/index.ts';
import { analyzeName, type NameForm } from '../../names/index.ts';
import type { Subject } from '../../store/index.ts';

/**
 * Roles whose tokens never bring a candidate on their own: legal forms and generic company words
 * ("Ltd", "Trading") would tie every company subject to every listed company.
 */
const UNKEYED_ROLES = new Set(['legal', 'generic', 'number']);

/** Shortest sound key kept. */
const MIN_SOUND_KEY = 3;

/**
 * The readings of a name, each as its distinct blocking tokens with their keys (equivalence
 * groups, sound); a token written twice in one reading (Mohammad Wali Mohammad) is one token.
 */
function readingTokens(name: string, schema: Schema | 'Any'): Map<string, string[]>[] {
  return analyzeName(name, readingFor(schema), { query: true }).forms.map(formTokenKeys);
}

/** The distinct keyed tokens of one reading, each with its keys (see readingTokens). */
export function formTokenKeys(form: NameForm): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  for (const token of form.tokens) {
    if (!isBlockingToken(token) || UNKEYED_ROLES.has(token.role)) continue;
    const keys = token.keys.map((key) => `k:${key}`);
    // A sound key of one or two letters (J, KR) is shared by too many names to narrow anything.
    if (token.sound.length >= MIN_SOUND_KEY) keys.push(`s:${token.sound}`);
    tokens.set(token.text, keys);
  }
  return tokens;
}

/**
 * Tokens of one reading that share an equivalence key are one name written twice: the UN writes
 * "Mohammad Islami; Mohamed Islami" as one name, and counting Mohammad and Mohamed as two tokens
 * would pair every Muhammad with it. Their keys are merged into one token; order is kept.
 */
export function mergeEquivalentTokens(tokens: readonly (readonly string[])[]): string[][] {
  const merged: string[][] = [];
  for (const keys of tokens) {
    const same = merged.find((group) =>
      keys.some((key) => key.startsWith('k:') && group.includes(key)),
    );
    if (same === undefined) merged.push([...keys]);
    else for (const key of keys) if (!same.includes(key)) same.push(key);
  }
  return merged;
}

/**
 * The key of subjects whose names have a single token ("Rosneft"): they can match a listed name
 * on that one token, where other subjects need two.
 */
export const SINGLE_TOKEN_KEY = 'x:single';

/**
 * The keys a subject is filed under for the delta re-screen: a listed entity that changed can
 * only concern subjects sharing one of its keys (a name token's equivalence group or sound, or
 * an identifier). Computed once when the subject is saved, so a re-screen reads no name.
 */
export function subjectKeys(subject: Subject): string[] {
  const keys = new Set<string>();
  let single = false;
  for (const name of subject.names) {
    for (const reading of readingTokens(name, subject.schema ?? 'Any')) {
      if (reading.size === 1) single = true;
      for (const tokenKeys of reading.values()) for (const key of tokenKeys) keys.add(key);
    }
  }
  if (single) keys.add(SINGLE_TOKEN_KEY);
  for (const value of subject.identifiers) {
    for (const key of identifierKeys(value)) keys.add(`i:${key}`);
  }
  return [...keys].sort();
}

/** The same keys for a listed entity: per name, per token, and its identifiers' keys. */
export function entityTokenKeys(entity: ListEntity): {
  /** For each reading of each name, the keys of each of its tokens (equivalent ones merged). */
  names: string[][][];
  /** Keys of names with a single token ("HAMAS"), which one shared token may match. */
  singles: string[];
  identifiers: string[];
} {
  const names: string[][][] = [];
  const singles = new Set<string>();
  for (const name of entity.names) {
    for (const reading of readingTokens(name.full, entity.schema)) {
      const tokens = [...reading.values()];
      if (tokens.length === 1 && name.kind !== 'weak-alias')
        for (const key of tokens[0]!) singles.add(key);
      // A name of one token written twice (Mohammad Mohamed) stays as written: merged, it would
      // read as a single-token name, which one shared key pairs.
      const distinct = mergeEquivalentTokens(tokens);
      if (tokens.length > 1) names.push(distinct.length > 1 ? distinct : tokens);
    }
  }
  const identifiers = new Set<string>();
  for (const { value } of listedIdentifiers(entity)) {
    for (const key of identifierKeys(value)) identifiers.add(`i:${key}`);
  }
  return { names, singles: [...singles], identifiers: [...identifiers] };
}

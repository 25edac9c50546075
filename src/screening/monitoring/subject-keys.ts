import type { ListEntity, Schema } from '../../core/index.ts';
import { isBlockingToken, readingFor } from '../../index/index.ts';
import { identifierKeys, listedIdentifiers } from '../../matching/index.ts';
import { analyseName } from '../../names/index.ts';
import type { Subject } from '../../store/index.ts';

/**
 * Roles whose tokens never bring a candidate on their own: legal forms and generic company words
 * ("Ltd", "Trading") would tie every company subject to every listed company.
 */
const UNKEYED_ROLES = new Set(['legal', 'generic', 'number']);

/** Adds the keys of one name: each blocking token's equivalence keys and its sound key. */
function addNameKeys(keys: Set<string>, name: string, schema: Schema | 'Any'): void {
  for (const form of analyseName(name, readingFor(schema), { query: true }).forms) {
    for (const token of form.tokens) {
      if (!isBlockingToken(token) || UNKEYED_ROLES.has(token.role)) continue;
      for (const key of token.keys) keys.add(`k:${key}`);
      if (token.sound !== '') keys.add(`s:${token.sound}`);
    }
  }
}

/**
 * The keys a subject is filed under for the delta re-screen: a listed entity that changed can
 * only concern subjects sharing one of its keys (a name token's equivalence group or sound, or
 * an identifier). Computed once when the subject is saved, so a re-screen reads no name.
 */
export function subjectKeys(subject: Subject): string[] {
  const keys = new Set<string>();
  for (const name of subject.names) addNameKeys(keys, name, subject.schema ?? 'Any');
  for (const value of subject.identifiers) {
    for (const key of identifierKeys(value)) keys.add(`i:${key}`);
  }
  return [...keys].sort();
}

/** The same keys for a listed entity, over all its names and identifiers. */
export function entityKeys(entity: ListEntity): string[] {
  const keys = new Set<string>();
  for (const name of entity.names) addNameKeys(keys, name.full, entity.schema);
  for (const { value } of listedIdentifiers(entity)) {
    for (const key of identifierKeys(value)) keys.add(`i:${key}`);
  }
  return [...keys].sort();
}

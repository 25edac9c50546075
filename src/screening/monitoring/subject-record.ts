import { createHash } from 'node:crypto';
import type { BatchRow, NameQuery } from '../../core/index.ts';
import type { Subject } from '../../store/index.ts';

/** A subject read from a `sift batch`-style row, or why the row cannot be one. */
export function subjectFromRow(row: BatchRow): Subject | { error: string } {
  if (row.error !== undefined) return { error: row.error };
  if (row.id === undefined || row.id.trim() === '')
    return { error: 'no id: a watched subject needs an id of your own' };
  const query = row.query ?? { name: '' };
  const subject: Subject = {
    id: row.id.trim(),
    names: query.name === undefined || query.name.trim() === '' ? [] : [query.name.trim()],
    identifiers: query.identifiers ?? [],
  };
  if (query.schema !== undefined && query.schema !== 'Any') subject.schema = query.schema;
  if (query.birthDate !== undefined) subject.birthDate = query.birthDate;
  if (query.country !== undefined) subject.country = query.country;
  return subject;
}

/** A hash of what screening reads of a subject: a change to it re-screens and reopens. */
export function subjectHash(subject: Subject): string {
  const facts = [
    subject.names,
    subject.schema ?? null,
    subject.birthDate ?? null,
    subject.country ?? null,
    subject.identifiers,
  ];
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 32);
}

/** The queries that screen a subject: one per name (or one by identifiers alone). */
export function subjectQueries(subject: Subject, threshold?: number): NameQuery[] {
  const base: NameQuery = {};
  if (subject.schema !== undefined) base.schema = subject.schema;
  if (subject.birthDate !== undefined) base.birthDate = subject.birthDate;
  if (subject.country !== undefined) base.country = subject.country;
  if (subject.identifiers.length > 0) base.identifiers = subject.identifiers;
  if (threshold !== undefined) base.threshold = threshold;
  const names = subject.names.length > 0 ? subject.names : [''];
  return names.map((name) => ({ ...base, name }));
}

import type { Store, StoredSubject, Subject, SubjectWrite } from '../../store/index.ts';
import { readBatchRows, type BatchFormat } from '../batch/batch-input.ts';
import { DEFAULT_THRESHOLD, type ScreeningIndex } from '../screening-index.ts';
import { validateQuery } from '../validate-query.ts';
import {
  emptySummary,
  fullHits,
  screenSubjects,
  SUBJECT_CHUNK,
  type RescreenSummary,
} from './screen-subjects.ts';
import { subjectKeys } from './subject-keys.ts';
import { subjectFromRow, subjectHash, subjectQueries } from './subject-record.ts';

/** What a subject import did. */
export interface SubjectImportReport {
  /** Rows read, with or without errors. */
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows that are not a subject, by line: none is dropped without a word. */
  errors: { line: number; id?: string; error: string }[];
  /** The screening of the added and updated subjects. */
  screening: RescreenSummary;
}

/**
 * Imports subjects from CSV or JSON lines in the columns of `sift batch` (id, name, schema,
 * birth_date, country, identifiers), updates those whose id is known, and screens every added or
 * changed subject at once (each screening on the audit trail, under `caller`).
 */
export async function importSubjects(
  store: Store,
  index: ScreeningIndex,
  input: AsyncIterable<Buffer | string>,
  format: BatchFormat,
  caller: string,
): Promise<SubjectImportReport> {
  const report: SubjectImportReport = {
    rows: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    screening: emptySummary(),
  };
  const loaded = index.lists.map((l) => l.list);
  const findHits = fullHits(index);
  let pending: SubjectWrite[] = [];
  const flush = async (): Promise<void> => {
    const writes = pending;
    pending = [];
    if (writes.length === 0) return;
    const outcomes = await store.monitoring.saveSubjects(writes);
    const changed: StoredSubject[] = [];
    outcomes.forEach((outcome, i) => {
      report[outcome] += 1;
      const { subject, hash } = writes[i]!;
      if (outcome !== 'unchanged') changed.push({ ...subject, hash, updatedAt: '' });
    });
    await screenSubjects(store, index, changed, findHits, report.screening, {
      caller,
      kind: 'subject-import',
      lists: index.lists,
    });
  };
  for await (const row of readBatchRows(input, format)) {
    report.rows += 1;
    const subject = subjectFromRow(row);
    const problem = 'error' in subject ? subject.error : checkSubject(subject, loaded);
    if (problem !== undefined || 'error' in subject) {
      report.errors.push({
        line: row.line,
        ...(row.id === undefined ? {} : { id: row.id }),
        error: problem ?? 'not a subject',
      });
      continue;
    }
    pending.push({ subject, hash: subjectHash(subject), keys: subjectKeys(subject) });
    if (pending.length >= SUBJECT_CHUNK) await flush();
  }
  await flush();
  return report;
}

/** Why a subject cannot be screened (an impossible date, an overlong name …), or undefined. */
function checkSubject(subject: Subject, loaded: readonly string[]): string | undefined {
  try {
    for (const query of subjectQueries(subject)) validateQuery(query, loaded, DEFAULT_THRESHOLD);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

import type { ListEntity, ParseIssue, ParseOptions, ParseResult } from '../core/index.ts';
import type { UkDesignation } from './uk-designation.ts';
import { mapUkDesignation } from './uk-entity.ts';

/** Where the three UK readers hand their designations: it maps, counts and passes them on. */
export interface UkSink {
  /** Maps one designation and passes the entity on (or keeps it), recording any issues. */
  add(designation: UkDesignation): void;
  /** Counts a record the reader could not turn into a designation, with the reason. */
  reject(issue: ParseIssue): void;
  /** The problems found so far; readers add their own file-level issues here. */
  readonly issues: ParseIssue[];
  /**
   * The result. `reportDate` is the date the file states for itself; without one, the newest
   * "last updated" date of the records stands in as the publication date.
   */
  finish(reportDate?: string): ParseResult;
}

/** A sink that honours `options.onEntity` (streaming) or keeps the entities. */
export function createUkSink(options: ParseOptions = {}): UkSink {
  const entities: ListEntity[] = [];
  const issues: ParseIssue[] = [];
  const seen = new Set<string>();
  let recordCount = 0;
  let skippedCount = 0;
  let newest: string | undefined;

  return {
    issues,
    reject(issue) {
      recordCount += 1;
      skippedCount += 1;
      issues.push(issue);
    },
    add(designation) {
      recordCount += 1;
      const entity = mapUkDesignation(designation, issues);
      if (entity === undefined) {
        skippedCount += 1;
        return;
      }
      if (seen.has(entity.reference)) {
        const issue: ParseIssue = {
          level: 'error',
          code: 'DUPLICATE_REFERENCE',
          message: `Unique ID ${entity.reference} appears more than once; the first was kept.`,
          record: entity.reference,
        };
        if (designation.line !== undefined) issue.line = designation.line;
        issues.push(issue);
        skippedCount += 1;
        return;
      }
      seen.add(entity.reference);
      const updated = entity.amendedOn.at(-1);
      if (updated !== undefined && (newest === undefined || updated > newest)) newest = updated;
      if (options.onEntity) options.onEntity(entity);
      else entities.push(entity);
    },
    finish(reportDate) {
      const published = reportDate ?? newest;
      return {
        entities,
        issues,
        meta: {
          list: 'uk',
          ...(published === undefined ? {} : { published }),
          recordCount,
          skippedCount,
        },
      };
    },
  };
}

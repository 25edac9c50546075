import type { ParseIssue, ParseOptions, ParseResult } from '../../core/index.ts';
import { createEntitySink } from '../entity-sink.ts';
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
  const sink = createEntitySink('uk', options);
  const { issues } = sink;
  let newest: string | undefined;
  return {
    issues,
    reject(issue) {
      sink.add(undefined);
      issues.push(issue);
    },
    add(designation) {
      const entity = mapUkDesignation(designation, issues);
      const updated = entity?.amendedOn.at(-1);
      if (updated !== undefined && (newest === undefined || updated > newest)) newest = updated;
      sink.add(entity, designation.line);
    },
    finish(reportDate) {
      return sink.finish(reportDate ?? newest);
    },
  };
}

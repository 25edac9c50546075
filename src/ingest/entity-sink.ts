import type { ListEntity, ListName, ParseIssue, ParseOptions, ParseResult } from '../core/index.ts';

/**
 * Where a parser hands what it reads. It counts records, drops a repeated reference with a
 * `DUPLICATE_REFERENCE` issue (the first is kept), and either streams entities to
 * `options.onEntity` or keeps them, so every format reports the same way.
 */
export interface EntitySink {
  /** Problems found so far; parsers add their own issues here. */
  readonly issues: ParseIssue[];
  /** Records read so far, kept or skipped. */
  readonly recordCount: number;
  /** Whether an entity with this reference was kept. */
  has(reference: string): boolean;
  /** One record read: its entity, or undefined when it was skipped (an issue says why). */
  add(entity: ListEntity | undefined, line?: number): void;
  /** The parser's result; `published` is the file's publication date, YYYY-MM-DD. */
  finish(published?: string): ParseResult;
}

/** Creates the sink of one parse. */
export function createEntitySink(list: ListName, options: ParseOptions = {}): EntitySink {
  const entities: ListEntity[] = [];
  const issues: ParseIssue[] = [];
  const seen = new Set<string>();
  let recordCount = 0;
  let skippedCount = 0;
  return {
    issues,
    get recordCount() {
      return recordCount;
    },
    has: (reference) => seen.has(reference),
    add(entity, line) {
      recordCount += 1;
      if (entity === undefined) {
        skippedCount += 1;
        return;
      }
      if (seen.has(entity.reference)) {
        skippedCount += 1;
        issues.push({
          level: 'error',
          code: 'DUPLICATE_REFERENCE',
          message: `Reference ${entity.reference} appears more than once; the first record was kept.`,
          record: entity.reference,
          ...(line === undefined ? {} : { line }),
        });
        return;
      }
      seen.add(entity.reference);
      if (options.onEntity) options.onEntity(entity);
      else entities.push(entity);
    },
    finish(published) {
      return {
        entities,
        issues,
        meta: {
          list,
          recordCount,
          skippedCount,
          ...(published === undefined ? {} : { published }),
        },
      };
    },
  };
}

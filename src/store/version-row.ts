import type { ListFormat, ParseIssue, Schema } from '../core/index.ts';
import type { StoredVersion } from './store.ts';

/**
 * A `list_versions` row joined with whether it is active, with its JSON columns parsed. Both
 * backends share the table layout, this SELECT and the mapping; only value decoding differs.
 */
export interface VersionRow {
  /** The row id: an integer in SQLite, a bigint string from node-postgres. */
  id: number | string;
  list: string;
  version: number;
  sha256: string;
  published: string | null;
  imported_at: string;
  format: string;
  file_name: string;
  entity_count: number;
  counts_json: Partial<Record<Schema, number>>;
  record_count: number;
  skipped_count: number;
  issues_json: ParseIssue[];
  active: boolean;
}

/** The SELECT every version query starts from. */
export const VERSION_SELECT = `SELECT v.*, (a.version_id IS NOT NULL) AS active
  FROM list_versions v LEFT JOIN active_versions a ON a.version_id = v.id`;

/** Turns a version row into the store's StoredVersion. */
export function toVersion(row: VersionRow): StoredVersion {
  const version: StoredVersion = {
    list: row.list,
    version: row.version,
    sha256: row.sha256,
    importedAt: row.imported_at,
    format: row.format as ListFormat,
    fileName: row.file_name,
    entityCount: row.entity_count,
    countsBySchema: row.counts_json,
    recordCount: row.record_count,
    skippedCount: row.skipped_count,
    issues: row.issues_json,
    active: row.active,
  };
  if (row.published !== null) version.published = row.published;
  return version;
}

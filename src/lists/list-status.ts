import type { Schema } from '../core/index.ts';
import type { Store } from '../store/index.ts';

/** One loaded list as `sift lists status --json` and `GET /lists` report it. */
export interface ListStatus {
  list: string;
  version: number;
  published: string | null;
  importedAt: string;
  format: string;
  fileName: string;
  sha256: string;
  entityCount: number;
  countsBySchema: Partial<Record<Schema, number>>;
  skippedCount: number;
  issueCount: number;
  /** How many versions of the list the store keeps. */
  versions: number;
}

/** The active version of each list, with its counts. */
export async function listStatuses(store: Store): Promise<ListStatus[]> {
  const [active, all] = await Promise.all([store.activeVersions(), store.listVersions()]);
  return active.map((v) => ({
    list: v.list,
    version: v.version,
    published: v.published ?? null,
    importedAt: v.importedAt,
    format: v.format,
    fileName: v.fileName,
    sha256: v.sha256,
    entityCount: v.entityCount,
    countsBySchema: v.countsBySchema,
    skippedCount: v.skippedCount,
    issueCount: v.issues.length,
    versions: all.filter((o) => o.list === v.list).length,
  }));
}

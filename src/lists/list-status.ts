import type { Schema } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { listStaleness } from './list-staleness.ts';

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
  /** True when the list's newest version is older than the configured age (staleAfter). */
  stale: boolean;
  /** Why the list is stale, for people; only when it is. */
  staleWarning?: string;
}

/**
 * The active version of each list, with its counts and whether the list is stale (its newest
 * version older than `staleAfterMs`; 0 never).
 */
export async function listStatuses(store: Store, staleAfterMs = 0): Promise<ListStatus[]> {
  const [active, all] = await Promise.all([store.activeVersions(), store.listVersions()]);
  const staleness = listStaleness(all, staleAfterMs);
  return active.map((v) => {
    const age = staleness.find((s) => s.list === v.list);
    return {
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
      stale: age?.stale ?? false,
      ...(age?.warning === undefined ? {} : { staleWarning: age.warning }),
    };
  });
}

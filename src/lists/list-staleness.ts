import type { StoredVersion } from '../store/index.ts';

/** How old a list's newest version is, and whether that is past the configured age. */
export interface ListStaleness {
  list: string;
  /** Import time of the list's newest version (ISO). */
  newestImportedAt: string;
  /** Whole hours since then. */
  ageHours: number;
  stale: boolean;
  /** A sentence for people, set only when stale. */
  warning?: string;
}

const HOUR_MS = 3_600_000;

/**
 * The staleness of each list: its newest version (by import time, active or not) older than
 * `staleAfterMs` is stale; 0 turns the check off. Import time rather than publication date,
 * because many files carry no date and a list that was fetched recently is as current as Sift
 * can make it.
 */
export function listStaleness(
  versions: readonly Pick<StoredVersion, 'list' | 'importedAt'>[],
  staleAfterMs: number,
  now: Date = new Date(),
): ListStaleness[] {
  const newest = new Map<string, string>();
  for (const { list, importedAt } of versions) {
    const known = newest.get(list);
    if (known === undefined || importedAt > known) newest.set(list, importedAt);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([list, importedAt]) => {
      const ageMs = Math.max(0, now.getTime() - Date.parse(importedAt));
      const ageHours = Math.floor(ageMs / HOUR_MS);
      const stale = staleAfterMs > 0 && ageMs > staleAfterMs;
      return {
        list,
        newestImportedAt: importedAt,
        ageHours,
        stale,
        ...(stale
          ? {
              warning: `${list}: the newest version was imported ${describeAge(ageMs)} ago, over the ${describeAge(staleAfterMs)} limit; run \`sift lists update ${list}\` or check the scheduled update.`,
            }
          : {}),
      };
    });
}

/** An age in days when two days or more, else in hours, minutes or seconds likewise. */
function describeAge(ms: number): string {
  if (ms >= 2 * 86_400_000) return `${Math.floor(ms / 86_400_000)} days`;
  if (ms >= 2 * HOUR_MS) return `${Math.floor(ms / HOUR_MS)} hours`;
  if (ms >= 120_000) return `${Math.floor(ms / 60_000)} minutes`;
  return `${Math.floor(ms / 1000)} seconds`;
}

import { AppError, type ListName } from '../core/index.ts';
import { diffEntities, type ListDiff, type StoredVersion, type Store } from '../store/index.ts';

/** A diff together with the two versions it compares. */
export interface ListDiffReport {
  list: ListName;
  from: StoredVersion;
  to: StoredVersion;
  diff: ListDiff;
}

/**
 * Compares two versions of a list. By default `to` is the active version and `from` the one
 * before it.
 */
export async function diffList(
  store: Store,
  list: ListName,
  options: { from?: number; to?: number } = {},
): Promise<ListDiffReport> {
  const versions = await store.listVersions(list);
  if (versions.length === 0)
    throw new AppError('LIST_UNKNOWN', `No list "${list}" has been imported.`);
  const active = versions.find((v) => v.active) ?? versions.at(-1)!;
  const toNumber = options.to ?? active.version;
  const fromNumber = options.from ?? toNumber - 1;
  const to = versions.find((v) => v.version === toNumber);
  const from = versions.find((v) => v.version === fromNumber);
  const known = versions.map((v) => v.version).join(', ');
  if (to === undefined)
    throw new AppError(
      'VERSION_UNKNOWN',
      `List ${list} has no version ${toNumber} (it has ${known}).`,
    );
  if (from === undefined) {
    throw new AppError(
      'VERSION_UNKNOWN',
      fromNumber < 1
        ? `List ${list} has only one version; import another to compare (it has ${known}).`
        : `List ${list} has no version ${fromNumber} (it has ${known}).`,
    );
  }
  const [before, after] = await Promise.all([
    store.loadEntities(list, from.version),
    store.loadEntities(list, to.version),
  ]);
  return { list, from, to, diff: diffEntities(before, after) };
}

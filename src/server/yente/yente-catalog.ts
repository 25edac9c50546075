import { listStaleness, type App, type StoredVersion } from '../../app/index.ts';
import type { CatalogAnswer, CatalogDataset } from '../api-types.ts';
import { COLLECTIONS, resolveDataset, yenteSource } from './yente-datasets.ts';
import { yenteDateTime } from './yente-entity.ts';

/**
 * A list version as a yente version string: the import time to the second, then Sift's version
 * number (`20261205180718-v3`), so versions sort in time order as yente's do.
 */
export function versionString(version: Pick<StoredVersion, 'importedAt' | 'version'>): string {
  return `${version.importedAt.slice(0, 19).replace(/\D/g, '')}-v${version.version}`;
}

/**
 * GET /catalog in yente's shape. `version` is the store's active version of each list,
 * `index_version` the version the screening index was built from: they differ when another
 * process imported a list since, and the dataset is then `outdated`.
 */
export async function catalogResponse(app: App): Promise<CatalogAnswer> {
  const [index, all] = await Promise.all([app.screening.index(), app.lists.versions()]);
  const staleness = listStaleness(all, app.config.staleAfterMs);
  const active = all.filter((v) => v.active);
  const loaded = index.lists.map((l) => l.list);
  const lists = [...new Set([...active.map((v) => v.list), ...loaded])].sort();
  const current: string[] = [];
  const outdated: string[] = [];
  const sources = lists.map((list): CatalogDataset & { version: string | null } => {
    const source = yenteSource(list);
    const stored = active.find((v) => v.list === list);
    const indexed = index.lists.find((l) => l.list === list);
    const indexedVersion = all.find((v) => v.list === list && v.version === indexed?.version);
    const version = stored === undefined ? null : versionString(stored);
    const indexVersion = indexedVersion === undefined ? null : versionString(indexedVersion);
    const indexCurrent = version !== null && version === indexVersion;
    const age = staleness.find((s) => s.list === list);
    if (indexCurrent) current.push(source.name);
    else if (indexVersion !== null) outdated.push(source.name);
    return {
      name: source.name,
      list,
      title: source.title,
      version,
      updated_at: yenteDateTime(stored?.importedAt),
      last_export: yenteDateTime(stored?.importedAt),
      published: stored?.published ?? null,
      entity_count: stored?.entityCount ?? 0,
      children: [],
      load: true,
      index_version: indexVersion,
      index_current: indexCurrent,
      aliases: source.name === list ? [] : [list],
      stale: age?.stale ?? false,
      ...(age?.warning === undefined ? {} : { stale_warning: age.warning }),
      versions: all
        .filter((v) => v.list === list)
        .map((v) => ({
          version: versionString(v),
          number: v.version,
          published: v.published ?? null,
          imported_at: yenteDateTime(v.importedAt),
          sha256: v.sha256,
          active: v.active,
        })),
    };
  });
  const collections = Object.entries(COLLECTIONS).map(([name, title]) => {
    const members = (resolveDataset(name, lists) ?? []).map((l) => yenteSource(l).name);
    const versions = sources.filter((s) => members.includes(s.name));
    const latest = versions
      .map((s) => s.version)
      .filter((v) => v !== null)
      .sort()
      .at(-1);
    return {
      name,
      title,
      version: latest ?? null,
      updated_at:
        versions
          .map((s) => s.updated_at)
          .filter((v) => v !== null)
          .sort()
          .at(-1) ?? null,
      entity_count: versions.reduce((sum, s) => sum + s.entity_count, 0),
      children: members,
      load: false,
      index_version: null,
      index_current: false,
    };
  });
  return {
    datasets: [...sources, ...collections],
    current,
    outdated,
    index_stale: outdated.length > 0,
  };
}

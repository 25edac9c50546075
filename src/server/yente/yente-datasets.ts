/** A source list as yente's catalog names it. */
export interface YenteSource {
  /** Sift's list name: `un`, `ofac`, `eu`, `uk` or an imported list's own name. */
  list: string;
  /** The OpenSanctions dataset name for the same source, or the list name for other lists. */
  name: string;
  title: string;
  /** Whether the source is a sanctions list (part of the `sanctions` collection). */
  sanctions: boolean;
}

/** The OpenSanctions names of the four official sources, so a client's dataset names carry over. */
const KNOWN_SOURCES: Readonly<Record<string, Omit<YenteSource, 'list'>>> = {
  un: {
    name: 'un_sc_sanctions',
    title: 'UN Security Council Consolidated List',
    sanctions: true,
  },
  ofac: {
    name: 'us_ofac_sdn',
    title: 'US OFAC Specially Designated Nationals (SDN) List',
    sanctions: true,
  },
  eu: { name: 'eu_fsf', title: 'EU Financial Sanctions Files (FSF)', sanctions: true },
  uk: { name: 'gb_fcdo_sanctions', title: 'UK FCDO Sanctions List', sanctions: true },
};

/** The collections yente serves: every sanctions source, and everything loaded. */
export const COLLECTIONS = {
  sanctions: 'Consolidated Sanctions',
  default: 'Default collection (every loaded list)',
} as const;

/** The yente name and title of a loaded list. */
export function yenteSource(list: string): YenteSource {
  const known = KNOWN_SOURCES[list];
  return known === undefined
    ? { list, name: list, title: list, sanctions: false }
    : { list, ...known };
}

/** The yente dataset name of a list (`un` → `un_sc_sanctions`). */
export function datasetName(list: string): string {
  return yenteSource(list).name;
}

/**
 * The loaded lists a dataset name stands for: a source's OpenSanctions name or Sift's short name
 * (`un_sc_sanctions` or `un`), or a collection (`sanctions`, `default`); undefined when unknown.
 */
export function resolveDataset(name: string, loaded: readonly string[]): string[] | undefined {
  if (name === 'default') return [...loaded];
  if (name === 'sanctions') return loaded.filter((list) => yenteSource(list).sanctions);
  const list = loaded.find((l) => l === name || yenteSource(l).name === name);
  return list === undefined ? undefined : [list];
}

/**
 * The lists several dataset names stand for together; names that are unknown are returned apart,
 * so a caller can refuse them rather than ignore them.
 */
export function resolveDatasets(
  names: readonly string[],
  loaded: readonly string[],
): { lists: string[]; unknown: string[] } {
  const lists = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const resolved = resolveDataset(name, loaded);
    if (resolved === undefined) unknown.push(name);
    else for (const list of resolved) lists.add(list);
  }
  return { lists: [...lists], unknown };
}

/** The title of a source by its dataset name (`un_sc_sanctions`), or the name itself. */
export function datasetTitle(name: string): string {
  const list = Object.keys(KNOWN_SOURCES).find((l) => KNOWN_SOURCES[l]?.name === name);
  return list === undefined ? name : yenteSource(list).title;
}

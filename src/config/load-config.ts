import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/index.ts';

/** Official download addresses of the lists, overridable per list for mirrors and tests. */
export const OFFICIAL_LIST_URLS: Readonly<Record<string, string>> = {
  un: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
  ofac: 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV',
  eu: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
  uk: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml',
};

/** Sift's settings, read once at start and frozen. */
export interface Config {
  /** Path of the SQLite store file. */
  dbPath: string;
  /** The gzip-compressed UN list imported into an empty store. */
  bundledListPath: string;
  /** Where `sift lists update` downloads each list from. */
  listUrls: Readonly<Record<string, string>>;
  /** Timeout of one list download. */
  downloadTimeoutMs: number;
}

/** Flags that override the environment. */
export interface ConfigFlags {
  db?: string;
}

/** The default store path: $SIFT_DB, else $XDG_DATA_HOME/sift/sift.db, else ~/.local/share/sift/sift.db. */
function defaultDbPath(env: NodeJS.ProcessEnv): string {
  const dataHome = env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(dataHome, 'sift', 'sift.db');
}

/** Builds the frozen Config from flags and environment variables; the only reader of process.env. */
export function loadConfig(
  flags: ConfigFlags = {},
  env: NodeJS.ProcessEnv = process.env,
): Readonly<Config> {
  const listUrls: Record<string, string> = { ...OFFICIAL_LIST_URLS };
  for (const list of Object.keys(OFFICIAL_LIST_URLS)) {
    const override = env[`SIFT_LIST_URL_${list.toUpperCase()}`];
    if (override !== undefined && override !== '') listUrls[list] = override;
  }
  const timeout =
    env.SIFT_DOWNLOAD_TIMEOUT_MS === undefined ? 60_000 : Number(env.SIFT_DOWNLOAD_TIMEOUT_MS);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new AppError(
      'CONFIG_INVALID',
      'SIFT_DOWNLOAD_TIMEOUT_MS must be a positive number of milliseconds.',
    );
  }
  const dbPath =
    flags.db ??
    (env.SIFT_DB !== undefined && env.SIFT_DB !== '' ? env.SIFT_DB : defaultDbPath(env));
  return Object.freeze({
    dbPath,
    bundledListPath: fileURLToPath(
      new URL('../../data/lists/un_consolidated_2026-02-27.xml.gz', import.meta.url),
    ),
    listUrls: Object.freeze(listUrls),
    downloadTimeoutMs: timeout,
  });
}

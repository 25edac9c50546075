import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { importListFile } from '../../src/app/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

/** A yente entity as clients read it. */
export interface EntityBody {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, unknown[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** One scored result of /match. */
export interface ResultBody extends EntityBody {
  score: number;
  match: boolean;
  explanations: Record<string, { score: number; detail: string | null }>;
}

/** One query's answer in /match. */
export interface MatchesBody {
  status: number;
  results: ResultBody[];
  total: { value: number; relation: string };
  query: { id: string | null; schema: string; properties: Record<string, string[]> };
}

/** The answer of /match. */
export interface MatchBody {
  responses: Record<string, MatchesBody>;
  limit: number;
}

/** A test server over the bundled UN list, the EU sample and an FtM list imported twice. */
export interface ContractServer extends TestServer {
  /** POSTs a /match request and returns the response. */
  match(url: string, queries: Record<string, unknown>): Promise<LightMyRequestResponse>;
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
}

const FTM_SAMPLE = new URL('../fixtures/ftm/sample.ftm.json', import.meta.url);
const EU_SAMPLE = new URL('../fixtures/eu/eu-fsf-sample.xml', import.meta.url);

/**
 * Starts the server and loads three lists: UN (bundled), the EU sample (`eu_fsf`), and an FtM list
 * `testlist` imported twice, a second apart, with one person changed in the second version, so
 * the version history has something to date.
 */
export async function startContractServer(): Promise<ContractServer> {
  // The server does not follow the store here: the tests import lists behind its back and read
  // /catalog's 'outdated' before a poll could pick them up (the store following has its own tests).
  const t = await startTestServer({ SIFT_FOLLOW_STORE_MS: '0' });
  await importListFile(t.app.store, EU_SAMPLE.pathname, {});
  await importListFile(t.app.store, FTM_SAMPLE.pathname, { list: 'testlist', format: 'ftm-json' });
  // Versions are dated to the second in yente's answers: the second import is a second later.
  await sleep(1100);
  const changed = readFileSync(FTM_SAMPLE, 'utf8').replace(
    '"Synthetic test person."',
    '"Synthetic test person, amended."',
  );
  const second = join(t.dir, 'sample-v2.ftm.json');
  writeFileSync(second, changed);
  await importListFile(t.app.store, second, { list: 'testlist', format: 'ftm-json' });
  t.app.screening.invalidate();
  await t.app.screening.index();
  return {
    ...t,
    inject: (options) => t.server.inject(options),
    match: (url, queries) => t.server.inject({ method: 'POST', url, payload: { queries } }),
  };
}

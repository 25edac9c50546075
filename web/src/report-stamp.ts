// Every report an analyst files must say when it was made, against which list versions, by which
// engine, and where the audit trail recorded it; the page gathers that once per analysis.
import { callApi } from './api-client.ts';
import type { ListVersion } from './api-types.ts';

/** The facts a report is stamped with. */
export interface ReportStamp {
  /** ISO time the analysis was made. */
  at: string;
  lists: ListVersion[];
  /** Sift's version and its matching engine, e.g. "Sift 0.1.0, sift-match-3". */
  engine: string;
  /** The audit records of the analysis, when the page could read the trail. */
  audit?: { first: number; last: number; count: number };
}

let software: Promise<string> | undefined;

/** Sift's version from its OpenAPI document and the matching engine's name. */
function softwareVersion(): Promise<string> {
  software ??= Promise.all([
    callApi<{ info?: { version?: string } }>('/openapi.json').catch(() => null),
    callApi<{ algorithms?: { name: string }[] }>('/algorithms').catch(() => null),
  ]).then(([api, algorithms]) =>
    [
      api?.info?.version === undefined ? 'Sift' : `Sift ${api.info.version}`,
      algorithms?.algorithms?.[0]?.name,
    ]
      .filter((x) => x !== undefined)
      .join(', '),
  );
  return software;
}

/** The stamp of work done at `at`: the active list versions (GET /readyz) and the engine. */
export async function makeStamp(at: string): Promise<ReportStamp> {
  const [ready, engine] = await Promise.all([
    callApi<{ lists?: ListVersion[] }>('/readyz').catch(() => null),
    softwareVersion(),
  ]);
  return { at, lists: ready?.lists ?? [], engine };
}

/** The stamp as one line, e.g. "Made 2026-12-05 20:50 UTC · Lists: UN v1 (2026-02-27) · …". */
export function stampLine(stamp: ReportStamp): string {
  const lists = stamp.lists
    .map(
      (l) =>
        `${l.list.toUpperCase()} v${l.version}${l.published === null ? '' : ` (${l.published})`}`,
    )
    .join(', ');
  const audit =
    stamp.audit === undefined
      ? 'audit records: not readable with this key'
      : stamp.audit.count === 0
        ? 'no audit record (no name was screened)'
        : `audit records #${stamp.audit.first}–#${stamp.audit.last} (${stamp.audit.count})`;
  return `Made ${stamp.at.slice(0, 19).replace('T', ' ')} UTC · Lists: ${lists || 'none'} · Engine: ${stamp.engine} · ${audit}`;
}

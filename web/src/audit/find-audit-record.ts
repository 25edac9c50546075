// The screening answer does not carry its audit record's number (the record is chained after the
// answer is computed), so the page looks it up: the newest record of this kind, since the request
// started, whose input and results are the ones just shown. Reading the trail needs an admin key
// (or none, on a key-less loopback server); without one the link is simply not offered.
import { callApi } from '../api-client.ts';
import type { AuditRecord } from '../api-types.ts';
import { routeHash } from '../router.ts';

/** The audit records of one kind made at or after `since`, or undefined when the trail is unreadable. */
export async function auditRecordsSince(
  kind: string,
  since: Date,
): Promise<AuditRecord[] | undefined> {
  // A second of slack for clocks that round; the caller's match on input and results does the rest.
  const from = new Date(since.getTime() - 1000).toISOString();
  try {
    const { records } = await callApi<{ records: AuditRecord[] }>(
      `/audit?${new URLSearchParams({ kind, from, limit: '1000' }).toString()}`,
    );
    return records;
  } catch {
    return undefined;
  }
}

/** Finds the audit record of a request made at or after `since`, or undefined. */
export async function findAuditRecord(
  kind: string,
  since: Date,
  matches: (record: AuditRecord) => boolean,
): Promise<AuditRecord | undefined> {
  return (await auditRecordsSince(kind, since))?.find(matches);
}

/** The Audit page's address showing the records of a time window, one record picked out. */
export function auditHash(options: {
  kind: string;
  from: string;
  to?: string;
  seq?: number;
}): string {
  return routeHash('audit', '', {
    kind: options.kind,
    from: options.from,
    to: options.to ?? '',
    seq: options.seq === undefined ? '' : String(options.seq),
  });
}

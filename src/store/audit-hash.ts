import { createHash, createHmac } from 'node:crypto';
import type { AuditEntry, AuditRecord } from './audit-log.ts';

/** The hash of the chain's start, before any record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The SHA-256 of a record's content and the previous record's hash, over a canonical JSON form
 * (keys sorted), so that any edit, insertion or deletion breaks the chain from that point. This is
 * the scheme of records written before the chain was keyed; anyone can recompute it.
 */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(record.prevHash).update(canonicalJson(record)).digest('hex');
}

/**
 * The HMAC-SHA256, under the audit key, of the same content as {@link hashAuditRecord}: without
 * the key (kept outside the store) nobody can rewrite a record and compute a hash that verifies.
 */
export function keyedHashAuditRecord(record: Omit<AuditRecord, 'hash'>, key: Buffer): string {
  return createHmac('sha256', key)
    .update(record.prevHash)
    .update(canonicalJson(record))
    .digest('hex');
}

/**
 * Links entries onto the chain after `tail`, all stamped `at`: numbered on from the tail, each
 * with the hash before it. `keyedHash` (the audit anchor's) marks them keyed; without it they are
 * hashed by the open scheme. Both stores write what this returns, so the chain rule lives here.
 */
export function chainAuditRecords(
  entries: readonly AuditEntry[],
  tail: { seq: number; hash: string },
  at: string,
  keyedHash?: (record: Omit<AuditRecord, 'hash'>) => string,
): AuditRecord[] {
  let { seq, hash: prevHash } = tail;
  return entries.map((entry) => {
    seq += 1;
    const unhashed: Omit<AuditRecord, 'hash'> = {
      ...entry,
      seq,
      at,
      prevHash,
      ...(keyedHash === undefined ? {} : { keyed: true as const }),
    };
    const hash = keyedHash === undefined ? hashAuditRecord(unhashed) : keyedHash(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
}

/** JSON with object keys sorted and undefined members left out, so equal content hashes equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

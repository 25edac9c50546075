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

/**
 * JSON with object keys sorted and undefined members left out, so equal content hashes equal.
 * Written as loops over sorted keys: every audit append hashes its records with it, and the form
 * with entries, filter, map and join cost about five times JSON.stringify per record.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as comparing the keys with < does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

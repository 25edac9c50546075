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

/** Quoted keys with their colon, kept for the few names records use (bounded: any key may come). */
const quotedKeys = new Map<string, string>();
const QUOTED_KEYS_MAX = 1000;

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (quotedKeys.size < QUOTED_KEYS_MAX) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/**
 * JSON with object keys sorted and undefined members left out, so equal content hashes equal.
 * Written as loops over sorted keys, with primitives written without JSON.stringify where its
 * output is known (numbers, booleans) and quoted keys remembered: every audit append hashes its
 * records with it on the server's event loop (about 18 µs of CPU a /screen record with
 * JSON.stringify for every key and primitive, 11 µs now).
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // JSON.stringify writes a finite number as String does, and NaN or ±Infinity as null.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      return JSON.stringify(value);
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
    out += quotedKey(key);
    out += canonicalJson(member);
  }
  return `${out}}`;
}

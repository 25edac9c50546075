import type {
  AuditHead,
  AuditLog,
  AuditRange,
  AuditRecord,
  AuditVerification,
} from '../store/index.ts';

/** The audit trail as the doors read it: verify the chain, read records, name its head. */
export interface AuditService {
  /** Recomputes every hash and link of the chain (and checks it against `head` when given). */
  verify(options?: { head?: AuditHead }): Promise<AuditVerification>;
  /** Records in a time range, as the store's `range` reads them. */
  range(options: AuditRange): Promise<AuditRecord[]>;
  /** The end of the whole chain: its record count and last hash (zeros when empty). */
  head(): Promise<AuditHead>;
}

/** Creates the audit service over a store's audit log. */
export function createAuditService(audit: AuditLog): AuditService {
  return {
    verify: (options = {}) => audit.verify(options),
    range: (options) => audit.range(options),
    head: async () => {
      const [last] = await audit.range({ newestFirst: true, limit: 1 });
      return { count: last?.seq ?? 0, hash: last?.hash ?? '0'.repeat(64) };
    },
  };
}

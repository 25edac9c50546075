/** What a caller records about one screening. */
export interface AuditEntry {
  /** `cli`, or the API key id that made the request. */
  caller: string;
  /** `screen` (one name), `batch-row`, `match` (yente-compatible API), `analyze` (an article). */
  kind: string;
  /** The input as normalised by the engine. */
  input: unknown;
  /** The list versions screened against. */
  lists: { list: string; version: number; published: string | null }[];
  /** Engine version and a hash of its settings. */
  engine: string;
  settingsHash: string;
  /** Hits: ids, scores and match flags. */
  results: { entityId: string; score: number; match: boolean }[];
}

/** One stored audit record, chained to the one before by its hash. */
export interface AuditRecord extends AuditEntry {
  seq: number;
  /** ISO timestamp. */
  at: string;
  prevHash: string;
  hash: string;
}

/** Which audit records to read. */
export interface AuditRange {
  from?: string;
  to?: string;
  limit?: number;
  newestFirst?: boolean;
  caller?: string;
  kind?: string;
}

/** The outcome of checking the chain. */
export interface AuditVerification {
  ok: boolean;
  records: number;
  /** The first record whose hash or link does not hold, with the reason. */
  brokenAt?: { seq: number; reason: string };
}

/** The append-only, hash-chained audit trail. */
export interface AuditLog {
  /** Appends records durably (committed before it resolves), in order, one chain link each. */
  append(entries: readonly AuditEntry[]): Promise<AuditRecord[]>;
  /** Records in a time range (`to` exclusive), oldest first unless `newestFirst`, optionally of one caller or kind. */
  range(options: AuditRange): Promise<AuditRecord[]>;
  /** Recomputes every hash and link. */
  verify(): Promise<AuditVerification>;
}

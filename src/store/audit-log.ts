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
  /**
   * True when `hash` is an HMAC under the audit key; absent on records written before the chain
   * was keyed, whose `hash` is a plain SHA-256.
   */
  keyed?: true;
}

/** The end of the chain: how many records it holds and the last one's hash. */
export interface AuditHead {
  count: number;
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
  /** Records checked (up to and including the broken one). */
  records: number;
  /** How many of them are keyed (HMAC); the others predate keying and use plain SHA-256. */
  keyed: number;
  /** Checkpoints read from the checkpoint file and checked against the chain. */
  checkpoints: number;
  /** The chain's end as verified, to keep outside the store (`sift audit verify --head`). */
  head: AuditHead;
  /** The first record whose hash or link does not hold, with the reason. */
  brokenAt?: { seq: number; reason: string };
}

/** The append-only, hash-chained audit trail. */
export interface AuditLog {
  /** Appends records durably (committed before it resolves), in order, one chain link each. */
  append(entries: readonly AuditEntry[]): Promise<AuditRecord[]>;
  /** Records in a time range (`to` exclusive), oldest first unless `newestFirst`, optionally of one caller or kind. */
  range(options: AuditRange): Promise<AuditRecord[]>;
  /**
   * Recomputes every hash and link, checks the chain against the checkpoint file and, when given,
   * a head kept elsewhere. Reads in pages and yields to the event loop between them.
   */
  verify(options?: { head?: AuditHead }): Promise<AuditVerification>;
}

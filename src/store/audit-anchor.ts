import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../core/index.ts';
import { canonicalJson, keyedHashAuditRecord } from './audit-hash.ts';
import type { AuditHead, AuditRecord } from './audit-log.ts';

/** Where the audit chain is anchored outside the store, as the app hands it to a backend. */
export interface AuditAnchorOptions {
  /** The secret HMAC key (32 bytes), read from a file beside the API keys file. */
  key: Buffer;
  /** True when the key was created by this start: the chain becomes keyed from here on. */
  keyIsNew: boolean;
  /** The append-only checkpoint file beside the store. */
  checkpointsPath: string;
  /** A checkpoint is written each time the chain passes a multiple of this; default 1000. */
  checkpointEvery?: number;
}

/** One line of the checkpoint file. */
export interface AuditCheckpoint extends AuditHead {
  at: string;
  /** On the line written when the chain became keyed: how many older, unkeyed records it had. */
  legacy?: number;
}

/** The checkpoint file as read back: its valid lines, or the first line that does not verify. */
export interface CheckpointRead {
  missing: boolean;
  checkpoints: AuditCheckpoint[];
  altered?: { line: number; reason: string };
}

/**
 * The chain's anchor outside the store: the HMAC key and a checkpoint file. Checkpoints (record
 * count, head hash, time) are HMAC'd and appended with fsync; since neither the key nor the file
 * lives in the database, someone who can rewrite the database alone can neither recompute keyed
 * hashes nor make a cut or replaced chain agree with the checkpoints.
 */
export class AuditAnchor {
  readonly checkpointsPath: string;
  readonly checkpointEvery: number;
  private readonly key: Buffer;
  private readonly keyIsNew: boolean;

  constructor(options: AuditAnchorOptions) {
    this.key = options.key;
    this.keyIsNew = options.keyIsNew;
    this.checkpointsPath = options.checkpointsPath;
    this.checkpointEvery = options.checkpointEvery ?? 1000;
  }

  /** The keyed hash of a record. */
  hash(record: Omit<AuditRecord, 'hash'>): string {
    return keyedHashAuditRecord(record, this.key);
  }

  /**
   * Starts the checkpoint file when there is none and it is safe to: when the key was just
   * created (the records already there become the unkeyed prefix) or the chain is empty. A file
   * missing under an older key is left missing, for verify to report.
   */
  adopt(head: AuditHead): void {
    if (existsSync(this.checkpointsPath)) return;
    if (!this.keyIsNew && head.count > 0) return;
    this.append({ ...head, at: new Date().toISOString(), legacy: head.count });
  }

  /** Appends a checkpoint of `head`, durably. */
  checkpoint(head: AuditHead): void {
    this.append({ ...head, at: new Date().toISOString() });
  }

  /** Reads the checkpoint file back, checking each line's HMAC. */
  read(): CheckpointRead {
    if (!existsSync(this.checkpointsPath)) return { missing: true, checkpoints: [] };
    const lines = readFileSync(this.checkpointsPath, 'utf8').split('\n');
    const checkpoints: AuditCheckpoint[] = [];
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      // A crash can leave the last line half written; only a last line is forgiven that.
      const last = index >= lines.length - 2;
      let parsed: (AuditCheckpoint & { mac?: unknown }) | undefined;
      try {
        parsed = JSON.parse(line) as AuditCheckpoint & { mac?: unknown };
      } catch {
        if (last && !line.endsWith('}')) continue;
      }
      const { mac, ...checkpoint } = parsed ?? {};
      if (typeof mac !== 'string' || !this.macMatches(checkpoint, mac)) {
        return {
          missing: false,
          checkpoints,
          altered: { line: index + 1, reason: 'its HMAC does not match' },
        };
      }
      checkpoints.push(checkpoint as AuditCheckpoint);
    }
    return { missing: false, checkpoints };
  }

  private mac(checkpoint: object): string {
    return createHmac('sha256', this.key).update(canonicalJson(checkpoint)).digest('hex');
  }

  private macMatches(checkpoint: object, mac: string): boolean {
    const expected = Buffer.from(this.mac(checkpoint), 'hex');
    const given = Buffer.from(mac, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private append(checkpoint: AuditCheckpoint): void {
    const line = `${JSON.stringify({ ...checkpoint, mac: this.mac(checkpoint) })}\n`;
    try {
      mkdirSync(dirname(this.checkpointsPath), { recursive: true });
      // O_APPEND: lines from several processes sharing the store never overwrite each other.
      const fd = openSync(this.checkpointsPath, 'a', 0o600);
      try {
        writeSync(fd, line);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new AppError(
        'STORE_UNAVAILABLE',
        `The audit checkpoint file could not be written (${(error as NodeJS.ErrnoException).code ?? 'I/O error'}).`,
        { cause: error },
      );
    }
  }
}

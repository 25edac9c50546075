import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../core/index.ts';

/** The audit chain's HMAC key, and whether this call created it. */
export interface AuditKey {
  key: Buffer;
  keyIsNew: boolean;
}

/**
 * Reads the audit HMAC key from `file`, creating it (256 random bits, hex, mode 0600) on first
 * use. It lives beside the API keys file, never in the store: whoever can only rewrite the
 * database cannot forge keyed hashes or checkpoints.
 */
export function loadAuditKey(file: string): AuditKey {
  try {
    return { key: readKey(file), keyIsNew: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw keyError(error);
  }
  // The key is written whole to a file of this process's own, then linked into place: when two
  // processes start at once, one link wins and the other reads the winner's key, and no reader
  // ever sees a created but not yet written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    linkSync(draft, file);
    return { key: readKey(file), keyIsNew: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return { key: readKey(file), keyIsNew: false };
    throw keyError(error);
  } finally {
    rmSync(draft, { force: true });
  }
}

function readKey(file: string): Buffer {
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new AppError('CONFIG_INVALID', 'The audit key file does not hold a 64-digit hex key.');
  }
  return Buffer.from(text, 'hex');
}

function keyError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'CONFIG_INVALID',
    `The audit key file cannot be read or created (${(error as NodeJS.ErrnoException).code ?? String(error)}); check SIFT_AUDIT_KEY_FILE.`,
    { cause: error },
  );
}

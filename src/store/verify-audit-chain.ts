import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { AuditAnchor, AuditCheckpoint } from './audit-anchor.ts';
import { GENESIS_HASH, hashAuditRecord } from './audit-hash.ts';
import type { AuditHead, AuditRecord, AuditVerification } from './audit-log.ts';

/** Records read per page. */
export const VERIFY_PAGE_ROWS = 1000;

/** The longest the check runs before it lets the event loop take a turn. */
const SLICE_MS = 15;

/** Reads up to `limit` records with `seq >= fromSeq`, in seq order. */
export type ReadAuditPage = (fromSeq: number, limit: number) => Promise<AuditRecord[]>;

/**
 * Checks an audit chain, the same way for every backend: each record's seq, link and hash (keyed
 * records by HMAC; unkeyed ones by SHA-256, and only as the prefix that predates keying); every
 * checkpoint (a record at its count with its head hash, and no checkpoint beyond the chain's end,
 * which is how a cut tail shows); and a head kept elsewhere, when given. Pages are read one at a
 * time, and the check yields to the event loop every few milliseconds, so a server stays
 * responsive during a verify.
 */
export async function verifyAuditChain(
  readPage: ReadAuditPage,
  anchor: AuditAnchor | undefined,
  expectedHead?: AuditHead,
): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let records = 0;
  let keyed = 0;
  const result = (brokenAt?: { seq: number; reason: string }): AuditVerification => ({
    ok: brokenAt === undefined,
    records,
    keyed,
    checkpoints: checkpoints.length,
    head: { count: records, hash: prevHash },
    ...(brokenAt === undefined ? {} : { brokenAt }),
  });

  const read = anchor?.read();
  const checkpoints: AuditCheckpoint[] = read?.checkpoints ?? [];
  if (read?.altered !== undefined) {
    return result({
      seq: 0,
      reason: `line ${read.altered.line} of the checkpoint file: ${read.altered.reason}`,
    });
  }
  // Records written before the chain was keyed are accepted unkeyed, and only those.
  const adopted = checkpoints.flatMap((c) => (c.legacy === undefined ? [] : [c.legacy]));
  const legacyLimit =
    anchor === undefined || read?.missing === true
      ? Infinity
      : adopted.length > 0
        ? Math.min(...adopted)
        : 0;
  const expected = new Map<number, { hash: string; what: string }[]>();
  const expect = (count: number, hash: string, what: string): void => {
    expected.set(count, [...(expected.get(count) ?? []), { hash, what }]);
  };
  for (const c of checkpoints) expect(c.count, c.hash, `the checkpoint of ${c.at}`);
  if (expectedHead !== undefined)
    expect(expectedHead.count, expectedHead.hash, 'the head you kept');

  let sliceStart = performance.now();
  for (;;) {
    const page = await readPage(records + 1, VERIFY_PAGE_ROWS);
    for (const record of page) {
      // Time-sliced rather than counted: a loaded machine hashes several times slower.
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      const seq = records + 1;
      records += 1;
      if (record.seq !== seq)
        return result({ seq: record.seq, reason: `record ${seq} is missing` });
      if (record.prevHash !== prevHash)
        return result({ seq, reason: 'its link to the previous record does not match' });
      const { hash, ...unhashed } = record;
      if (record.keyed === true) {
        if (anchor === undefined)
          return result({ seq, reason: 'it is keyed, and the audit key is not available' });
        if (anchor.hash(unhashed) !== hash)
          return result({ seq, reason: 'its content does not match its keyed hash' });
        keyed += 1;
      } else {
        if (seq > legacyLimit || keyed > 0)
          return result({
            seq,
            reason: 'it was written without the audit key after the chain was keyed',
          });
        if (hashAuditRecord(unhashed) !== hash)
          return result({ seq, reason: 'its content does not match its hash' });
      }
      prevHash = hash;
      for (const want of expected.get(seq) ?? []) {
        if (want.hash !== hash)
          return result({ seq, reason: `its hash differs from ${want.what}` });
      }
    }
    if (page.length < VERIFY_PAGE_ROWS) break;
    await yieldToEventLoop();
    sliceStart = performance.now();
  }

  if (read?.missing === true && records > 0) {
    return result({
      seq: records,
      reason: 'the audit checkpoint file is missing, so the chain cannot be checked against it',
    });
  }
  const furthest = Math.max(...expected.keys());
  if (furthest > records) {
    return result({
      seq: records + 1,
      reason: `the chain ends at record ${records}, but ${expected.get(furthest)![0]!.what} counted ${furthest}: records were cut from its end`,
    });
  }
  return result();
}

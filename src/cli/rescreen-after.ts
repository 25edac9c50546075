import type { App, DeltaSummary, StoredVersion } from '../app/index.ts';

/** Runs the delta re-screen of watched subjects after `list` was imported; undefined when none are watched. */
export async function rescreenAfter(
  app: App,
  list: string,
  activeBefore: readonly StoredVersion[],
): Promise<DeltaSummary | undefined> {
  const from = activeBefore.find((v) => v.list === list)?.version;
  // A large delta takes a while (about 30 s for 1,000,000 watched subjects): a terminal sees it move.
  const tty = process.stderr.isTTY;
  const delta = await app.monitoring.afterImport(
    list,
    from,
    'cli',
    tty ? (done, total) => process.stderr.write(`\rre-screened ${done} of ${total}`) : undefined,
  );
  if (tty && delta !== undefined && delta.screened + delta.errors.length > 0)
    process.stderr.write('\n');
  return delta;
}

/** The one-line summary `sift lists import` prints: "3 new alerts, 1 reopened, 2 delisted". */
export function formatDelta(delta: DeltaSummary): string {
  const errors = delta.errors.length === 0 ? '' : `, ${delta.errors.length} could not be screened`;
  return (
    `  subjects: ${delta.raised} new alerts, ${delta.reopened} reopened, ${delta.delisted} delisted ` +
    `(${delta.screened} of the watched subjects re-screened${errors}).`
  );
}

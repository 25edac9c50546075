import type { Hit, PairAlert } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { getEntity, type ScreeningIndex } from '../screening-index.ts';
import { changedFacts, entityFacts } from './entity-facts.ts';

/**
 * Where the pairs of a watched subject and these entities stand: the alert of each pair that has
 * one, with the decision in force. A cleared pair whose listed record (in `index`) or subject
 * changed since it was screened is reported open with the reason, as the next re-screen would
 * reopen it. Undefined when no watched subject has this id.
 */
export async function pairAlerts(
  store: Store,
  index: ScreeningIndex,
  subjectId: string,
  entityIds: readonly string[],
): Promise<Map<string, PairAlert> | undefined> {
  const [subject] = await store.monitoring.getSubjects([subjectId]);
  if (subject === undefined) return undefined;
  const wanted = new Set(entityIds);
  const pairs = new Map<string, PairAlert>();
  const alerts = (await store.monitoring.alertsOf([subjectId])).filter((a) =>
    wanted.has(a.entityId),
  );
  for (const alert of alerts) {
    const decisions = await store.monitoring.decisionsOf(alert.id);
    const latest = decisions.at(-1);
    const pair: PairAlert = { id: alert.id, status: alert.status };
    if (latest !== undefined) {
      pair.decision = {
        decision: latest.decision,
        note: latest.note,
        by: latest.by,
        at: latest.at,
      };
    }
    if (alert.reopenReason !== undefined) pair.reopenReason = alert.reopenReason;
    if (alert.delistedIn !== undefined) pair.delistedIn = alert.delistedIn;
    if (alert.status === 'cleared') {
      const reasons: string[] = [];
      const entity = getEntity(index, alert.entityId);
      const changed =
        entity === undefined ? [] : changedFacts(alert.entityFacts, entityFacts(entity));
      if (changed.length > 0)
        reasons.push(`${alert.entityId} changed since it was cleared (${changed.join(', ')})`);
      if (alert.subjectHash !== subject.hash) reasons.push(`subject ${subject.id} changed`);
      if (reasons.length > 0) {
        pair.status = 'open';
        pair.reopenReason = reasons.join('; ');
      }
    }
    pairs.set(alert.entityId, pair);
  }
  return pairs;
}

/** The hits with the alert of each pair that has one (see pairAlerts); other hits unchanged. */
export function withPairAlerts<T extends Pick<Hit, 'entityId'>>(
  hits: readonly T[],
  pairs: ReadonlyMap<string, PairAlert>,
): T[] {
  return hits.map((hit) => {
    const alert = pairs.get(hit.entityId);
    return alert === undefined ? hit : { ...hit, alert };
  });
}

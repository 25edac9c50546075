import type { Hit, ListEntity } from '../../core/index.ts';
import type { Alert, AlertWrite, StoredSubject } from '../../store/index.ts';
import { changedFacts, entityFacts } from './entity-facts.ts';

/** A hit at or above the threshold, with the listed record it was scored against. */
export interface SubjectHit {
  hit: Hit;
  entity: ListEntity;
  listVersion: number;
}

/** The alert writes of one subject's hits, and what they do. */
export interface AlertPlan {
  writes: AlertWrite[];
  raised: number;
  reopened: number;
}

/**
 * Turns a subject's hits into alert writes: a new pair is raised; an open or confirmed one is
 * brought up to date; a cleared one stays cleared unless the listed record's names, birth dates,
 * identifiers or nationalities changed since it was last screened, or the subject did, and then
 * it reopens with that reason.
 */
export function reconcileAlerts(
  subject: StoredSubject,
  hits: readonly SubjectHit[],
  existing: readonly Alert[],
): AlertPlan {
  const byEntity = new Map(existing.map((a) => [a.entityId, a] as const));
  const plan: AlertPlan = { writes: [], raised: 0, reopened: 0 };
  for (const { hit, entity, listVersion } of hits) {
    const facts = entityFacts(entity);
    const write: AlertWrite = {
      subjectId: subject.id,
      entityId: hit.entityId,
      list: hit.list,
      listVersion,
      score: hit.score,
      explanation: hit,
      entityFacts: facts,
      subjectHash: subject.hash,
    };
    const alert = byEntity.get(hit.entityId);
    if (alert === undefined) {
      plan.raised += 1;
    } else if (alert.status === 'cleared') {
      const reasons: string[] = [];
      const changed = changedFacts(alert.entityFacts, facts);
      if (changed.length > 0) {
        reasons.push(
          `${hit.entityId} changed in ${hit.list} version ${listVersion} (${changed.join(', ')})`,
        );
      }
      if (alert.subjectHash !== subject.hash) reasons.push(`subject ${subject.id} changed`);
      if (reasons.length > 0) {
        write.reopenReason = reasons.join('; ');
        plan.reopened += 1;
      }
    }
    plan.writes.push(write);
  }
  return plan;
}

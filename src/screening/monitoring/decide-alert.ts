import { AppError } from '../../core/index.ts';
import type { Alert, StoredDecision, Store } from '../../store/index.ts';
import { ALGORITHM_VERSION } from '../screening-index.ts';

/** A decision an analyst takes on an alert. */
export interface DecisionRequest {
  alertId: number;
  decision: 'cleared' | 'confirmed';
  note: string;
  /** Who decided: a name given on the command line, or the API key's id. */
  by: string;
  /** Who called (`cli` or the API key id), as the audit trail records callers. */
  caller: string;
}

/** Longest note kept with a decision. */
const MAX_NOTE_LENGTH = 2000;

/**
 * Records a decision: first as a record on the hash-chained audit trail, then in the store's
 * append-only decisions, which set the alert's status. Earlier decisions are never changed; a
 * newer one supersedes them.
 */
export async function decideAlert(
  store: Store,
  request: DecisionRequest,
  settingsHash: string,
): Promise<{ alert: Alert; decision: StoredDecision }> {
  const note = request.note.trim();
  if (note === '' || note.length > MAX_NOTE_LENGTH) {
    throw new AppError(
      'QUERY_INVALID',
      `A decision needs a note of 1 to ${MAX_NOTE_LENGTH} characters saying why.`,
    );
  }
  if (request.by.trim() === '') throw new AppError('QUERY_INVALID', 'Say who decided (--by).');
  const alert = await store.monitoring.getAlert(request.alertId);
  if (alert === undefined) {
    throw new AppError('NOT_FOUND', `No alert has the id ${request.alertId}.`, {
      details: { alertId: request.alertId },
    });
  }
  // The audit record comes first: a decision in the store always has its record on the chain.
  const [record] = await store.audit.append([
    {
      caller: request.caller,
      kind: 'decision',
      input: {
        alertId: alert.id,
        subjectId: alert.subjectId,
        entityId: alert.entityId,
        decision: request.decision,
        note,
        by: request.by.trim(),
        previousStatus: alert.status,
      },
      lists: [{ list: alert.list, version: alert.listVersion, published: null }],
      engine: ALGORITHM_VERSION,
      settingsHash,
      results: [
        { entityId: alert.entityId, score: alert.score, match: request.decision === 'confirmed' },
      ],
    },
  ]);
  const decision = await store.monitoring.appendDecision({
    alertId: alert.id,
    decision: request.decision,
    note,
    by: request.by.trim(),
    auditSeq: record!.seq,
  });
  const decided = await store.monitoring.getAlert(alert.id);
  return { alert: decided ?? { ...alert, status: request.decision }, decision };
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newEntity, type Hit, type ListEntity } from '../../core/index.ts';
import type { Alert, StoredSubject } from '../../store/index.ts';
import { entityFacts } from './entity-facts.ts';
import { reconcileAlerts } from './reconcile-alerts.ts';
import { entityTokenKeys, SINGLE_TOKEN_KEY, subjectKeys } from './subject-keys.ts';

function listed(birth: string): ListEntity {
  const entity = newEntity('un', 'QDi.006', 'Person', 'AIMAN AL-ZAWAHIRI');
  entity.names.push({ full: 'AIMAN AL-ZAWAHIRI', kind: 'primary' });
  entity.birthDates.push({ value: birth, precision: 'day' });
  return entity;
}

const subject: StoredSubject = {
  id: 'c1',
  names: ['Ayman al-Zawahiri'],
  identifiers: [],
  hash: 'h1',
  updatedAt: '',
};
const hit = { entityId: 'un:QDi.006', list: 'un', score: 0.97, match: true } as Hit;

function alert(status: Alert['status'], entity: ListEntity, subjectHash = 'h1'): Alert {
  return {
    id: 1,
    subjectId: 'c1',
    entityId: 'un:QDi.006',
    list: 'un',
    listVersion: 1,
    score: 0.97,
    explanation: hit,
    status,
    firstRaisedAt: '',
    updatedAt: '',
    entityFacts: entityFacts(entity),
    subjectHash,
  };
}

describe('reconcileAlerts', () => {
  it('raises a new pair and keeps a cleared one cleared while nothing changed', () => {
    const entity = listed('1951-06-19');
    const fresh = reconcileAlerts(subject, [{ hit, entity, listVersion: 1 }], []);
    assert.equal(fresh.raised, 1);
    const same = reconcileAlerts(
      subject,
      [{ hit, entity, listVersion: 2 }],
      [alert('cleared', entity)],
    );
    assert.equal(same.reopened, 0);
    assert.equal(same.writes[0]?.reopenReason, undefined);
  });

  it('reopens a cleared alert when the birth date changed, saying so', () => {
    const plan = reconcileAlerts(
      subject,
      [{ hit, entity: listed('1952-06-19'), listVersion: 2 }],
      [alert('cleared', listed('1951-06-19'))],
    );
    assert.equal(plan.reopened, 1);
    assert.equal(plan.writes[0]?.reopenReason, 'un:QDi.006 changed in un version 2 (birth dates)');
  });

  it('reopens a cleared alert when the subject changed, and never reopens a confirmed one', () => {
    const entity = listed('1951-06-19');
    const moved = reconcileAlerts(
      subject,
      [{ hit, entity, listVersion: 1 }],
      [alert('cleared', entity, 'h0')],
    );
    assert.equal(moved.writes[0]?.reopenReason, 'subject c1 changed');
    const confirmed = reconcileAlerts(
      subject,
      [{ hit, entity: listed('1960'), listVersion: 2 }],
      [alert('confirmed', entity, 'h0')],
    );
    assert.equal(confirmed.reopened, 0);
  });
});

describe('subject and entity keys', () => {
  it('files a subject under its tokens but not under particles, and marks single-token names', () => {
    const keys = subjectKeys({ id: 'c1', names: ['Ayman al-Zawahiri'], identifiers: [] });
    assert.ok(
      keys.some((k) => k.startsWith('k:') && k.includes('zawahiri')),
      keys.join(' '),
    );
    assert.ok(!keys.includes('k:al'));
    assert.ok(!keys.includes(SINGLE_TOKEN_KEY));
    const single = subjectKeys({ id: 'c2', names: ['Rosneft'], identifiers: ['IMO 9179834'] });
    assert.ok(single.includes(SINGLE_TOKEN_KEY));
    assert.ok(single.includes('i:9179834'), single.join(' '));
  });

  it('gives a listed name its tokens once each, and single-token names apart', () => {
    const entity = newEntity('un', 'X', 'Person', 'MOHAMMAD WALI MOHAMMAD');
    entity.names.push({ full: 'MOHAMMAD WALI MOHAMMAD', kind: 'primary' });
    entity.names.push({ full: 'WALI', kind: 'alias' });
    const { names, singles } = entityTokenKeys(entity);
    assert.ok(names.length >= 1);
    assert.deepEqual(
      names.map((tokens) => tokens.length),
      names.map(() => 2),
      'each reading of the name has two tokens',
    );
    assert.ok(singles.some((k) => k.includes('wali')));
  });
});

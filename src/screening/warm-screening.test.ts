import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { NameQuery, SourcedEntity } from '../core/index.ts';
import { tablesRead } from '../names/index.ts';
import { buildScreeningIndex, screenName, warmScreening } from './index.ts';
import { TEST_UN_SOURCE } from './test-list-sources.ts';

/** A listed person of one name, enough for every query below to reach the matcher. */
function listed(reference: string, name: string): SourcedEntity {
  return { entity: newEntity('un', reference, 'Person', name), source: TEST_UN_SOURCE };
}

// Names in every script the analyser reads tables for, none of them a warming name: those of the
// matching bench that read a table on the first query (0.1-0.6 s of CPU each), and organisations.
const LATER_QUERIES: readonly NameQuery[] = [
  { name: '和也 聡太郎 斎藤' },
  { name: 'حسین موسوی' },
  { name: 'كايد شهير آل الشيخ' },
  { name: '은경 이' },
  { name: 'אביגיל סבג' },
  { name: 'निखिल चोपरा' },
  { name: 'Лесь Лілія Овчаренко' },
  { name: 'Евдокия Макарова' },
  { name: '明宗 怡君 李' },
  { name: '倩 璐 汪' },
  { name: 'ジョン・スミス' },
  { name: 'Γιάννης Οικονόμου' },
  { name: 'Kayrabay Şennur Durdu', schema: 'Person' },
  { name: '中国石油天然气集团有限公司', schema: 'Organization' },
  { name: '현대자동차 주식회사', schema: 'Organization' },
  { name: 'Банк Россия', schema: 'Organization' },
  { name: 'بنك ملت', schema: 'Organization' },
  { name: 'טבע תעשיות פרמצבטיות' },
];

describe('warmScreening', () => {
  it('reads every name table a query can need, so that no later query reads one', async () => {
    const index = buildScreeningIndex([
      listed('QDi.1', 'Mohammad Hossein Mousavi'),
      listed('QDi.2', 'Kazuya Saito'),
      listed('QDi.3', 'Lee Eun Kyung'),
    ]);
    await warmScreening(index);
    const warmed = tablesRead().length;
    assert.ok(warmed > 0, 'the warming names read the tables');
    for (const query of LATER_QUERIES) screenName(index, query);
    assert.deepEqual(tablesRead().slice(warmed), []);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { SourcedEntity } from '../core/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { TEST_OFAC_SOURCE, TEST_UN_SOURCE } from './test-list-sources.ts';

// Organisations the Turkish and Indonesian press name in their own words (turktime.com 467559,
// kai.or.id 14861, delik.tv 2022/04/01), and the names the lists print (OFAC 2026-08-20, UN
// 2026-02-27). Before session 22 each of these queries found nothing.
function organisation(
  source = TEST_OFAC_SOURCE,
  reference: string,
  names: string[],
): SourcedEntity {
  const entity = newEntity(source.list, reference, 'Organization', names[0]!);
  entity.names = names.map((full, k) => ({ full, kind: k === 0 ? 'primary' : 'alias' }));
  return { entity, source };
}

const INDEX = buildScreeningIndex([
  organisation(TEST_OFAC_SOURCE, '10391', [
    'ISLAMIC REVOLUTIONARY GUARD CORPS',
    "IRAN'S REVOLUTIONARY GUARDS",
    'IRGC',
  ]),
  organisation(TEST_OFAC_SOURCE, '10465', [
    'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE',
    'QUDS FORCE',
  ]),
  organisation(TEST_OFAC_SOURCE, '10392', [
    'MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS',
    'MODAFL',
  ]),
  organisation(TEST_OFAC_SOURCE, '22486', ['CENTRAL REPUBLIC BANK']),
  organisation(TEST_UN_SOURCE, 'IRe.050', ['PARCHIN CHEMICAL INDUSTRIES']),
  organisation(TEST_OFAC_SOURCE, '11317', ['NATIONAL IRANIAN OIL COMPANY', 'NIOC']),
  organisation(TEST_UN_SOURCE, 'IRe.011', ['DEFENCE INDUSTRIES ORGANISATION (DIO)']),
]);

function alert(query: string): string | undefined {
  const top = screenName(INDEX, { name: query }).results[0];
  return top?.match === true ? top.entityId : undefined;
}

describe('organisation names in Turkish and Indonesian', () => {
  it('finds the listed organisation from its Turkish name', () => {
    assert.equal(alert('İran Devrim Muhafızları Ordusu'), 'ofac:10391');
    assert.equal(alert('Kudüs Gücü'), 'ofac:10465');
  });

  it('finds the listed organisation from its Indonesian name', () => {
    assert.equal(alert('Korps Pengawal Revolusi Islam Iran'), 'ofac:10391');
    assert.equal(alert('Kementerian Pertahanan dan Logistik Angkatan Bersenjata'), 'ofac:10392');
    assert.equal(alert('Industri Kimia Parchin'), 'un:IRe.050');
    assert.equal(alert('Perusahaan Minyak Nasional Iran'), 'ofac:11317');
  });

  it('does not alert on an unlisted organisation that shares only generic words', () => {
    assert.equal(alert('Kementerian Pertahanan Republik Indonesia'), undefined);
  });
});

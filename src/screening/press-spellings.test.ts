import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { EntityName, SourcedEntity } from '../core/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { TEST_OFAC_SOURCE, TEST_UN_SOURCE } from './test-list-sources.ts';

// Names as the UN list of 2026-02-27 and the OFAC file of 2026-08-20 print them, met by spellings
// the press writes (session 17, issue #13).
function person(
  source: SourcedEntity['source'],
  reference: string,
  names: [string, EntityName['kind']][],
): SourcedEntity {
  const entity = newEntity(source.list, reference, 'Person', names[0]![0]);
  entity.names = names.map(([full, kind]) => ({ full, kind }));
  return { entity, source };
}

/** A made-up surname, distinct for each n. */
function surname(n: number): string {
  let text = '';
  let rest = n;
  do {
    text += 'bdfgklmnprstvz'[rest % 14]! + 'aeiou'[Math.floor(rest / 14) % 5]!;
    rest = Math.floor(rest / 70);
  } while (rest > 0);
  return `${text.toUpperCase()}RI`;
}

// Over a thousand entities, a third of them Mohammad, so that token weights follow rarity as on
// the real lists (Mohammad common, the surnames rare).
const crowd: SourcedEntity[] = Array.from({ length: 1200 }, (_, n) =>
  person(TEST_OFAC_SOURCE, `F${n}`, [
    [n % 3 === 0 ? `${surname(n)}, Mohammad` : `${surname(n)}, ${surname(n + 5000)}`, 'primary'],
  ]),
);

const index = buildScreeningIndex([
  ...crowd,
  person(TEST_UN_SOURCE, 'TAi.031', [
    ['MOHAMMAD AHMADI', 'primary'],
    ['محمد احمدی', 'original-script'],
  ]),
  person(TEST_OFAC_SOURCE, '38658', [['SHOIGU, Kseniya Sergeyevna', 'primary']]),
  person(TEST_OFAC_SOURCE, '35173', [['SHOIGU, Sergei Kuzhugetovich', 'primary']]),
  person(TEST_OFAC_SOURCE, '20157', [['KIM, Jong Un', 'primary']]),
  person(TEST_UN_SOURCE, 'QDi.006', [
    ['AIMAN MUHAMMED RABI AL-ZAWAHIRI', 'primary'],
    ['Ayman Al Zawahari', 'alias'],
  ]),
]);

const alerts = (name: string): string[] =>
  screenName(index, { name })
    .results.filter((hit) => hit.match)
    .map((hit) => hit.entityId);

describe('press spellings', () => {
  it('does not take Emadi for Ahmadi, whose h is a consonant of its own', () => {
    assert.deepEqual(alerts('Mohammad Emadi'), []);
    assert.deepEqual(alerts('Mohammed Al-Emadi'), []);
    assert.deepEqual(alerts('Mohammed Ahmadi'), ['un:TAi.031']);
  });

  it('reads Bengali, Tamil and Telugu spellings through their parallel with Devanagari', () => {
    // Bangladeshi and South Indian news (jagonews24.com, minnal24.com, ntvtelugu.com).
    assert.deepEqual(alerts('কিম জং উন'), ['ofac:20157']);
    assert.deepEqual(alerts('அய்மன் அல்-ஜவாரி'), ['un:QDi.006']);
    assert.deepEqual(alerts('ఐమన్ అల్ జవహరి'), ['un:QDi.006']);
  });

  it('reads a Czech feminine surname back to the name the list prints', () => {
    assert.deepEqual(alerts('Ksenija Šojguová'), ['ofac:38658']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { SourcedEntity } from '../core/index.ts';
import { nameBeforeTitleSuffix, namesAfterOfficeTitle } from '../names/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { TEST_OFAC_SOURCE } from './test-list-sources.ts';

// Entries of the OFAC names file of 2026-08-20 (uids 22790, 25078, 25080, 27225, 10743).
function listed(
  reference: string,
  schema: 'Person' | 'Organization',
  names: string[],
): SourcedEntity {
  const e = newEntity('ofac', reference, schema, names[0]!);
  e.names = names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'alias' }));
  return { entity: e, source: TEST_OFAC_SOURCE };
}

const index = buildScreeningIndex([
  listed('22790', 'Person', ['Nicolas MADURO MOROS']),
  listed('25078', 'Person', ['Jorge Jesus RODRIGUEZ GOMEZ', 'Jorge RODRIGUEZ']),
  listed('25080', 'Person', ['Vladimir PADRINO LOPEZ']),
  listed('27225', 'Person', ['Min Aung HLAING']),
  listed('10743', 'Person', [
    'Sirajuddin Haqqani Jalaluddin Khwasa MUHAMMAD',
    'Sirajuddin HAQQANI',
  ]),
  listed('21343', 'Organization', ['CHIEF DIRECTORATE OF GENERAL STAFF']),
  listed('23214', 'Person', ['Jong Sik KIM']),
]);

describe('a query that starts with an office', () => {
  it('is screened by the name after it, in the languages the press writes', () => {
    for (const [name, reference] of [
      ['Venezuelan President Nicolas Maduro', '22790'],
      ['el presidente venezolano Nicolás Maduro', '22790'],
      ['Communications Minister Jorge Rodriguez', '25078'],
      ['Minister of Defense Padrino Lopez', '25080'],
      ['el ministro de Defensa, Vladimir Padrino López', '25080'],
      ['Commander in Chief Min Aung Hlaing', '27225'],
      ['وزیر داخلہ سراج الدین حقانی', '10743'],
      // Japanese press: the term of address after the name, joined (Mr Kim Jong Sik).
      ['金正植氏', '23214'],
    ] as const) {
      const top = screenName(index, { name }).results[0];
      assert.equal(top?.reference, reference, name);
      assert.equal(top?.match, true, name);
    }
  });

  it('finds the name after the office, and nothing in a name or an organisation', () => {
    assert.deepEqual(namesAfterOfficeTitle('Venezuelan President Nicolas Maduro'), [
      'Nicolas Maduro',
    ]);
    assert.deepEqual(namesAfterOfficeTitle('Minister of Defense Padrino Lopez'), ['Padrino Lopez']);
    assert.deepEqual(namesAfterOfficeTitle('министр обороны Сергей Шойгу'), ['Сергей Шойгу']);
    // Two words of name must remain, and an office's words are never cut from an organisation.
    assert.deepEqual(namesAfterOfficeTitle('President Maduro'), []);
    assert.deepEqual(namesAfterOfficeTitle('Nicolas Maduro Moros'), []);
    assert.deepEqual(namesAfterOfficeTitle('Chief Directorate of General Staff'), []);
    assert.deepEqual(namesAfterOfficeTitle('Chief Executive Bank Melli Limited'), []);
    assert.equal(nameBeforeTitleSuffix('金正恩総書記'), '金正恩');
    assert.equal(nameBeforeTitleSuffix('金氏'), undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../../core/index.ts';
import { testEntities } from '../test-entities.ts';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { findReadingMentions } from './find-reading-mentions.ts';

const source = testEntities()[0]!.source;
const listed = (reference: string, schema: 'Person' | 'Organization', ...names: string[]) => {
  const entity = newEntity('ofac', reference, schema, names[0]!);
  entity.names = names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'alias' }));
  return { entity, source };
};
const gazetteer = buildGazetteer([
  listed('4697', 'Organization', 'HIZBALLAH', 'HIZBULLAH'),
  listed('4695', 'Organization', 'HAMAS'),
  listed('2686', 'Person', 'NASRALLAH, Hasan'),
  listed('24528', 'Person', 'AL-KHALIL, Husayn'),
  listed('24519', 'Person', 'AL-SAYYID, Ibrahim Amin'),
  listed('7199', 'Organization', 'WAZIR'),
]);
const found = (text: string): string[] =>
  findReadingMentions(text, gazetteer).map((m) => `${m.type} ${m.name}`);

describe('findReadingMentions', () => {
  it('finds listed people and groups in Arabic by their reading, a joined و left off', () => {
    assert.deepEqual(
      found(
        'وكانت الوزارة قد فرضت عقوبات على أمين عام حزب الله حسن نصر الله، والقياديين حسين الخليل وإبراهيم أمين السيد.',
      ),
      [
        'organization حزب الله',
        'person حسن نصر الله',
        'person حسين الخليل',
        'person إبراهيم أمين السيد',
      ],
    );
  });

  it('reads Persian text too, and one word only as an organisation', () => {
    assert.deepEqual(found('حامیان مالی گروههای تروریستی مانند حماس و حزبالله'), [
      'organization حماس',
      'organization حزبالله',
    ]);
  });

  it('takes no office, verb or word with the article for a one-word name', () => {
    // "وزير" (minister) reads WAZIR; "حسن" alone is one given name, no listed person.
    assert.deepEqual(found('قال وزير الخارجية حسن إن القرار مرفوض.'), []);
  });

  it('finds nothing in Latin text, and no name across punctuation', () => {
    assert.deepEqual(found('Hasan Nasrallah and Hamas.'), []);
    assert.deepEqual(found('حسن، نصر الله'), []);
  });

  it('is how findMentions reads Arabic and Persian text', () => {
    const persian = findMentions(
      'حامیان مالی گروههای تروریستی مانند حماس و حزبالله',
      gazetteer,
      'Persian',
    );
    assert.deepEqual(
      persian.map((m) => m.name),
      ['حماس', 'حزبالله'],
    );
    const arabic = findMentions('فرضت عقوبات على حسن نصر الله.', gazetteer, 'Arabic');
    assert.ok(arabic.some((m) => m.name === 'حسن نصر الله' && m.type === 'person'));
  });
});

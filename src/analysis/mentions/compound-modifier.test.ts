import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../../core/index.ts';
import { testEntities } from '../test-entities.ts';
import { buildGazetteer } from './build-gazetteer.ts';
import { findGazetteerMentions } from './find-gazetteer-mentions.ts';

const source = testEntities()[0]!.source;
const listed = (reference: string, name: string) => {
  const entity = newEntity('ofac', reference, 'Organization', name);
  entity.names = [{ full: name, kind: 'primary' }];
  return { entity, source };
};
const gazetteer = buildGazetteer([
  listed('7641', 'AL-AQSA'),
  listed('4695', 'HAMAS'),
  listed('10391', 'ISLAMIC REVOLUTIONARY GUARD CORPS'),
]);
const names = (text: string): string[] => findGazetteerMentions(text, gazetteer).map((m) => m.name);

describe('a listed name as the first element of a German compound', () => {
  it('is no mention when the compound names something else after it ("Al-Aqsa-Flut")', () => {
    assert.deepEqual(names('Die Al-Aqsa-Flut ist nur das erste Mal.'), []);
  });

  it("is a mention when the head is the body's people or deeds, or another name", () => {
    assert.deepEqual(names('Der Hamas-Führer sprach.'), ['Hamas']);
    assert.deepEqual(names('Die Hamas-Funktionäre und der Hamas-Terror.'), ['Hamas', 'Hamas']);
    assert.deepEqual(names('The Israel-Hamas war and the Hamas-Israel war.'), ['Hamas', 'Hamas']);
  });

  it('leaves a long name before an English hyphen as it is', () => {
    assert.deepEqual(names('The Islamic Revolutionary Guard Corps-Quds Force was named.'), [
      'Islamic Revolutionary Guard Corps',
    ]);
  });

  it('is a mention alone and before a lower-case English compound', () => {
    assert.deepEqual(names('Hamas-linked groups met at Al-Aqsa.'), ['Hamas', 'Al-Aqsa']);
  });
});

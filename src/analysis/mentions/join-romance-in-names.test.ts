import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../../core/index.ts';
import { testEntities } from '../test-entities.ts';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';

const entities = testEntities();
const [first] = entities;
if (first === undefined) throw new Error('no test entities');
const listed = (id: string, name: string) => {
  const entity = newEntity('ofac', id, 'Organization', name);
  entity.names = [{ full: name, kind: 'primary' }];
  return { entity, source: first.source };
};
const gazetteer = buildGazetteer([
  ...entities,
  listed('24546', 'ISIS IN THE GREATER SAHARA'),
  listed('6897', "AL-QA'IDA IN THE ISLAMIC MAGHREB"),
]);

const organizations = (text: string, language: string): string[] =>
  findMentions(text, gazetteer, language)
    .filter((m) => m.type === 'organization')
    .map((m) => m.name);

describe('joinRomanceInNames', () => {
  it('reads the Islamic State "no Grande Saara" and "en el Gran Sahara" as the listed branch', () => {
    const portuguese = organizations(
      'O líder do grupo Estado Islâmico no Grande Saara foi morto pelas forças francesas no Mali.',
      'Portuguese',
    );
    assert.ok(portuguese.includes('ISIS IN THE GREATER SAHARA'), portuguese.join(', '));
    assert.ok(!portuguese.some((n) => /^Estado Isl/u.test(n)), portuguese.join(', '));
    const spanish = organizations(
      'El líder del grupo Estado Islámico en el Gran Sahara fue abatido por las fuerzas francesas.',
      'Spanish',
    );
    assert.ok(spanish.includes('ISIS IN THE GREATER SAHARA'), spanish.join(', '));
  });

  it('reads "Al-Qaeda do Magrebe Islâmico" as AQIM, spelt without the h', () => {
    const names = organizations(
      'Ele foi membro do movimento Al-Qaeda do Magrebe Islâmico antes de 2015, segundo a França.',
      'Portuguese',
    );
    assert.ok(names.includes("AL-QA'IDA IN THE ISLAMIC MAGHREB"), names.join(', '));
  });

  it('keys the branch apart from the core group the article names later', () => {
    const text =
      'Ele foi membro do movimento Al-Qaeda do Magrebe Islâmico antes de 2015. O grupo é vinculado à Al-Qaeda.';
    const found = findMentions(text, gazetteer, 'Portuguese').filter(
      (m) => m.type === 'organization',
    );
    const branch = found.find((m) => m.name === "AL-QA'IDA IN THE ISLAMIC MAGHREB");
    const core = found.find((m) => m.name === 'Al-Qaeda');
    assert.ok(branch !== undefined && core !== undefined, found.map((m) => m.name).join(', '));
    assert.notEqual(branch.listedKey, core.listedKey);
  });

  it('leaves a group beside a place alone where no listed branch is named for it', () => {
    const names = organizations(
      'O Estado Islâmico no Iraque perdeu território, e a Al-Qaeda do Iêmen também recuou.',
      'Portuguese',
    );
    assert.ok(!names.some((n) => / IN THE /u.test(n)), names.join(', '));
  });

  it('joins nothing in English text, where join-listed-in-names.ts reads "in the"', () => {
    const names = organizations(
      'Estado Islâmico no Grande Saara is how the press wrote it.',
      'English',
    );
    assert.ok(!names.includes('ISIS IN THE GREATER SAHARA'), names.join(', '));
  });
});

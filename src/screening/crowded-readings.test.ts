import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { Schema, SourcedEntity } from '../core/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { TEST_OFAC_SOURCE } from './test-list-sources.ts';

// A synthetic list shaped like the real ones where it matters: thousands of entities, dozens of
// "Sayyid Ali …" people (Sayyid rare, Ali common) and other-language aliases of ISIL's branches
// whose rare words the untranslated query shares. The other readings' words filled the candidate
// budget, so KHAMENEI and the English alias ISLAMIC STATE were never scored (session 14).
const OFAC = TEST_OFAC_SOURCE;

/** A made-up name word, distinct for each n. */
function word(n: number): string {
  let text = '';
  let rest = n;
  do {
    text += 'bcdfgklmnprstvz'[rest % 15]! + 'aeiou'[Math.floor(rest / 15) % 5]!;
    rest = Math.floor(rest / 75);
  } while (rest > 0);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}ri`;
}

function listed(reference: string, schema: Schema, names: string[]): SourcedEntity {
  const entity = newEntity('ofac', reference, schema, names[0]!);
  entity.names = names.map((full, k) => ({ full, kind: k === 0 ? 'primary' : 'alias' }));
  return { entity, source: OFAC };
}

function crowdedList(): SourcedEntity[] {
  const entities: SourcedEntity[] = [];
  let n = 1000;
  for (let i = 0; i < 6000; i++)
    entities.push(listed(`F${i}`, 'Person', [`${word(n++)} ${word(n++)}`]));
  for (let i = 0; i < 45; i++) {
    const title = ['Sayyid', 'Sayed', 'Seyed'][i % 3]!;
    entities.push(listed(`S${i}`, 'Person', [`${title} Ali ${word(n++)}`]));
  }
  for (let i = 0; i < 100; i++)
    entities.push(listed(`A${i}`, 'Person', [`Ali ${word(n++)} ${word(n++)}`]));
  for (let i = 0; i < 20; i++) {
    const names = [
      `${word(n++)} Group`,
      `Estado Islâmico — ${word(n++)}`,
      `État islamique ${word(n++)}`,
    ];
    entities.push(listed(`E${i}`, 'Organization', names));
  }
  for (let i = 0; i < 80; i++) {
    entities.push(listed(`I${i}`, 'Organization', [`Islamic ${word(n++)} State ${word(n++)}`]));
  }
  entities.push(listed('26945', 'Person', ['KHAMENEI, Ali Husseini']));
  entities.push(
    listed('8759', 'Organization', ['ISLAMIC STATE OF IRAQ AND THE LEVANT', 'ISLAMIC STATE']),
  );
  return entities;
}

describe('readings searched alone', () => {
  const index = buildScreeningIndex(crowdedList());
  const top = (name: string) => screenName(index, { name }).results[0]?.entityId;

  it('finds a Persian name after Sayyid although every listed Sayyid Ali fills the budget', () => {
    assert.equal(top('سید علی خامنه‌ای'), 'ofac:26945');
  });

  it('finds the English name of an organisation written in Spanish or French', () => {
    assert.equal(top('Estado Islámico'), 'ofac:8759');
    assert.equal(top('État islamique'), 'ofac:8759');
  });
});

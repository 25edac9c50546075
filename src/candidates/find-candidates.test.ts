import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { ListEntity } from '../core/index.ts';
import { analyzeName, phoneticKey } from '../names/index.ts';
import { buildCandidateIndex } from './candidate-index.ts';
import { findCandidates } from './find-candidates.ts';

/** A made-up surname for entity `i`: distinct, pronounceable, never a real name token. */
function surname(i: number): string {
  const syllables = ['ka', 'ro', 'mi', 'tu', 'le', 'zo', 'ni', 'pa', 've', 'su'];
  return [i % 10, Math.floor(i / 10) % 10, Math.floor(i / 100) % 10, Math.floor(i / 1000) % 10]
    .map((d) => syllables[d])
    .join('');
}

// 1,200 listed people, every one called Mohammad, each with a rare surname: enough entities for
// rarity to mean something, as on the real lists.
const entities: ListEntity[] = Array.from({ length: 1200 }, (_, i) => {
  const e = newEntity('test', String(i), 'Person', `Mohammad ${surname(i)}`);
  e.names.push({ full: `Mohammad ${surname(i)}`, kind: 'primary' });
  return e;
});
const index = buildCandidateIndex(entities);
const find = (name: string) =>
  findCandidates(index, analyzeName(name, 'person').forms, { maxForms: 10 }).map(
    (id) => index.forms[id]!.entity,
  );

describe('findCandidates', () => {
  it('brings no candidate for a token as common as Mohammad on its own', () => {
    assert.deepEqual(find('Mohammad'), []);
  });

  it('finds the one entity with a rare surname, typo or not', () => {
    assert.equal(find(`Mohammad ${surname(777)}`)[0], 777);
    assert.ok(find(`Muhammad ${surname(777).replace('mi', 'mj')}`).includes(777));
  });

  it('finds a merged query token split in the list and the other way round', () => {
    const split = surname(42).slice(0, 4) + ' ' + surname(42).slice(4);
    assert.ok(find(`Mohammad ${split}`).includes(42));
  });

  it('forgets the similar tokens it remembered when searching another index', () => {
    const other = buildCandidateIndex(entities.slice(0, 600).reverse());
    const query = analyzeName(surname(321), 'person').forms;
    assert.equal(find(surname(321))[0], 321);
    const ids = findCandidates(other, query, { maxForms: 10 });
    assert.equal(other.forms[ids[0]!]!.entity, 600 - 1 - 321);
    assert.equal(find(surname(321))[0], 321);
  });

  it('keeps only entities the caller accepts', () => {
    const forms = analyzeName(`Mohammad ${surname(777)}`, 'person').forms;
    const ids = findCandidates(index, forms, { maxForms: 10, acceptEntity: (e) => e !== 777 });
    assert.equal(
      ids.some((id) => index.forms[id]!.entity === 777),
      false,
    );
  });
  it('gives an entity named just the query a place beside one with dozens of readings of it', () => {
    // Entity 0 holds the word in twenty names, listed first; entity 1 is named by the word alone.
    const crowded = newEntity('test', '0', 'Organization', 'Zorvathi Military Wing');
    for (let i = 0; i < 20; i++)
      crowded.names.push({ full: `Zorvathi ${surname(i)} Wing`, kind: 'alias' });
    const named = newEntity('test', '1', 'Organization', 'Zorvathi');
    named.names.push({ full: 'Zorvathi', kind: 'primary' });
    const small = buildCandidateIndex([crowded, named, ...entities]);
    const ids = findCandidates(small, analyzeName('Zorvathi', 'organisation').forms, {
      maxForms: 10,
    });
    assert.ok(
      ids.some((id) => small.forms[id]!.entity === 1),
      'the entity named "Zorvathi" is a candidate',
    );
  });

  it('keeps a place for the organisation named exactly the query among longer names holding it', () => {
    // Thirty bodies each hold both words in a longer name (the EU's many "Islamic Revolutionary
    // Guard Corps …" units), listed first; one is named by the two words alone.
    const units = Array.from({ length: 30 }, (_, i) => {
      const e = newEntity('test', `u${i}`, 'Organization', `Zorvathi Kelmar ${surname(i)} Unit`);
      e.names.push({ full: `Zorvathi Kelmar ${surname(i)} Unit`, kind: 'primary' });
      return e;
    });
    const named = newEntity('test', 'named', 'Organization', 'Zorvathi Kelmar');
    named.names.push({ full: 'Zorvathi Kelmar', kind: 'primary' });
    const small = buildCandidateIndex([...units, named, ...entities]);
    const forms = analyzeName('Zorvathi Kelmar', 'organisation').forms;
    const entitiesFound = (ids: number[]) => ids.map((id) => small.forms[id]!.entity);
    assert.ok(
      entitiesFound(
        findCandidates(small, forms, { maxForms: 10, keepsComplete: () => true }),
      ).includes(30),
      'the entity named "Zorvathi Kelmar" is a candidate',
    );
  });

  describe('with two common names only', () => {
    /** A person named `name`, with a primary name only. */
    const person = (id: string, name: string): ListEntity => {
      const e = newEntity('test', id, 'Person', name);
      e.names.push({ full: name, kind: 'primary' });
      return e;
    };
    // Hasan is common too: sixty entities bear it beside the 1,200 Mohammads.
    const hasans = Array.from({ length: 60 }, (_, i) =>
      person(`h${i}`, `Hasan ${surname(2000 + i)}`),
    );
    const entitiesOf = (ids: number[], small: ReturnType<typeof buildCandidateIndex>) =>
      ids.map((id) => small.forms[id]!.entity);
    const query = analyzeName('Mohammad Hasan', 'person').forms;

    it('reaches a titled entity spelling the pair otherwise when readings hold it as typed', () => {
      const target = person('t', 'Muhammad Hassan Qorvel');
      target.titles.push('Mullah');
      const exact = person('x', 'Mohammad Hasan Tulvori');
      const small = buildCandidateIndex([exact, target, ...hasans, ...entities]);
      const without = entitiesOf(findCandidates(small, query, { maxForms: 10 }), small);
      assert.deepEqual(without, [0], 'the readings holding "mohammadhasan" alone');
      const found = entitiesOf(
        findCandidates(small, query, { maxForms: 10, titles: ['mullah'] }),
        small,
      );
      assert.ok(found.includes(0), 'the exact spelling');
      assert.ok(found.includes(1), 'Mullah Muhammad Hassan');
    });

    it('weighs a religious title the list gives an entity, when the query carries it', () => {
      const namesakes = Array.from({ length: 12 }, (_, i) =>
        person(`n${i}`, `Mohammad Hasan ${surname(3000 + i)}`),
      );
      const mullah = person('m', 'Mohammad Hasan Qorvel');
      mullah.titles.push('Mullah');
      const small = buildCandidateIndex([...namesakes, mullah, ...hasans, ...entities]);
      const without = entitiesOf(findCandidates(small, query, { maxForms: 10 }), small);
      assert.equal(without.includes(12), false, 'namesakes listed first fill the places');
      const found = entitiesOf(
        findCandidates(small, query, { maxForms: 10, titles: ['mullah'] }),
        small,
      );
      assert.equal(found[0], 12);
    });
  });

  it('finds a surname one letter off when its sound key is shared by too many tokens to follow', () => {
    // Over a hundred listed surnames sound like KN (Kani, Gana, Qeno…), so the sound key is not
    // followed whole, and "Quani" shares too few trigrams with "Qaani" to reach it that way.
    const soundAlike: string[] = [];
    for (const first of ['k', 'g', 'q', 'c', 'gh', 'kh'])
      for (const vowel of ['a', 'e', 'i', 'o', 'aa', 'ee', 'ai', 'ou'])
        for (const end of ['ni', 'na', 'no', 'ne', 'nni'])
          if (phoneticKey(first + vowel + end) === 'KN') soundAlike.push(first + vowel + end);
    assert.ok(
      soundAlike.length > 100 && soundAlike.includes('qaani') && !soundAlike.includes('quani'),
    );
    const listed = soundAlike.map((name, i) => {
      const e = newEntity('test', String(i), 'Person', `Mohammad ${name}`);
      e.names.push({ full: `Mohammad ${name}`, kind: 'primary' });
      return e;
    });
    // And as on the real lists, hundreds of surnames end in -ani, so that trigram says nothing.
    const endingAlike = Array.from({ length: 800 }, (_, i) => {
      const e = newEntity('test', `ani${i}`, 'Person', `Mohammad ${surname(i)}ani`);
      e.names.push({ full: `Mohammad ${surname(i)}ani`, kind: 'primary' });
      return e;
    });
    const soundIndex = buildCandidateIndex([...entities, ...listed, ...endingAlike]);
    const ids = findCandidates(soundIndex, analyzeName('Mohammad Quani', 'person').forms, {
      maxForms: 10,
    });
    const found = ids.map((id) => soundIndex.forms[id]!.entity - entities.length);
    assert.ok(found.includes(soundAlike.indexOf('qaani')));
  });
});

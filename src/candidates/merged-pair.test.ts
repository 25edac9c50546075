import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { ListEntity } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import { buildCandidateIndex } from './candidate-index.ts';
import { findCandidates } from './find-candidates.ts';

/** A made-up surname for entity `i`: distinct, pronounceable, never a real name token. */
function surname(i: number): string {
  const syllables = ['ka', 'ro', 'mi', 'tu', 'le', 'zo', 'ni', 'pa', 've', 'su'];
  return [i % 10, Math.floor(i / 10) % 10, Math.floor(i / 100) % 10]
    .map((d) => syllables[d])
    .join('');
}

/** A listed person with one name. */
function person(id: string, name: string): ListEntity {
  const e = newEntity('test', id, 'Person', name);
  e.names.push({ full: name, kind: 'primary' });
  return e;
}

/** A listed member of the Huthi family with forty aliases, as the lists give their leaders. */
function huthi(id: string, given: string): ListEntity {
  const e = person(id, `Abd ${given} al-Huthi`);
  for (let k = 0; k < 40; k++)
    e.names.push({ full: `${given} ${surname(k)} al-Huthi`, kind: 'alias' });
  return e;
}

// 1,000 listed people, as on the real lists: hundreds of "Muhammad Ali al-…" with rare family
// names, a few of the Huthi family, and one Mohamed Ali of that family written family name first.
const entities: ListEntity[] = [
  ...Array.from({ length: 600 }, (_, i) => person(`m${i}`, `Mohammad ${surname(i)}`)),
  ...Array.from({ length: 390 }, (_, i) => person(`a${i}`, `Muhammad Ali al-${surname(i)}`)),
  ...Array.from({ length: 6 }, (_, i) => huthi(`h${i}`, surname(900 + i))),
  person('target', 'AL-HOUTHI, Mohamed Ali'),
];
const index = buildCandidateIndex(entities);

describe('merged query tokens', () => {
  it('brings no Muhammad Ali al-… of another family when the query names a rare one', () => {
    const ids = findCandidates(index, analyzeName('Muhammad Ali al-Huthi', 'person').forms, {
      maxForms: 1000,
    }).map((id) => entities[index.forms[id]!.entity]!.id);
    assert.ok(ids.includes('test:target'), ids.join(' '));
    assert.deepEqual(
      ids.filter((id) => id.startsWith('test:a')),
      [],
    );
  });

  it('finds a name made of common names only, with no rare token to start from', () => {
    const ids = findCandidates(index, analyzeName('Mohammad Muhammad Ali', 'person').forms, {
      maxForms: 16,
    }).map((id) => entities[index.forms[id]!.entity]!.id);
    assert.ok(
      ids.some((id) => id.startsWith('test:a')),
      ids.join(' '),
    );
  });

  it('still finds a listed name that writes two common names as one', () => {
    const joined = [...entities, person('joined', 'Mohammadali Rokamiz')];
    const other = buildCandidateIndex(joined);
    const ids = findCandidates(other, analyzeName('Muhammad Ali Rokamiz', 'person').forms, {
      maxForms: 16,
    }).map((id) => joined[other.forms[id]!.entity]!.id);
    assert.ok(ids.includes('test:joined'), ids.join(' '));
  });

  it('finds a listed company by its rare word when the query writes other legal and trade words', () => {
    // As on the real lists: thousands of entities, a few hundred "<rare word> International Trading
    // Company Limited", and one "Raven International Trade Limited". "International Trading" and
    // "Trading Company Limited" merged once reached those hundreds as a rare word would, counted
    // their common words twice and took every place from the reading holding the query's rare word.
    const company = (id: string, name: string): ListEntity => {
      const e = newEntity('test', id, 'Organization', name);
      e.names.push({ full: name, kind: 'primary' });
      return e;
    };
    const companies = [
      ...Array.from({ length: 3000 }, (_, i) => person(`p${i}`, `${surname(i)} ${surname(i + 7)}`)),
      ...Array.from({ length: 200 }, (_, i) =>
        company(`t${i}`, `${surname(i)} International Trading Company Limited`),
      ),
      company('raven', 'Raven International Trade Limited'),
    ];
    const other = buildCandidateIndex(companies);
    for (const query of ['Raven Trading Company Limited', 'Raven International Trading Co Ltd']) {
      const ids = findCandidates(other, analyzeName(query, 'organisation').forms, {
        maxForms: 16,
      }).map((id) => companies[other.forms[id]!.entity]!.id);
      assert.ok(ids.includes('test:raven'), `${query}: ${ids.join(' ')}`);
    }
  });
});

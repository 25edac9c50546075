import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity, type ListEntity } from '../../core/index.ts';
import type { ArticleEntity } from '../article-types.ts';
import { articlePerson, optionsOver } from './local-listings.ts';
import { screenEntities } from './screen-entities.ts';

/** A person on the UK list with one name and the reason given for the listing. */
function ukPerson(reference: string, name: string, reason: string): ListEntity {
  const person = newEntity('uk', reference, 'Person', name);
  person.names = [{ full: name, kind: 'primary' }];
  person.reason = reason;
  return person;
}

/** Two listed people named Dmitry Peskov, as on the UK list: only one is the press secretary. */
function twoPeskovs(): ListEntity[] {
  return [
    ukPerson(
      'RUS1770',
      'Dmitry PESKOV',
      'Involved in obtaining a benefit from the Government of Russia.',
    ),
    ukPerson(
      'RUS0753',
      'Dmitry Sergeyevich PESKOV',
      "Dmitry PESKOV is President Putin's Press Secretary.",
    ),
  ];
}

const options = optionsOver(twoPeskovs());

/** The person the article names by the first match of `pattern`, mentioned once. */
function personIn(text: string, pattern: RegExp): ArticleEntity {
  const found = pattern.exec(text);
  return articlePerson(found?.[0] ?? '', found?.index ?? 0);
}

/** Each hit's match status, by list reference, for the person `pattern` finds in `text`. */
async function statusByReference(
  text: string,
  pattern = /Dmitr\w+ Pesko\w/u,
  screening = options,
): Promise<Record<string, string>> {
  const [result] = await screenEntities([personIn(text, pattern)], {
    ...screening,
    articleText: text,
  });
  return Object.fromEntries((result?.screening?.hits ?? []).map((h) => [h.reference, h.match]));
}

describe('the office an article gives a person tells two listed namesakes apart', () => {
  it('matches the listed press secretary, not the namesake, for "Kremlin spokesman Dmitry Peskov"', async () => {
    const status = await statusByReference('Kremlin spokesman Dmitry Peskov said on Monday.');
    assert.equal(status.RUS0753, 'match');
    assert.equal(status.RUS1770, 'partial');
  });

  it('reads the office in French and German titles', async () => {
    for (const text of [
      'Outre son porte-parole Dmitri Peskov, la liste compte 26 noms.',
      'Sanktionen gegen Kreml-Sprecher Dmitri Peskow bekannt.',
    ]) {
      const status = await statusByReference(text);
      assert.equal(status.RUS0753, 'match', text);
      assert.equal(status.RUS1770, 'partial', text);
    }
  });

  it('leaves the hits as they were when the article gives no office', async () => {
    const status = await statusByReference('Dmitry Peskov said on Monday.');
    assert.equal(status.RUS1770, 'match');
    assert.equal(status.RUS0753, 'partial');
  });
});

describe('a listing only spelt like the name picks no namesake', () => {
  /** "Sein Win" with no office on the listing, and "U Win Shein", a commander a typo apart. */
  function nearNames(): ListEntity[] {
    return [
      ukPerson('MYA0001', 'Sein WIN', 'Member of the State Administration Council.'),
      ukPerson('MYA0002', 'U Win SHEIN', 'Commander of the Southern Command.'),
    ];
  }

  it('keeps "Lieutenant General Sein Win" a match on Sein WIN, whatever U Win SHEIN commands', async () => {
    const status = await statusByReference(
      'Lieutenant General Sein Win was also sanctioned.',
      /Sein Win/u,
      optionsOver(nearNames()),
    );
    assert.equal(status.MYA0001, 'match');
  });
});

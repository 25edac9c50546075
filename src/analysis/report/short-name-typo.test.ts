import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlePerson as person, localOptions, reweighed } from './local-listings.ts';
import { screenEntities } from './screen-entities.ts';

// UK SYR0019 and an invented Hamas official, as the lists write them; Amar, Sharif and Ismail
// weighed as the four lists weigh them (a few dozen listed people each), Haniyah as rare.
const local = reweighed(
  localOptions([
    ['SYR0019', 'Ammar Al-Sharif', ['Amar Sharif'], 'Person'],
    ['CTI9999', 'Ismail HANIYAH', [], 'Person'],
    ['GHR0065', 'Aiub Kataev', [], 'Person'],
    ['CTI0019', 'Khalid Mishaal', [], 'Person'],
  ]),
  (p) => (p.matched.includes('haniyah') ? 1 : 0.8),
);

describe('a two-word person name with a short word only spelt like the listed one', () => {
  it('is a partial hit, not a match (Omar Sharif, the actor, is not Amar Sharif)', async () => {
    const [result] = await screenEntities([person('Omar Sharif')], local);
    const hit = result?.screening?.hits.find((h) => h.reference === 'SYR0019');
    assert.equal(hit?.match, 'partial');
    assert.match(hit.partialReason ?? '', /only similar spelling: omar ~ amar/);
  });

  it('still matches a short word written in another transliteration (Ayub for Aiub)', async () => {
    const [result] = await screenEntities([person('Ayub Katayev')], local);
    assert.equal(result?.screening?.hits.find((h) => h.reference === 'GHR0065')?.match, 'match');
  });

  it('still matches a long surname the press spells a letter off', async () => {
    const [result] = await screenEntities([person('Ismail Haniyeh')], local);
    assert.equal(result?.screening?.match, 'match');
  });
});

describe('a short word only spelt like the listed one, in the context of the listing', () => {
  // As UK CTI0019 gives its reason.
  const reason = 'Khalid Mishaal was the leader of Hamas from 2004 until 2014.';
  const withReason = {
    ...local,
    lookupEntity: (id: string) => {
      const listed = local.lookupEntity(id);
      return listed === undefined ? undefined : { ...listed, reason };
    },
  };
  const matchOf = async (organisations: string[]) => {
    const [result] = await screenEntities([person('Khaled Mashal')], {
      ...withReason,
      articleOrganisations: organisations,
    });
    return result?.screening?.hits.find((h) => h.reference === 'CTI0019')?.match;
  };

  it('is a match when the listing’s reason names a body the article names', async () => {
    assert.equal(await matchOf(['Hamas']), 'match');
  });

  it('stays partial when the article names no body of the reason', async () => {
    assert.equal(await matchOf(['Reuters']), 'partial');
    assert.equal(await matchOf([]), 'partial');
  });
});

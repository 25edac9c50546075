import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlePerson as person, localOptions, reweighed } from './local-listings.ts';
import { screenEntities } from './screen-entities.ts';

// OFAC 26956 gives RA'D, Muhammad Hasan with the aliases RAED, Mohamad and RAAD, Mohammad. On the
// four lists the engine answers "Mohammad Raad" with RAED, Mohamad (the exact alias is weighed down
// as made only of common names); here the engine's listing holds only that spelling, and the
// listing as looked up holds all three. Mohammad weighed as the four lists weigh it.
const engine = reweighed(
  localOptions([['26956', "RA'D, Muhammad Hasan", ['RAED, Mohamad'], 'Person']]),
  (p) => (p.query.includes('mohammad') ? 0.37 : 1),
);
const withAliases = (aliases: string[]) => ({
  ...engine,
  lookupEntity: (id: string) => {
    const listed = engine.lookupEntity(id);
    if (listed === undefined) return undefined;
    return {
      ...listed,
      names: [...listed.names, ...aliases.map((full) => ({ full, kind: 'alias' as const }))],
    };
  },
});

describe('an article name the listing gives word for word', () => {
  it('is a match although the engine answered with a similarly spelt name', async () => {
    const [result] = await screenEntities(
      [person('Mohammad Raad')],
      withAliases(['RAAD, Mohammad']),
    );
    assert.equal(result?.screening?.match, 'match');
  });

  it('stays partial when no name of the listing is the article name', async () => {
    const [result] = await screenEntities([person('Mohammad Raad')], withAliases([]));
    assert.equal(result?.screening?.match, 'partial');
    assert.match(result?.screening?.hits[0]?.partialReason ?? '', /only similar spelling/);
  });

  it('stays partial when the listing gives that name only as a weak alias', async () => {
    const options = withAliases([]);
    const [result] = await screenEntities([person('Mohammad Raad')], {
      ...options,
      lookupEntity: (id: string) => {
        const listed = options.lookupEntity(id);
        return listed === undefined
          ? undefined
          : {
              ...listed,
              names: [...listed.names, { full: 'RAAD, Mohammad', kind: 'weak-alias' as const }],
            };
      },
    });
    assert.equal(result?.screening?.match, 'partial');
  });
});

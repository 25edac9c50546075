import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity, type ListEntity } from '../../core/index.ts';
import type { ArticleEntity } from '../article-types.ts';
import { optionsOver } from './local-listings.ts';
import { screenEntities } from './screen-entities.ts';

/** Two listed people named Dmitry Peskov, as on the UK list: only one is the press secretary. */
function twoPeskovs(): ListEntity[] {
  const businessman = newEntity('uk', 'RUS1770', 'Person', 'Dmitry PESKOV');
  businessman.names = [{ full: 'Dmitry PESKOV', kind: 'primary' }];
  businessman.reason = 'Involved in obtaining a benefit from the Government of Russia.';
  const spokesman = newEntity('uk', 'RUS0753', 'Person', 'Dmitry Sergeyevich PESKOV');
  spokesman.names = [{ full: 'Dmitry Sergeyevich PESKOV', kind: 'primary' }];
  spokesman.reason = "Dmitry PESKOV is President Putin's Press Secretary.";
  return [businessman, spokesman];
}

const options = optionsOver(twoPeskovs());

/** The person the article names by the first match of `pattern`, mentioned once. */
function personIn(text: string, pattern: RegExp): ArticleEntity {
  const found = pattern.exec(text);
  const start = found?.index ?? 0;
  const name = found?.[0] ?? '';
  return {
    id: 'e1',
    name,
    type: 'person',
    aliases: [],
    honorifics: [],
    mentions: [{ start, end: start + name.length, text: name }],
  };
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
    const minister = newEntity('uk', 'MYA0001', 'Person', 'Sein WIN');
    minister.names = [{ full: 'Sein WIN', kind: 'primary' }];
    minister.reason = 'Member of the State Administration Council.';
    const other = newEntity('uk', 'MYA0002', 'Person', 'U Win SHEIN');
    other.names = [{ full: 'U Win SHEIN', kind: 'primary' }];
    other.reason = 'Commander of the Southern Command.';
    return [minister, other];
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

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity, type SourcedEntity } from '../../core/index.ts';
import { buildScreeningIndex, getEntity, screenName } from '../../screening/index.ts';
import type { ArticleEntity } from '../article-types.ts';
import { screenEntities } from './screen-entities.ts';

const source = {
  list: 'uk',
  version: 1,
  sha256: 'test',
  importedAt: '2026-01-01T00:00:00Z',
  format: 'uk-json' as const,
  fileName: 'test.json',
};

/** Two listed people named Dmitry Peskov, as on the UK list: only one is the press secretary. */
function twoPeskovs(): SourcedEntity[] {
  const businessman = newEntity('uk', 'RUS1770', 'Person', 'Dmitry PESKOV');
  businessman.names = [{ full: 'Dmitry PESKOV', kind: 'primary' }];
  businessman.reason = 'Involved in obtaining a benefit from the Government of Russia.';
  const spokesman = newEntity('uk', 'RUS0753', 'Person', 'Dmitry Sergeyevich PESKOV');
  spokesman.names = [{ full: 'Dmitry Sergeyevich PESKOV', kind: 'primary' }];
  spokesman.reason = "Dmitry PESKOV is President Putin's Press Secretary.";
  return [businessman, spokesman].map((entity) => ({ entity, source }));
}

const index = buildScreeningIndex(twoPeskovs());
const options = {
  screen: (q: Parameters<typeof screenName>[1]) => screenName(index, q),
  lookupEntity: (id: string) => getEntity(index, id),
};

function peskovIn(text: string): ArticleEntity {
  const found = /Dmitr\w+ Pesko\w/u.exec(text);
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

async function statusByReference(text: string): Promise<Record<string, string>> {
  const [result] = await screenEntities([peskovIn(text)], { ...options, articleText: text });
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
  function nearNames(): SourcedEntity[] {
    const minister = newEntity('uk', 'MYA0001', 'Person', 'Sein WIN');
    minister.names = [{ full: 'Sein WIN', kind: 'primary' }];
    minister.reason = 'Member of the State Administration Council.';
    const other = newEntity('uk', 'MYA0002', 'Person', 'U Win SHEIN');
    other.names = [{ full: 'U Win SHEIN', kind: 'primary' }];
    other.reason = 'Commander of the Southern Command.';
    return [minister, other].map((entity) => ({ entity, source }));
  }
  const near = buildScreeningIndex(nearNames());

  it('keeps "Lieutenant General Sein Win" a match on Sein WIN, whatever U Win SHEIN commands', async () => {
    const text = 'Lieutenant General Sein Win was also sanctioned.';
    const start = text.indexOf('Sein Win');
    const entity: ArticleEntity = {
      id: 'e1',
      name: 'Sein Win',
      type: 'person',
      aliases: [],
      honorifics: [],
      mentions: [{ start, end: start + 8, text: 'Sein Win' }],
    };
    const [result] = await screenEntities([entity], {
      screen: (q) => screenName(near, q),
      lookupEntity: (id) => getEntity(near, id),
      articleText: text,
    });
    const status = Object.fromEntries(
      (result?.screening?.hits ?? []).map((h) => [h.reference, h.match]),
    );
    assert.equal(status.MYA0001, 'match');
  });
});

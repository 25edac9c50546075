import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntity } from '../article-types.ts';
import { newsOutletIds } from './news-outlets.ts';
import { screenEntities } from './screen-entities.ts';
import { localOptions } from './local-listings.ts';

// UK SYR0297 (2026-08-22): a Syrian transport company with the alias "El Jazeera"; PRESS TV, a
// listed broadcaster (OFAC 45062).
const listings = localOptions([
  ['SYR0297', 'El Jazireh', ['El Jazeera', 'Al-Jazeerah General Transport Company']],
  ['IRN0001', 'PRESS TV', []],
]);

/** The article's organisations, each with its mentions found in `text`. */
function organisations(text: string, names: string[]): ArticleEntity[] {
  return names.map((name, i) => ({
    id: `e${i}`,
    name,
    type: 'organization',
    aliases: [],
    honorifics: [],
    mentions: [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + name.length,
      text: name,
    })),
  }));
}

async function matchOf(text: string, name: string): Promise<string | undefined> {
  const entities = organisations(text, [name]);
  const [result] = await screenEntities(entities, {
    ...listings,
    newsOutlets: newsOutletIds(text, entities),
  });
  return result?.screening?.hits[0]?.match;
}

describe('an organisation the article cites as a news outlet', () => {
  // "El Jazeera" is no outlet known by name: only the newsroom shapes make it one.
  it('is no match for a listed namesake that is no media outlet', async () => {
    const told = '"The talks have failed," the spokesman told El Jazeera on Tuesday.';
    assert.equal(await matchOf(told, 'El Jazeera'), 'partial');
    const reporter = "El Jazeera's correspondent in Gaza saw the strike.";
    assert.equal(await matchOf(reporter, 'El Jazeera'), 'partial');
  });

  it('still matches a listed media outlet, and a namesake the article does not cite', async () => {
    assert.equal(
      await matchOf("Press TV's correspondent said Iran protested.", 'Press TV'),
      'match',
    );
    assert.equal(await matchOf('El Jazeera moved fuel across the border.', 'El Jazeera'), 'match');
    // An organisation is told things too; a body's network is no newsroom.
    assert.equal(
      await matchOf('Egypt told El Jazeera to leave. The El Jazeera network grew.', 'El Jazeera'),
      'match',
    );
  });
});

describe('a news outlet known around the world by name', () => {
  it('is no match for a listed namesake that is no media outlet, in any shape', async () => {
    const told = 'A spokesman told Al Jazeera that the talks had failed.';
    assert.equal(await matchOf(told, 'Al Jazeera'), 'partial');
    const reported = 'Al Jazeera reported that the convoy had crossed.';
    assert.equal(await matchOf(reported, 'Al Jazeera'), 'partial');
  });

  it('keeps the hit, and a listed media outlet stays a match', async () => {
    const told = 'A spokesman told Al Jazeera that the talks had failed.';
    const entities = organisations(told, ['Al Jazeera']);
    const [result] = await screenEntities(entities, {
      ...listings,
      newsOutlets: newsOutletIds(told, entities),
    });
    assert.equal(result?.screening?.hits[0]?.reference, 'SYR0297');
    assert.equal(await matchOf('Press TV reported the strike.', 'Press TV'), 'match');
  });
});

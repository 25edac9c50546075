import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntity } from '../article-types.ts';
import { localOptions } from './local-listings.ts';
import { screenEntities } from './screen-entities.ts';

const options = localOptions([
  ['7641', 'AL-AQSA', ['AL-AQSA FOUNDATION', 'STICHTING AL-AQSA', 'AL-AQSA CHARITABLE FOUNDATION']],
  ['4695', 'HAMAS', ['HARAKAT AL-MUQAWAMA AL-ISLAMIYA', 'ISLAMIC RESISTANCE MOVEMENT']],
]);
const organisation = (name: string): ArticleEntity => ({
  id: 'e1',
  name,
  type: 'organization',
  aliases: [],
  honorifics: [],
  mentions: [{ start: 0, end: name.length, text: name }],
});
const statusOf = async (name: string): Promise<string | undefined> =>
  (await screenEntities([organisation(name)], options))[0]?.screening?.match;

describe('the bare word of a listed charity', () => {
  it('is no match alone: "Al-Aqsa" in news is the mosque', async () => {
    assert.equal(await statusOf('Al-Aqsa'), 'partial');
  });

  it('still matches the charity under one of its longer names', async () => {
    assert.equal(await statusOf('Al-Aqsa Foundation'), 'match');
  });

  it('leaves a one-word group name whose other names are no charity words a match', async () => {
    assert.equal(await statusOf('Hamas'), 'match');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { testEntities } from './test-entities.ts';

const gazetteer = buildGazetteer(testEntities());

describe('findMentions', () => {
  it('finds list names in other spellings and with a possessive', () => {
    const text = "The panel pointed to al-Qaeda's leaders and to the Haqqani Network in the east.";
    const mentions = findMentions(text, gazetteer);
    const qaeda = mentions.find((m) => m.text === 'al-Qaeda');
    assert.equal(qaeda?.type, 'organization');
    assert.equal(qaeda.source, 'gazetteer');
    assert.equal(text.slice(qaeda.start, qaeda.end), 'al-Qaeda');
    assert.equal(mentions.find((m) => m.text === 'Haqqani Network')?.type, 'organization');
  });

  it('keeps honorifics as attributes, not as part of the name', () => {
    const mentions = findMentions(
      'Adviser Dame Sara Khan told reporters that Ms. Dame Sara would stay.',
    );
    const first = mentions.find((m) => m.name === 'Sara Khan');
    assert.deepEqual(first?.honorifics, ['Dame']);
    assert.equal(first.gender, 'female');
    assert.deepEqual(mentions.find((m) => m.name === 'Sara')?.honorifics, ['Ms.', 'Dame']);
  });

  it('finds organisations by head word and groups by their noun', () => {
    const text = 'Members of Tablighi Jamaat met the National Resistance Front, the experts said.';
    const mentions = findMentions(text);
    assert.ok(mentions.some((m) => m.text === 'Tablighi Jamaat' && m.type === 'organization'));
    assert.ok(
      mentions.some((m) => m.text === 'National Resistance Front' && m.type === 'organization'),
    );
    assert.ok(mentions.some((m) => m.type === 'group' && m.name === 'experts'));
  });

  it('gives offsets that point at the mention in the text', () => {
    const text = 'In London, “quoted” words — and President Joe Biden — were discussed by NATO.';
    for (const m of findMentions(text, gazetteer)) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('returns nothing for an empty text', () => {
    assert.deepEqual(findMentions('', gazetteer), []);
  });
});

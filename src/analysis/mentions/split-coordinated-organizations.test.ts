import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { taggedMention } from './test-mentions.ts';
import { splitCoordinatedOrganizations } from './split-coordinated-organizations.ts';

const LEXICON = new Map([['united nations', 'org']]);

/** A tagger organisation mention of `name` in `text`. */
const tagged = (text: string, name: string): Mention => taggedMention(text, name, 'organization');

const names = (text: string, name: string): string[] =>
  splitCoordinatedOrganizations(text, [tagged(text, name)], LEXICON).map((m) =>
    text.slice(m.start, m.end),
  );

describe('splitCoordinatedOrganizations', () => {
  it('splits two whole bodies the tagger ran together', () => {
    const text = 'observers of the United Nations and Council of Europe arrived';
    assert.deepEqual(names(text, 'United Nations and Council of Europe'), [
      'United Nations',
      'Council of Europe',
    ]);
    const game = 'the Army - Navy game';
    assert.deepEqual(names(game, 'Army - Navy'), ['Army', 'Navy']);
  });

  it('keeps one name whose parts are no bodies alone, or share the head after them', () => {
    for (const [text, name] of [
      [
        'the Department of Health and Human Services said',
        'Department of Health and Human Services',
      ],
      ['the Food and Drug Administration said', 'Food and Drug Administration'],
      ['dinner at the Army and Navy Club', 'Army and Navy Club'],
    ] as const)
      assert.deepEqual(names(text, name), [name]);
  });
});

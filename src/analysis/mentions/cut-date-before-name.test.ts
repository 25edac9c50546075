import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { taggedMention } from './test-mentions.ts';
import { cutDateBeforeName } from './cut-date-before-name.ts';

/** A tagger person mention of `name` in `text`. */
const tagged = (text: string, name: string): Mention => taggedMention(text, name, 'person');

const cut = (text: string, name: string): string | undefined =>
  cutDateBeforeName(text, [tagged(text, name)])[0]?.name;

describe('cutDateBeforeName', () => {
  it('leaves a day or a dated month the tagger ran into a name out of it', () => {
    assert.equal(cut('Then around November Ruth had to move.', 'November Ruth'), 'Ruth');
    assert.equal(cut('Thursday Bert and I ate there.', 'Thursday Bert'), 'Bert');
  });

  it('keeps a month that is a given name where no date word comes before it', () => {
    assert.equal(cut('She said to April Ryan that it was over.', 'April Ryan'), 'April Ryan');
    assert.equal(cut('June Carter sang.', 'June Carter'), 'June Carter');
  });
});

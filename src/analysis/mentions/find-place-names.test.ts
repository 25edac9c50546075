import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';
import { findPlaceNames } from './find-place-names.ts';

describe('findPlaceNames', () => {
  it('finds a place named by a word for a landform or landmark before or after it', () => {
    const text = 'We toured Pittock Mansion and saw Mount Hood. The Sea was calm on Lake Chad.';
    assert.deepEqual(
      findPlaceNames(text).map((m) => [m.name, m.type]),
      [
        ['Pittock Mansion', 'place'],
        ['Mount Hood', 'place'],
        ['Lake Chad', 'place'],
      ],
    );
  });

  it('fills the tagger’s gaps in the pipeline', () => {
    const text = 'We also did a tour of Pittock Mansion. Um, the view of Mount Hood was great.';
    const places = findMentions(text)
      .filter((m) => m.type === 'place')
      .map((m) => m.name);
    assert.ok(places.includes('Pittock Mansion'), places.join(', '));
    assert.ok(places.includes('Mount Hood'), places.join(', '));
  });

  it('reads a name before a street word as a place, not a person', () => {
    const text = 'Then we walked down Diagon Alley to the bank.';
    const types = findMentions(text).map((m) => `${m.text}:${m.type}`);
    assert.ok(types.includes('Diagon Alley:place'), types.join(', '));
  });
});

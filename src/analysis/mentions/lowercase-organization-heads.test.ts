import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

describe('an organisation named with a lower-case head after its name', () => {
  it('makes "Sinaloa drug cartel" the Sinaloa cartel, not the state of Sinaloa', () => {
    const text =
      "The US Treasury on Tuesday boosted its efforts to cut off financing for Mexico's notorious Sinaloa drug cartel, officials said.";
    const cartel = findMentions(text).find((m) => m.text === 'Sinaloa drug cartel');
    assert.equal(cartel?.type, 'organization');
    assert.equal(cartel.name, 'Sinaloa cartel');
  });

  it('leaves a place before another lower-case word a place', () => {
    const text = 'Violence in Sinaloa state rose again on Tuesday, officials in Mexico said.';
    const place = findMentions(text).find((m) => m.name === 'Sinaloa');
    assert.equal(place?.type, 'place');
  });
});

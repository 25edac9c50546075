import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

describe('an adverb that opens the sentence before a name', () => {
  it('is no part of the name (Spanish también, además)', () => {
    const text =
      'El presidente habló ayer. También Ismael Zambada fue detenido en Texas. Además Ovidio Guzmán se entregó.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.deepEqual(people, ['Ismael Zambada', 'Ovidio Guzmán']);
  });

  it('stays when it is inside the sentence, where it is no opener', () => {
    const text = 'Police said Ismael Zambada was held. The envoy met Ovidio Guzmán in Culiacán.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(
      people.includes('Ismael Zambada') && people.includes('Ovidio Guzmán'),
      people.join(' | '),
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from '../mentions/find-mentions.ts';
import { groupEntities } from '../mentions/group-entities.ts';
import { attributeStatements } from './attribute-statements.ts';
import { segmentText } from './segment-text.ts';

function read(text: string): { name: string | null; type: string | undefined }[] {
  const segmentation = segmentText(text);
  const grouped = groupEntities(findMentions(text), segmentation.quotes);
  const types = new Map(grouped.entities.map((e) => [e.id, e.type]));
  return attributeStatements(text, segmentation, grouped).map((s) => ({
    name: s.speakerName,
    type: s.speaker === null ? undefined : types.get(s.speaker),
  }));
}

describe('a capital or country that speaks for its government', () => {
  it('is the speaker after a quote, after a clause and in an inverted verb, typed as a place', () => {
    const statements = read(
      'Israel struck a building in the Qatari capital on Tuesday. "We will not tolerate this reckless behaviour," Doha said in a statement. The strike was illegal, Moscow said on Wednesday. "The region cannot afford another war," said Cairo.',
    );
    assert.deepEqual(statements.slice(1), [
      { name: 'Doha', type: 'place' },
      { name: 'Moscow', type: 'place' },
      { name: 'Cairo', type: 'place' },
    ]);
  });

  it('is what "it said" stands for after it spoke', () => {
    const statements = read(
      'Doha condemned what it called a cowardly attack on its territory. It said the strike was a flagrant violation of international law.',
    );
    assert.deepEqual(statements, [
      { name: 'Doha', type: 'place' },
      { name: 'Doha', type: 'place' },
    ]);
  });

  it('is not the speaker when it is only where the talks were', () => {
    const statements = read('The talks in Doha were useful, officials said.');
    assert.equal(statements[0]?.name, 'officials');
  });

  it('is the speaker with an aside between it and the verb ("Beijing, for its part, urged")', () => {
    const statements = read(
      'The United States imposed new sanctions on Chinese firms on Tuesday. Beijing, for its part, urged Washington to stop what it called illegal sanctions. Tehran, meanwhile, warned of a response.',
    );
    assert.deepEqual(
      statements.slice(1).map((s) => s.name),
      ['Beijing', 'Tehran'],
    );
  });
});

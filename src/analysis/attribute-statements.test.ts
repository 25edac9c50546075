import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeStatements } from './attribute-statements.ts';
import { findMentions } from './find-mentions.ts';
import { groupEntities } from './group-entities.ts';
import { segmentText } from './segment-text.ts';

function attribute(text: string) {
  const segmentation = segmentText(text);
  return attributeStatements(
    text,
    segmentation,
    groupEntities(findMentions(text), segmentation.quotes),
  );
}

describe('attributeStatements', () => {
  it('resolves a pronoun speaker and the medium of reported speech', () => {
    const [first, second] = attribute(
      'Council leader Dr. Amelia Brandt told the Courier the plan was sound. She added that boats would sail in spring.',
    );
    assert.equal(first?.kind, 'reported');
    assert.equal(first.speakerName, 'Amelia Brandt');
    assert.equal(first.medium, 'the Courier');
    assert.equal(first.cue, 'told');
    assert.equal(second?.speakerName, 'Amelia Brandt');
    assert.equal(second.cue, 'added');
  });

  it('finds the speaker after a closing quote and carries it to the next quoted sentence', () => {
    const statements = attribute(
      'The panel met in May.\n\n“The central problem is money,” the experts said. “Everything else follows”.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['unattributed', 'quote', 'quote'],
    );
    assert.equal(statements[1]?.speakerName, 'experts');
    assert.equal(statements[2]?.speakerName, 'experts');
  });

  it('skips a relative clause to find the subject that speaks', () => {
    const [statement] = attribute(
      'Dame Sara, who now advises secretary Michael Gove on policy, also claimed that groups misuse the word.',
    );
    assert.equal(statement?.speakerName, 'Sara');
    assert.equal(statement.cue, 'claimed');
  });

  it('marks vague sources as weakly sourced', () => {
    const statements = attribute(
      'According to media reports, the city is tense. It is believed that the talks failed. Critics say the plan is rushed.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['weakly-sourced', 'weakly-sourced', 'weakly-sourced'],
    );
  });

  it('leaves the writer’s own assertions unattributed', () => {
    const statements = attribute(
      'The scheme was launched in 2007. What does that mean? Nobody knows.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['unattributed', 'unattributed', 'unattributed'],
    );
  });

  it('reads the source of "according to" after the cue', () => {
    const [statement] = attribute('According to the panel, the group controls the capital.');
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.speakerName, 'panel');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeStatements } from './attribute-statements.ts';
import { findMentions } from '../mentions/find-mentions.ts';
import { groupEntities } from '../mentions/group-entities.ts';
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
  it('takes the person after a job title as the speaker, not the office in the title', () => {
    const [first, second] = attribute(
      '"Houthi leaders have shown their intent," said Treasury Secretary Scott Bessent. "We will use all tools," said Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Bradley T. Smith.',
    );
    assert.equal(first?.speakerName, 'Scott Bessent');
    assert.equal(second?.speakerName, 'Bradley T. Smith');
  });

  it('takes the person before an apposition that names an office', () => {
    const [first] = attribute(
      "Andrea Gacki, director of the Treasury's Office of Foreign Assets Control, said Hezbollah abuses the banks.",
    );
    assert.equal(first?.speakerName, 'Andrea Gacki');
  });

  it('gives "He added" and a following all-quote paragraph to the last person who spoke', () => {
    const statements = attribute(
      'Naim Qassem said that the party is still strong. He added it regained its capabilities.\n\nLord Cameron said: "We will continue to use every tool at our disposal."\n\n"The Palestinian people are victims of Hamas too."',
    );
    assert.equal(statements[1]?.speakerName, 'Naim Qassem');
    assert.equal(statements.at(-1)?.speakerName, 'Cameron');
  });

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
  it('picks the most telling cue word when a sentence has several', () => {
    const [statement] = attribute(
      'Making the rounds on the Sunday morning shows, Senator Ted Cruz said he was ready.',
    );
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.cue, 'said');
    assert.equal(statement.speakerName, 'Ted Cruz');
  });

  it('gives the relative pronoun as the source and its antecedent as the speaker', () => {
    const statements = attribute(
      'The plan was backed by Senator Ted Cruz, who said it would pass.',
    );
    assert.equal(statements[0]?.source?.text, 'who');
    assert.equal(statements[0].speakerName, 'Ted Cruz');
  });

  it('resolves "it said" to the organisation that spoke just before, and only to it', () => {
    const statements = attribute(
      'The World Health Organization said on Monday that cases had fallen. It said vaccines had helped. ' +
        'Islamic State lost ground in the north. Nonetheless, it said the attacks would go on.',
    );
    assert.equal(statements[1]?.source?.text, 'It');
    assert.match(statements[1].speakerName ?? '', /Health Organization/);
    assert.equal(statements[3]?.kind, 'reported');
    assert.equal(statements[3].source?.text, 'it');
    assert.equal(statements[3].speaker, null);
  });

  it('does not take a passive use of a cue word for an attribution', () => {
    const [statement] = attribute('Just over 6,000 people were referred to the scheme last year.');
    assert.equal(statement?.kind, 'unattributed');
  });

  it('counts a thought with a subject right before it, but not the writer’s own', () => {
    const [voters, writer, nobody] = attribute(
      'Most voters believe the economy is weak. We believe the economy is weak. Nobody knows the answer.',
    );
    assert.equal(voters?.kind, 'reported');
    assert.equal(voters.source?.text, 'Most voters');
    assert.equal(writer?.kind, 'unattributed');
    assert.equal(nobody?.kind, 'unattributed');
  });

  it('leaves the writer’s "we need to remember" and a participle before "of" unattributed', () => {
    const statements = attribute(
      'We need to remember, the threat is growing. It later emerged that the man suspected of the attack had been referred to Prevent.',
    );
    assert.deepEqual(
      statements.map((s) => s.kind),
      ['unattributed', 'unattributed'],
    );
  });

  it('does not take a name after a weak cue for its subject', () => {
    const [statement] = attribute(
      'Over 6,000 people were referred to the scheme, because of concerns they were at risk.',
    );
    assert.equal(statement?.kind, 'unattributed');
  });

  it('reads a fixed reporting phrase as a cue with the subject before it', () => {
    const [statement] = attribute('The senator points out that taxes rose.');
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement.cue, 'points out');
    assert.equal(statement.source?.text, 'The senator');
  });

  it('gives the source span of a phrase after "according to" that names no known entity', () => {
    const [statement] = attribute('According to a recent poll of voters, the mayor leads.');
    assert.equal(statement?.source?.text, 'a recent poll of voters');
  });

  it('takes the noun phrase after a closing quote as the source', () => {
    const [statement] = attribute(
      '“Everything that was said has overlapped,” the judge exclaimed.',
    );
    assert.equal(statement?.kind, 'quote');
    assert.equal(statement.source?.text, 'the judge');
  });

  it('takes the main verb, not an opening participle, for the cue', () => {
    const [statement] = attribute(
      'Asked about her vote, Senator Jane Smith replied that she was undecided.',
    );
    assert.equal(statement?.cue, 'replied');
    assert.equal(statement.speakerName, 'Jane Smith');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from '../mentions/find-mentions.ts';
import { groupEntities } from '../mentions/group-entities.ts';
import { attributeStatements } from './attribute-statements.ts';
import { segmentText } from './segment-text.ts';
import { speakersOf as speakers } from './test-speakers.ts';

function statementsOf(text: string): ReturnType<typeof attributeStatements> {
  const segmentation = segmentText(text);
  return attributeStatements(
    text,
    segmentation,
    groupEntities(findMentions(text), segmentation.quotes),
  );
}

// Shapes of the subject that held-out news got wrong (issue 14, session 11).
describe('a participial "described by X" clause before the subject', () => {
  it('reads a pronoun as the subject past a connective adverb ("He thus called on …")', () => {
    const text =
      'Prime Minister Omar Haddad met the cabinet in Beirut. He thus called on the minister "to act as his conscience dictates."';
    assert.deepEqual(speakers(text), [null, 'Omar Haddad']);
  });

  it('gives the statement to the subject of the main clause, not to the one who described it', () => {
    assert.deepEqual(
      speakers(
        'Once described by Donald Trump as a "foe" of the United States, the EU said on Monday that it would answer the tariffs.',
      ),
      ['EU'],
    );
  });

  it('does so for other verbs of the "criticised by" kind', () => {
    assert.deepEqual(
      speakers(
        'Long criticised by Amnesty International as "cruel", the Home Office said the scheme was lawful.',
      ),
      ['Home Office'],
    );
  });

  it('still takes the source after "described by" where no other cue follows', () => {
    assert.deepEqual(speakers('The plan was described by Donald Trump as a disaster.'), [
      'Donald Trump',
    ]);
  });
});

describe('"it says" inside a relative clause', () => {
  it('gives the claim to the body that is the subject of the sentence', () => {
    assert.deepEqual(
      speakers(
        'The US Treasury sanctioned five entities it says are fronts for Hezbollah. Hezbollah issued a statement on Sunday.',
      ),
      ['US Treasury', 'Hezbollah'],
    );
  });

  it('never gives it to a body named only after it', () => {
    const [first] = speakers(
      'Among the firms are entities it says are fronts for the Quds Force. Hezbollah issued a statement on Sunday.',
    );
    assert.notEqual(first, 'Hezbollah');
  });
});

describe('"the statement read"', () => {
  it('gives a quote the statement read to whoever issued the statement', () => {
    assert.deepEqual(
      speakers(
        'Hezbollah issued a statement on Sunday. "These actions undermine the stability of Lebanon," the statement read.',
      ),
      ['Hezbollah', 'Hezbollah'],
    );
  });

  it('gives "the company’s statement read" to the company that spoke before', () => {
    assert.deepEqual(
      speakers(
        'UPS issued a brief statement, saying it takes security seriously.\n\n"UPS is cooperating with the authorities," the company\'s statement read. "UPS declines to discuss any further details."',
      ),
      ['UPS', 'UPS', 'UPS'],
    );
  });

  it('takes "read" as the cue with the statement as the source', () => {
    const [, read] = statementsOf(
      'Hezbollah issued a statement on Sunday. "These actions undermine the stability of Lebanon," a statement read.',
    );
    assert.equal(read?.cue, 'read');
    assert.equal(read?.source?.text, 'a statement');
  });
});

describe('quantifier subjects', () => {
  it('gives "X, …, all said" to the noun phrase the quantifier floats from', () => {
    assert.deepEqual(
      speakers(
        'In the statement released last night, the mediators, the US, Qatar and Egypt, all said that the gaps could be narrowed.',
      ),
      ['the mediators'],
    );
  });

  it('gives "Both said" to the people the sentence before named', () => {
    assert.deepEqual(
      speakers(
        'John Smith and Mary Jones met in Paris on Monday. Both said the talks had gone well.',
      ),
      [null, 'John Smith and Mary Jones'],
    );
  });
});

describe('an impersonal "it was announced"', () => {
  it('is a statement with no named speaker', () => {
    const [statement] = statementsOf(
      'The parcel company has been barred by the Government from screening air cargo, it was announced today.',
    );
    assert.notEqual(statement?.kind, 'unattributed');
    assert.equal(statement?.speakerName, null);
  });

  it('does not take the name before it for the speaker', () => {
    const [statement] = statementsOf(
      'Ahmed Khan has been appointed interior minister, it has been announced.',
    );
    assert.notEqual(statement?.kind, 'unattributed');
    assert.equal(statement?.speakerName, null);
  });
});

describe('stances and progressive verbs', () => {
  it('gives a stance after a form of to be to its subject', () => {
    assert.deepEqual(
      speakers(
        'Republicans weren’t too concerned about the shift. Protesters were frustrated that the police released only some of the footage.',
      ),
      ['Republicans', 'Protesters'],
    );
  });

  it('leaves a state of things that nobody holds unattributed', () => {
    assert.deepEqual(
      speakers('The bridge was closed. It is unclear whether the vote will be held.'),
      [null, null],
    );
  });

  it('takes a speech verb in the progressive for the cue', () => {
    assert.deepEqual(
      speakers('Donald Trump is demanding that the campaign stop using the image.'),
      ['Donald Trump'],
    );
  });
});

describe('a say-like noun with its owner in the possessive', () => {
  it('gives the claim to its owner, even as the object of a preposition', () => {
    assert.deepEqual(
      speakers('Politifact seized on Donald Trump’s claim that there were thousands of shootings.'),
      ['Donald Trump'],
    );
  });
});

describe('a noun of saying "made by" its source', () => {
  it('gives "Confirmation … was made by X" to X, and "The bomb was made by X" to nobody', () => {
    assert.deepEqual(
      speakers(
        'Confirmation of the ban was made by the Department for Transport. The bomb was made by a local group.',
      ),
      ['Department for Transport', null],
    );
  });
});

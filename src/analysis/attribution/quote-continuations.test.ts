import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeText } from './test-speakers.ts';

const attribute = attributeText;

describe('quotes that carry on a speaker named in the sentence before', () => {
  it('gives a quote after "…, X said." in the same paragraph to X, all its sentences', () => {
    const statements = attribute(
      'The council may delay the vote until spring, Mayor Jane Porter said. "The other question is money. We do not have it yet." The vote was first set for May.',
    );
    assert.equal(statements[1]?.speakerName, 'Jane Porter');
    assert.equal(statements[1]?.kind, 'quote');
    assert.equal(statements[2]?.speakerName, 'Jane Porter');
    assert.equal(statements[3]?.kind, 'unattributed');
  });

  it('leaves a sentence opened by a quoted title to the writer', () => {
    const statements = attribute(
      'The film drew large crowds, critic Tom Hale said. "Casablanca" returns to cinemas next week.',
    );
    assert.equal(statements[1]?.kind, 'unattributed');
  });

  it("reads the doubled apostrophes of archive text (''…'') as quote marks", () => {
    const statements = attribute(
      "''We will not back down,'' Mayor Jane Porter said on Monday. ''It's our city. We stay.''",
    );
    assert.equal(statements[0]?.kind, 'quote');
    assert.equal(statements[1]?.speakerName, 'Jane Porter');
    assert.equal(statements[2]?.speakerName, 'Jane Porter');
  });

  it("finds the speaker after a quote closed by plain apostrophes ('…,' said X; ''…,'' said X)", () => {
    const [british] = attribute("'There can be no safe havens,' said Boris Johnson. He left.");
    assert.equal(british?.speakerName, 'Boris Johnson');
    const statements = attribute(
      "''This is not reform,'' said Douglas Hart, an economist at the institute. ''She is adding more complexity.''",
    );
    assert.equal(statements[0]?.speakerName, 'Douglas Hart');
    assert.equal(statements[1]?.speakerName, 'Douglas Hart');
  });

  it('reads a paragraph opened by a right quote mark as a quote, signed after a bar', () => {
    const statements = attribute(
      'Readers wrote to us.\n\n”The plan is a disgrace. It will fail.” ― Maria Lopez\n\nThe vote is in May.',
    );
    assert.equal(statements[1]?.kind, 'quote');
    assert.equal(statements[1]?.speakerName, 'Maria Lopez');
    assert.equal(statements[2]?.speakerName, 'Maria Lopez');
    assert.equal(statements[3]?.kind, 'unattributed');
  });
});

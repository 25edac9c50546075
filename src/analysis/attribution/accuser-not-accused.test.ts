import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

// The person a claim is made against is never its source (issue 14: the accused shown as the
// speaker of the accusation against them).
describe('who makes an accusation', () => {
  it('gives "X blamed Y for …, including alleged …" to X, not to Y', () => {
    assert.deepEqual(
      speakers(
        'Interior Minister Karin Holm blamed Marco Ferri for the unrest and for failing to act, including alleged support for the militia.',
      ),
      ['Karin Holm'],
    );
  });

  it('reads "alleged" after a preposition as describing the noun, not as a speech verb', () => {
    assert.deepEqual(speakers('The court fined Marco Ferri over alleged links to the cartel.'), [
      null,
    ]);
  });

  it('gives ", accusing …" to a plural group opening the sentence, not to a possessive name', () => {
    assert.deepEqual(
      speakers("Danish officials, however, rejected Ferri's proposal, accusing Rome of stalling."),
      ['Danish officials'],
    );
  });
});

describe('who a pronoun opening a sentence is', () => {
  it('continues the subject of the sentences before, not a person named there as an object', () => {
    assert.deepEqual(
      speakers(
        'Marta Lind is a veteran politician. She has close ties with President Anna Berg, visiting the capital often.\nShe welcomed the decision, writing on X: “We expect a partner that understands stability.”',
      ),
      [null, null, 'Marta Lind'],
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

// Shapes of attribution from session 18's real news (issue 14): a reduced relative that is no
// cue, an apposition between a closing subject and its verb of telling, and "the expert added".
describe('a past participle describing a noun', () => {
  it('is no cue: the subject of the main verb speaks, not the noun it describes', () => {
    assert.deepEqual(
      speakers(
        'Chile on Monday sharply criticized the new rules targeting banks and brokers accused of hiding client funds, calling them unfair.',
      ),
      ['Chile'],
    );
  });

  it('still reads a passive "was accused of" as before', () => {
    assert.notDeepEqual(
      speakers('The broker was accused of hiding client funds, the regulator said.'),
      ['broker'],
    );
  });
});

describe('a closing subject with an apposition before a verb of telling', () => {
  it('gives the statement to the person, not to the outlet told', () => {
    assert.deepEqual(
      speakers(
        'The reform is likely to pass before the summer recess, when parliament meets again in a shortened session, Marta Kowalska, a senior economist at the Warsaw Institute for Public Policy Studies, told the Radio Zet morning show on Friday.',
      ),
      ['Marta Kowalska'],
    );
  });
});

describe('"the expert" after a person introduced as an expert', () => {
  it('is the person introduced, in a quote that follows', () => {
    assert.deepEqual(
      speakers(
        'Marta Kowalska, an expert from the Warsaw Policy Institute, told Radio Zet the reform would pass.\n\n“There is a majority for it, and the opposition knows it,” the expert added.',
      ),
      ['Marta Kowalska', 'Marta Kowalska'],
    );
  });
});

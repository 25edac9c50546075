import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

// Shapes of attribution from session 18's real news (issue 14): a reduced relative that is no
// cue, an apposition between a closing subject and its verb of telling, "the expert added", a
// descriptor and a military or academic title between "said" and the name, and "the bloc".
describe('a past participle describing a noun', () => {
  it('is no cue: the subject of the main verb speaks, not the noun it describes', () => {
    assert.deepEqual(
      speakers(
        'Chile on Monday sharply criticized the new rules targeting banks and brokers accused of hiding client funds, calling them unfair.',
      ),
      ['Chile'],
    );
  });

  it('keeps "it accused of" after a body as the body\'s claim', () => {
    assert.deepEqual(
      speakers(
        'The Finance Ministry on Tuesday fined Marlow Trading, a broker it accused of hiding client funds.',
      ),
      ['Finance Ministry'],
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

describe('a descriptor and a title between an inverted "said" and the name', () => {
  it('gives the statement to the analyst after "said analyst Dr."', () => {
    assert.deepEqual(
      speakers(
        'The group has lost ground this year, said analyst Dr. Samuel Okoro of the Lagos Security Institute.',
      ),
      ['Samuel Okoro'],
    );
  });

  it('gives the quote to the expert after "said expert Col."', () => {
    assert.deepEqual(
      speakers('"This is a symbolic step," said expert Col. James Whitfield, a retired officer.'),
      ['James Whitfield'],
    );
  });
});

describe('"the bloc" after a union of states', () => {
  it('is the union named before it', () => {
    assert.deepEqual(
      speakers(
        'The European Union announced new measures against Minsk on Monday. The bloc has now said it will widen them.',
      ),
      ['European Union', 'European Union'],
    );
  });

  it('stays as written when no union was named', () => {
    assert.deepEqual(speakers('The bloc has now said it will widen the measures.'), ['The bloc']);
  });
});

describe('a participle after a capitalised body that no mention covers', () => {
  it('gives "hit back …, insisting that" to the body opening the sentence', () => {
    assert.deepEqual(
      speakers('Gazprom hit back on Wednesday, insisting that the sanctions would fail.'),
      ['Gazprom'],
    );
  });
});

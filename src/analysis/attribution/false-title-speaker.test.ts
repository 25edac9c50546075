import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

// Session 23 (issue #14): a bare occupation noun before a name after an inverted verb of saying, the
// "false title" of news English, shapes taken from PolNeAR train and dev and a Reuters report.
describe('a false title after an inverted verb of saying', () => {
  it('gives the quote to the author a tweet is inverted on', () => {
    assert.deepEqual(
      speakers(
        '“This decision is good for the judiciary. Two things can be true at the same time,” tweeted author Nanjala Nyabola, who had not backed either candidate.',
      ),
      ['Nanjala Nyabola', 'Nanjala Nyabola'],
    );
  });

  it('reads lower-case occupations of one or two words', () => {
    assert.deepEqual(speakers('“It is over,” said pollster Frank Luntz.'), ['Frank Luntz']);
    assert.deepEqual(speakers('“It is over,” said election lawyer Joe Birkenstock.'), [
      'Joe Birkenstock',
    ]);
    assert.deepEqual(speakers('The economy is weak, says political scientist Dossym Satpayev.'), [
      'Dossym Satpayev',
    ]);
  });

  it('takes the person the title ends on, not a name that qualifies the occupation', () => {
    assert.deepEqual(speakers('“It is over,” said Clinton ally James Carville.'), [
      'James Carville',
    ]);
  });

  it('does not read a clause after the verb as a title', () => {
    assert.notDeepEqual(speakers('“It is over,” said police arresting John Smith.'), [
      'John Smith',
    ]);
    assert.notDeepEqual(speakers('“It is over,” said police who arrested John Smith.'), [
      'John Smith',
    ]);
    assert.deepEqual(speakers('Police said officers arrested John Smith.'), ['Police']);
  });
});

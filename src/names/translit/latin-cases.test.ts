import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latinNominativeReadings } from './latin-cases.ts';

const read = (name: string): string[] => latinNominativeReadings(name.split(' '));

describe('latinNominativeReadings', () => {
  it('reads Polish genitive, dative and instrumental names back when every word is declined', () => {
    assert.deepEqual(read('Wiktora Wekselberga'), ['wiktor wekselberg']);
    assert.deepEqual(read('Arkadija Rotenberga'), ['arkadij rotenberg']);
    assert.deepEqual(read('Olega Deripaski'), ['oleg deripaska']);
    assert.deepEqual(read('Michaiła Chodorkowskiego'), ['michaił chodorkowski']);
    assert.deepEqual(read('Władimirowi Putinowi'), ['władimir putin']);
    assert.deepEqual(read('Romanem Abramowiczem'), ['roman abramowicz']);
    assert.deepEqual(read('Olega Deripaskę'), ['oleg deripaska']);
    assert.deepEqual(read('Vladimiru Putinovi'), ['vladimir putin']);
  });

  it('leaves a nominative, and a name only one of whose words looks declined, as written', () => {
    assert.deepEqual(read('Maria Zacharowa'), []);
    assert.deepEqual(read('Barack Obama'), []);
    assert.deepEqual(read('Wekselberga'), []);
  });

  it('reads an Estonian case ending off the last word', () => {
    assert.deepEqual(read('Roman Abramovitšiga'), ['roman abramovitš']);
    assert.deepEqual(read('Vladimir Putinile'), ['vladimir putin']);
    assert.deepEqual(read('Sergei Šoiguga'), ['sergei šoigu']);
    assert.deepEqual(read('Putinilt'), ['putin']);
  });

  it('reads the Czech feminine -ová off a foreign surname, giving back its -a or -o', () => {
    assert.deepEqual(read('Ksenija Šojguová'), ['ksenija šojgu']);
    assert.deepEqual(read('Marija Zacharovová'), ['marija zacharova']);
    assert.deepEqual(read('Galina Danilčenková'), ['galina danilčenko']);
    assert.deepEqual(read('Liz Trussová'), ['liz truss']);
    assert.deepEqual(read('Marija Zacharova'), []);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

describe('unnamed sources', () => {
  it('reports an anonymous source by its noun phrase, not by a name inside it', () => {
    assert.deepEqual(
      speakers(
        'A senior Houthi official said the coalition attacked civilian areas. Three Taliban sources said the militia had seized the valley. An air force source told AFP it was obvious.',
      ),
      ['A senior Houthi official', 'Three Taliban sources', 'An air force source'],
    );
  });

  it('gives "the foreign ministry spokesman" to the person titled so before, whole when unnamed', () => {
    assert.deepEqual(
      speakers(
        'China’s foreign ministry spokesman Wang Wenbin said the sanctions were illegal. "We firmly oppose this," the foreign ministry spokesman said.',
      ),
      ['Wang Wenbin', 'Wang Wenbin'],
    );
    assert.deepEqual(speakers('The foreign ministry spokesman said the measures were illegal.'), [
      'The foreign ministry spokesman',
    ]);
  });

  it('reads "IRNA reports that" as the agency speaking, by its name', () => {
    assert.deepEqual(
      speakers(
        'The deal was signed in May. Iran’s state news agency IRNA reports that three people were arrested. Unconfirmed reports that the leader died circulated on Monday.',
      ),
      [null, 'IRNA', null],
    );
  });

  it('leaves a prepositional phrase or a relative clause out of the source', () => {
    assert.deepEqual(
      speakers(
        'Also Wednesday, officials in southern Afghanistan said militants killed three policemen. An eyewitness who spoke to Nexstar’s KTXL said, “He was on the mound.”',
      ),
      ['officials', 'An eyewitness'],
    );
  });

  it('takes an inverted subject after the quote and not the verb of its relative clause', () => {
    const [first, second] = speakers(
      '“I will try to buy food in advance. But so far I haven’t yet purchased anything,” said the woman, who asked not to be named.',
    );
    assert.equal(first, 'the woman');
    assert.equal(second, 'the woman');
  });

  it('gives a definite description the unnamed source it repeats', () => {
    const statements = speakers(
      '"Masha," an unknown male voice on the phone said. "We are not commenting at all," the voice added.',
    );
    assert.equal(statements[1], 'an unknown male voice');
  });

  it('gives "her mother said" the person named in apposition to "her mother" before', () => {
    const statements = speakers(
      'Medina was to perform on Tuesday, her mother, Jacqueline Medina, told KTRK.\n\nBut when the teenager did not show up, her mother said she went looking for her.',
    );
    assert.equal(statements[1], 'Jacqueline Medina');
  });

  it('continues an unnamed person with "he said", not a person named before them', () => {
    const statements = speakers(
      'Federal government spokesperson Legesse Tulu did not respond to a request for comment.\n\nAnother resident, a Tigrayan, said he was frightened.\n\n“They may come up with stories,” he said.',
    );
    assert.equal(statements[1], 'Another resident');
    assert.equal(statements[2], 'Another resident');
  });

  it('never reports a dateline as the source', () => {
    assert.deepEqual(
      speakers('Kabul: Three Taliban sources said the militia had seized the valley.'),
      ['Three Taliban sources'],
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abjadSpelledReading } from './abjad-spelled-reading.ts';
import { analyzeName } from './analyze-name.ts';

function spelled(query: string, listed: string): string | undefined {
  const form = analyzeName(query, 'person', { query: true }).forms[0]!;
  const listedForm = analyzeName(listed, 'person').forms[0]!;
  return abjadSpelledReading(form, listedForm)
    ?.tokens.map((t) => t.text)
    .join(' ');
}

describe('abjadSpelledReading', () => {
  it('reads an Arabic-script query as the listed Latin words its letters spell', () => {
    // The readings of فلادمير بوتن guess other vowels (fladmir boten) and met the name at 0.79.
    assert.equal(spelled('فلادمير بوتن', 'Vladimir Vladimirovich PUTIN'), 'vladimir putin');
  });

  it('reads a Hebrew query as the listed Latin words its letters spell', () => {
    assert.equal(spelled('קלרה בואו', 'Clara Bow'), 'clara bow');
  });

  it('gives no reading when one word of the query spells no listed word', () => {
    assert.equal(spelled('فلاديمير بوتن', 'Vladimir KRAMNIK'), undefined);
  });

  it('spells a common name only by its hand-checked spellings', () => {
    // With its short vowels free, محمد would also spell Mahmud, another name.
    assert.equal(spelled('محمد علي', 'Mahmud ALI'), undefined);
    assert.equal(spelled('محمد علي', 'Mohammed ALI'), 'mohammed ali');
  });

  it('gives no reading to a query in another script', () => {
    assert.equal(spelled('Vladimir Putin', 'Vladimir PUTIN'), undefined);
  });
});

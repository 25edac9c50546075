import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOpeningNames } from './find-opening-names.ts';

const LEXICON = new Map([
  ['mike', 'first'],
  ['finally', 'common'],
  ['the', 'common'],
  ['court', 'orghead'],
  ['new', 'common'],
  ['york', 'place'],
]);

describe('findOpeningNames', () => {
  it('finds a rare name of two words that opens the text or a sentence', () => {
    const text = 'Naim Qassem spoke on Wednesday. Isa Gusau, the spokesperson, said so.';
    assert.deepEqual(
      findOpeningNames(text, [], LEXICON).map((s) => [s.text, s.type]),
      [
        ['Naim Qassem', 'person'],
        ['Isa Gusau', 'person'],
      ],
    );
  });

  it('finds a rare name of two words after a year that opens the sentence', () => {
    const text = 'He left. In 2016 Elon Musk established a company. By 1990, Naim Qassem led it.';
    assert.deepEqual(
      findOpeningNames(text, [], LEXICON).map((s) => s.text),
      ['Elon Musk', 'Naim Qassem'],
    );
  });

  it('finds a rare name of two words after a role noun in lower case', () => {
    const text = 'However, the club’s spokesman Ando Harivola admitted that the move came as news.';
    assert.deepEqual(
      findOpeningNames(text, [], LEXICON).map((s) => s.text),
      ['Ando Harivola'],
    );
  });

  it('leaves common words, places, headings and what the tagger found alone', () => {
    const text =
      'Finally Qassem spoke. The Court ruled. New York voted. Naim Qassem\nIntroduction Studies began.';
    const tagged = [
      {
        start: text.indexOf('Introduction'),
        end: text.indexOf(' began'),
        text: '',
        type: 'person' as const,
      },
    ];
    assert.deepEqual(findOpeningNames(text, tagged, LEXICON), []);
  });

  it('finds a first name alone opening a sentence before "has", "said" …, and no other word', () => {
    const text = 'The book is out. Mike has provided a preface. Finally said it all.';
    assert.deepEqual(
      findOpeningNames(text, [], LEXICON).map((s) => s.text),
      ['Mike'],
    );
  });

  it('finds one rare word that opens sentences when the text repeats it, never in lower case', () => {
    const text =
      '"Zarif implements the agenda," the minister said. Zarif promptly hit back on Twitter.';
    assert.deepEqual(
      findOpeningNames(text, [], LEXICON).map((s) => [s.text, s.start]),
      [
        ['Zarif', 1],
        ['Zarif', 50],
      ],
    );
    // Once is not enough, a known word is no name, and a word also in lower case is none.
    const once = 'Zarif promptly hit back. Finally it ended. Finally it began.';
    assert.deepEqual(findOpeningNames(once, [], LEXICON), []);
    const lower = 'Bolstered by this, they went on. Bolstered sales followed; they were bolstered.';
    assert.deepEqual(findOpeningNames(lower, [], LEXICON), []);
  });
});

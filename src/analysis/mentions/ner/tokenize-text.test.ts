import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeText } from './tokenize-text.ts';

describe('tokenizeText', () => {
  it('splits possessives, clitics and punctuation off as GUM does', () => {
    const words = tokenizeText("O'Brien's team don't pay $3,000.").map((t) => t.text);
    assert.deepEqual(words, ["O'Brien", "'s", 'team', 'don', "'t", 'pay', '$', '3,000', '.']);
  });

  it('keeps the full stop of titles, initials and dotted acronyms', () => {
    const words = tokenizeText('Mr. J. K. Rowling left the U.S. on Friday.').map((t) => t.text);
    assert.deepEqual(words, [
      'Mr.',
      'J.',
      'K.',
      'Rowling',
      'left',
      'the',
      'U.S.',
      'on',
      'Friday',
      '.',
    ]);
  });

  it('keeps a site named by its address in one token', () => {
    const words = tokenizeText('News.Az and CBC.ca said so. It ended.Then').map((t) => t.text);
    assert.deepEqual(words, [
      'News.Az',
      'and',
      'CBC.ca',
      'said',
      'so',
      '.',
      'It',
      'ended',
      '.',
      'Then',
    ]);
  });

  it('gives offsets into the text and marks tokens that open a line', () => {
    const text = 'In Kabul,\n\nthe Taliban’s leaders';
    const tokens = tokenizeText(text);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
    assert.deepEqual(
      tokens.filter((t) => t.lineStart).map((t) => t.text),
      ['In', 'the'],
    );
  });

  it("splits a French elision off the capitalised name after it, never off O'Brien", () => {
    assert.deepEqual(
      tokenizeText("ainsi qu'Igor Setchine, d’Alexeï Miller et O'Brien").map((t) => t.text),
      ['ainsi', "qu'", 'Igor', 'Setchine', ',', 'd’', 'Alexeï', 'Miller', 'et', "O'Brien"],
    );
  });
});

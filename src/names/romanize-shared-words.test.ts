import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { romanize } from './romanize.ts';

// romanize remembers each word's readings for the process: a word shared by two names must still
// be read as its own name's language and kind ask, whichever name came first.
describe('romanize of words that several names share', () => {
  it('reads a shared Cyrillic word as Ukrainian in a Ukrainian name and as Russian in a Russian one', () => {
    assert.equal(romanize('Олег Зеленський')[0], 'oleh zelenskyy');
    assert.equal(romanize('Олег Иванов')[0], 'oleg ivanov');
    assert.equal(romanize('Олег Зеленський')[0], 'oleh zelenskyy');
  });

  it('reads a shared Hangul word as a Korean name alone and as a foreign name among foreign words', () => {
    assert.equal(romanize('김정은')[0], 'kim jong un');
    assert.equal(romanize('데이비드 김정은')[0], 'david kimchungk');
    assert.equal(romanize('김정은')[0], 'kim jong un');
  });

  it('adds the query readings of an Arabic-script word after a list name with it was read', () => {
    assert.ok(!romanize('موسوی').includes('musavi'));
    assert.equal(romanize('موسوی', { query: true })[1], 'musavi');
    assert.ok(!romanize('موسوی').includes('musavi'));
  });
});

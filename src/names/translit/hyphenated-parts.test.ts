import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanizeDevanagariWord } from './devanagari.ts';
import { romanizeHebrewWord } from './hebrew.ts';

describe('romanizing hyphenated Hebrew and Devanagari names part by part', () => {
  it('reads the Hebrew article אל- apart from the name after it (אל-בגדאדי al-Baghdadi)', () => {
    assert.equal(romanizeHebrewWord('אל-בגדאדי')[0]?.startsWith('al-bag'), true);
  });

  it('reads Hebrew א- before a sun letter as the article (א-זוואהירי az-Zawahiri)', () => {
    assert.equal(romanizeHebrewWord('א-זוואהירי')[0]?.startsWith('al-z'), true);
  });

  it('reads a Hebrew double given name part by part (מרי-פרנס Marie-France)', () => {
    assert.ok(romanizeHebrewWord('מרי-פרנס').some((r) => r.startsWith('marie-')));
  });

  it('reads the Devanagari article अल- apart, without its inherent vowel', () => {
    assert.ok(romanizeDevanagariWord('अल-बग़दादी').includes('al-baghdadi'));
  });
});

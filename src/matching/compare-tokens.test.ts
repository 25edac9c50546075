import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameToken } from '../names/index.ts';
import { balticEnding, compareCharacters, compareTokens } from './compare-tokens.ts';

/** A name token outside the token cache (id -1), with its text as its only key. */
function token(text: string): NameToken {
  return { text, role: 'name', keys: [text], sound: '', id: -1 };
}

describe('balticEnding', () => {
  it('recognises a Latvian or Lithuanian nominative ending on a bare name', () => {
    assert.ok(balticEnding('lavrovs', 'lavrov'));
    assert.ok(balticEnding('putinas', 'putin'));
    assert.ok(balticEnding('sergejs', 'sergey'));
  });

  it('refuses an ending on a name that ends in a vowel or another feminine form', () => {
    assert.ok(!balticEnding('lavrova', 'lavrov'));
    assert.ok(!balticEnding('jones', 'jone'));
    assert.ok(!balticEnding('mass', 'mas'));
  });
});

describe('compareCharacters', () => {
  it('scores the same characters 1 and a different character as a conflict', () => {
    assert.equal(compareCharacters('习近平', '习近平'), 1);
    assert.ok(compareCharacters('习近朋', '习近平') < 0.6);
    assert.ok(compareCharacters('김종은', '김정은') < 0.6);
  });

  it('costs less for a character missing on one side than for a different one', () => {
    assert.ok(compareCharacters('习近', '习近平') > compareCharacters('习近朋', '习近平'));
  });
});

describe('compareTokens on short typed tokens', () => {
  it('refuses a letter added to a token of three letters, unless it doubles one', () => {
    // IRS (the US tax agency) met the alias IHRS of a listed charity at 0.88.
    assert.equal(compareTokens(token('irs'), token('ihrs'), false, 1), undefined);
    assert.ok((compareTokens(token('isa'), token('issa'), false, 1)?.similarity ?? 0) > 0.8);
  });
});

describe('compareTokens on two known names', () => {
  it('does not pair spellings of two different known names by their letters', () => {
    // Milad Mohammadi, a footballer, met MOLOUDI, Mohammad at 0.87 through mohammadi~mohammad.
    assert.equal(compareTokens(token('mohammadi'), token('mohammad'), false, 1), undefined);
    assert.equal(compareTokens(token('mahmood'), token('mohammad'), true, 2), undefined);
    // Zahid Mahmood, a Pakistani cricketer, met MAHMOOD, Shahid at 0.90 through zahid~shahid.
    assert.equal(compareTokens(token('zahid'), token('shahid'), false, 1), undefined);
  });

  it('still pairs a known name with a spelling outside the tables', () => {
    assert.ok(compareTokens(token('mohammad'), token('mohammadd'), false, 1) !== undefined);
    assert.ok(compareTokens(token('raad'), token('raed'), false, 1) !== undefined);
  });
});

describe('compareTokens and Slavic family names', () => {
  it('keeps a stem and the -ov/-ev/-in family name formed on it apart', () => {
    // Oleksandr Turchynov (Ukraine's security council) met Aleksandr TURCHIN (EU) at 0.84.
    assert.equal(compareTokens(token('turchinov'), token('turchin'), true, 1), undefined);
    assert.equal(compareTokens(token('ivan'), token('ivanov'), false, 1), undefined);
    assert.equal(compareTokens(token('karimova'), token('karim'), true, 1), undefined);
  });

  it('still pairs spellings and a feminine form of one family name', () => {
    assert.ok(
      (compareTokens(token('turchynov'), token('turchinov'), true, 1)?.similarity ?? 0) > 0.8,
    );
    assert.ok((compareTokens(token('ivanova'), token('ivanov'), false, 1)?.similarity ?? 0) > 0);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { couldSpell } from './source-spelling.ts';

describe('couldSpell', () => {
  it('rules out a Latin name whose consonants the Persian letters cannot be written with', () => {
    // خاتمی has ت where Khademi (خادمی) has د.
    assert.equal(couldSpell('محمد خاتمی', 'khademi'), false);
    assert.equal(couldSpell('محمد خاتمی', 'khatami'), true);
    assert.equal(couldSpell('محمد خاتمی', 'mohammad'), true);
  });

  it('rules out a Latin name with a consonant no Cyrillic letter of the query stands for', () => {
    assert.equal(couldSpell('Дмитрия Муратова', 'kratov'), false);
    assert.equal(couldSpell('Дмитрия Муратова', 'muratov'), true);
  });

  it('accepts the spellings other languages and romanisations give the same letters', () => {
    const spellings: [string, string][] = [
      ['Владимир', 'wladimir'],
      ['Александр', 'alexander'],
      ['Вексельбергом', 'vekselberg'],
      ['Хрущёв', 'khrushchev'],
      ['Михаил', 'mihail'],
      ['Евгений', 'yevgeny'],
      ['عبدالرحمن', 'abdurrahman'],
      ['نصرالله', 'nasrallah'],
      ['أحمد', 'ahmet'],
      ['رجب', 'recep'],
      ['سید علی خامنه‌ای', 'khamenei'],
    ];
    for (const [source, latin] of spellings) assert.equal(couldSpell(source, latin), true, latin);
  });

  it('rules nothing out for a text with letters outside its tables', () => {
    assert.equal(couldSpell('Муратов Ltd', 'kratov'), true);
  });
});

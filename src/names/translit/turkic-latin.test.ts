import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reverseTurkicSpelling } from './turkic-latin.ts';

describe('reverseTurkicSpelling', () => {
  it('reads Azerbaijani letters back into the English romanisation', () => {
    assert.equal(reverseTurkicSpelling('Əbdül Qəni Bəradər'), 'abdul ghani baradar');
    assert.equal(
      reverseTurkicSpelling('molla Məhəmməd Həsən Axund'),
      'molla mahammad hasan akhund',
    );
  });

  it('reads Turkish spellings of Arabic names back, with the assimilated article', () => {
    assert.equal(reverseTurkicSpelling('Molla Birader'), 'molla biradar');
    assert.equal(reverseTurkicSpelling('Zabihullah Mücahid'), 'zabihullah mujahid');
    assert.equal(reverseTurkicSpelling('Eymen ez-Zevahiri'), 'ayman az-zawahiri');
  });

  it('leaves names without Turkish or Azerbaijani marks alone', () => {
    assert.equal(reverseTurkicSpelling('Ismail Haniyeh'), undefined);
    assert.equal(reverseTurkicSpelling('Eymen el Zevahiri'), undefined);
    assert.equal(reverseTurkicSpelling('Wladimir Putin'), undefined);
  });
});

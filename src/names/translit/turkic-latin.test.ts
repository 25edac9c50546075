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

  it('reads the Turkish -ettin ending of -uddin names written without Turkish letters', () => {
    assert.equal(reverseTurkicSpelling('Siracettin Hakkani'), 'sirajuddin hakkani');
    assert.equal(reverseTurkicSpelling('Siraceddin Hakkani'), 'sirajuddin hakkani');
    assert.equal(reverseTurkicSpelling('Selahattin'), 'salahuddin');
    // An English -eddin spelling (OFAC's Kamaleddin) is no Turkish mark.
    assert.equal(reverseTurkicSpelling('Kamaleddin Ahmadi'), undefined);
  });

  it('leaves names without Turkish or Azerbaijani marks alone', () => {
    assert.equal(reverseTurkicSpelling('Ismail Haniyeh'), undefined);
    assert.equal(reverseTurkicSpelling('Eymen el Zevahiri'), undefined);
    assert.equal(reverseTurkicSpelling('Wladimir Putin'), undefined);
  });
});

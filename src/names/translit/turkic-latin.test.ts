import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../analyze-name.ts';
import { qafReading, reverseTurkicSpelling } from './turkic-latin.ts';

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

  it('reads each k of a Turkish spelling as the qaf it often stands for, in a second reading', () => {
    assert.equal(qafReading('abdul hak wasik'), 'abdul haq wasiq');
    assert.equal(qafReading('sirajuddin hakkani'), 'sirajuddin haqqani');
    // The kh of the Azerbaijani x is no qaf.
    assert.equal(qafReading('molla mahammad hasan akhund'), undefined);
  });

  it('gives a Turkic query both readings, with k and with q', () => {
    const forms = analyzeName('Molla Əbdül Hak Vasik', 'person', { query: true }).forms.map((f) =>
      f.tokens.map((t) => t.text).join(' '),
    );
    assert.ok(forms.includes('abdul hak wasik'));
    assert.ok(forms.includes('abdul haq wasiq'));
  });
});

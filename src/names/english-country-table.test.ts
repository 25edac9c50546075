import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishCountryTable } from './english-country-table.ts';

describe('englishCountryTable', () => {
  it('looks up English country names and the codes of every country', () => {
    const countries = englishCountryTable();
    assert.equal(countries.getAlpha2Code('Germany', 'en'), 'DE');
    assert.equal(countries.alpha3ToAlpha2('IRN'), 'IR');
    assert.equal(countries.isValid('KP'), true);
  });

  it('reads no locale but English, since the other 77 cost a tenth of an article analysis', () => {
    assert.deepEqual(englishCountryTable().getNames('de'), {});
    assert.equal(englishCountryTable().getAlpha2Code('Deutschland', 'de'), undefined);
  });
});

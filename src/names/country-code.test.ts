import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryCountryCode, toCountryCode } from './country-code.ts';

describe('queryCountryCode', () => {
  it('reads codes in any case, names, adjectives and the lists’ long forms', () => {
    assert.equal(queryCountryCode('ru'), 'RU');
    assert.equal(queryCountryCode('RUS'), 'RU');
    assert.equal(queryCountryCode('Russian Federation'), 'RU');
    assert.equal(queryCountryCode('Iran (Islamic Republic of)'), 'IR');
    assert.equal(queryCountryCode('Syrian'), 'SY');
  });

  it('reads ISO 3166 short names with the state’s form after a comma', () => {
    assert.equal(queryCountryCode("Korea, Democratic People's Republic of"), 'KP');
    assert.equal(queryCountryCode('Korea, Republic of'), 'KR');
    assert.equal(queryCountryCode('Iran, Islamic Republic of'), 'IR');
    assert.equal(queryCountryCode('Venezuela, Bolivarian Republic of'), 'VE');
    assert.equal(queryCountryCode('Congo, The Democratic Republic of the'), 'CD');
    assert.equal(queryCountryCode('Tanzania, United Republic of'), 'TZ');
    assert.equal(queryCountryCode('Palestine, State of'), 'PS');
  });

  it('reads everyday English names and abbreviations', () => {
    assert.equal(queryCountryCode('Viet Nam'), 'VN');
    assert.equal(queryCountryCode('U.S.'), 'US');
    assert.equal(queryCountryCode('Holland'), 'NL');
  });

  it('names no country for words that are none', () => {
    assert.equal(queryCountryCode('Nowhere'), undefined);
    assert.equal(queryCountryCode('Smith, John of'), undefined);
    assert.equal(toCountryCode('na'), undefined);
  });
});

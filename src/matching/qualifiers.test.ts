import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  birthDateEffect,
  countryEffect,
  QUALIFIER_WEIGHTS,
  schemasCompatible,
} from './qualifiers.ts';

describe('birthDateEffect', () => {
  it('rewards the same day and the same year, and punishes a distant year', () => {
    const listed = [{ value: '1961-03-12', precision: 'day' as const }];
    assert.equal(birthDateEffect('1961-03-12', listed)?.contribution, QUALIFIER_WEIGHTS.sameDay);
    assert.equal(birthDateEffect('1961', listed)?.contribution, QUALIFIER_WEIGHTS.sameYear);
    assert.equal(birthDateEffect('1975', listed)?.contribution, QUALIFIER_WEIGHTS.differentYear);
  });

  it('recognises day and month swapped', () => {
    const listed = [{ value: '1961-03-12', precision: 'day' as const }];
    assert.equal(
      birthDateEffect('1961-12-03', listed)?.contribution,
      QUALIFIER_WEIGHTS.swappedDayMonth,
    );
  });

  it('accepts any year inside a listed range and takes the best of several dates', () => {
    const listed = [
      { value: '1942', precision: 'year' as const },
      { value: '1977', precision: 'range' as const, from: '1977', to: '1978' },
    ];
    assert.equal(birthDateEffect('1978-06-01', listed)?.contribution, QUALIFIER_WEIGHTS.sameYear);
  });

  it('says nothing when the entity lists no birth date', () => {
    assert.equal(birthDateEffect('1978', []), undefined);
  });
});

describe('countryEffect', () => {
  it('rewards a listed nationality and punishes another country', () => {
    assert.ok(countryEffect('af', ['AF'], [])!.contribution > 0);
    assert.ok(countryEffect('BR', ['AF'], ['PK'])!.contribution < 0);
    assert.equal(countryEffect('BR', [], []), undefined);
  });
});

describe('schemasCompatible', () => {
  it('never lets a person match a vessel or a company', () => {
    assert.equal(schemasCompatible('Person', 'Vessel'), false);
    assert.equal(schemasCompatible('Person', 'Organization'), false);
    assert.equal(schemasCompatible('Organization', 'LegalEntity'), true);
    assert.equal(schemasCompatible('Any', 'Aircraft'), true);
  });
});

describe('estimated birth dates', () => {
  const range = { value: '1977', precision: 'range' as const, from: '1977', to: '1978' };
  it('count a year up to five years outside a listed range as near', () => {
    assert.equal(birthDateEffect('1973', [range])?.contribution, QUALIFIER_WEIGHTS.nearYear);
    assert.equal(birthDateEffect('1970', [range])?.contribution, QUALIFIER_WEIGHTS.differentYear);
  });

  it('count a year up to five years from a date the list calls approximate as near', () => {
    const circa = { value: '1977', precision: 'year' as const, note: 'approximately' };
    assert.equal(birthDateEffect('1974', [circa])?.contribution, QUALIFIER_WEIGHTS.nearYear);
  });

  it('keep one year of tolerance around an exact date', () => {
    const exact = { value: '1977', precision: 'year' as const };
    assert.equal(birthDateEffect('1974', [exact])?.contribution, QUALIFIER_WEIGHTS.differentYear);
  });
});

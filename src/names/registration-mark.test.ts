import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from './analyze-name.ts';
import { registrationMarkToken } from './registration-mark.ts';

const texts = (name: string, reading: 'person' | 'organisation' | 'any' = 'any') =>
  analyzeName(name, reading).forms.map((f) => f.tokens.map((t) => t.text).join(' '));

describe('registrationMarkToken', () => {
  it('reads an aircraft registration mark as one token', () => {
    assert.equal(registrationMarkToken('EP-IRS'), 'epirs');
    assert.equal(registrationMarkToken('RA-96018'), 'ra96018');
    assert.equal(registrationMarkToken('A9C-BHR'), 'a9cbhr');
  });

  it('leaves names with an article or an unknown prefix alone', () => {
    assert.equal(registrationMarkToken('AL-JIHAD'), undefined);
    assert.equal(registrationMarkToken('EL-HAJJ'), undefined);
    assert.equal(registrationMarkToken('Ep-Irs Ltd'), undefined);
    assert.equal(registrationMarkToken('Al-Aqsa'), undefined);
  });
});

describe('analyzeName on a registration mark', () => {
  it('keeps the mark whole, so its letters alone are not a name', () => {
    assert.deepEqual(texts('EP-IRS', 'organisation'), ['epirs']);
    assert.deepEqual(texts('EP-IRS'), ['epirs']);
    assert.deepEqual(texts('AL-JIHAD', 'organisation'), ['al jihad']);
  });
});

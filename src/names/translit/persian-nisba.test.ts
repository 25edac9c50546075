import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { persianNisbaReading } from './persian-nisba.ts';

describe('persianNisbaReading', () => {
  it('reads a Persian -وی name as its stem plus -avi, with Persian letter values', () => {
    assert.equal(persianNisbaReading('موسوی'), 'musavi');
    assert.equal(persianNisbaReading('صفوی'), 'safavi');
    assert.equal(persianNisbaReading('مرتضوی'), 'martazavi');
  });

  it('leaves other words, and the Arabic spelling with ي, alone', () => {
    assert.equal(persianNisbaReading('طباطبایی'), undefined);
    assert.equal(persianNisbaReading('موسوي'), undefined);
    assert.equal(persianNisbaReading('علی'), undefined);
  });

  it('gives a Persian query the reading among its first three, and list names none', () => {
    assert.ok(romanize('مجید موسوی', { query: true }).slice(0, 3).includes('majid musavi'));
    assert.ok(!romanize('مجید موسوی').includes('majid musavi'));
  });
});

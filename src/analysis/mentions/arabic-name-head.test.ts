import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicNameHead } from './arabic-name-head.ts';
import { findMentions } from './find-mentions.ts';

function people(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === 'person')
    .map((m) => m.name);
}

describe('arabicNameHead', () => {
  it('keeps "Abd al" and "Abou el" with the Arabic name a Spanish or French text writes without hyphens', () => {
    const found = people(
      'Estados Unidos ofrece hasta 7 millones de dólares por información relacionada con Abd al Rahman Yusuf al Karbuli, «un líder del grupo», indicó el comunicado. Según Francia, Abou el Fadl Hamdi al Qasimi dirigeait le groupe.',
    );
    assert.ok(found.includes('Abd al Rahman Yusuf al Karbuli'), found.join(', '));
    assert.ok(found.includes('Abou el Fadl Hamdi al Qasimi'), found.join(', '));
  });

  it('leaves a Spanish "al" after any other word a preposition', () => {
    assert.equal(arabicNameHead('el informe entregado por Pedro al '), 0);
    assert.equal(arabicNameHead('información sobre Abd al '), 'Abd al '.length);
  });
});

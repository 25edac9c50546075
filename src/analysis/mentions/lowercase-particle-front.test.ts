import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';
import { lowercaseParticleFront } from './lowercase-particle-front.ts';

describe('lowercaseParticleFront', () => {
  it('moves a surname’s start back over its lower-case particles', () => {
    const text = 'It is like de Tocqueville. Then von der Leyen spoke.';
    assert.equal(lowercaseParticleFront(text, text.indexOf('Tocqueville')), text.indexOf('de '));
    assert.equal(lowercaseParticleFront(text, text.indexOf('Leyen')), text.indexOf('von'));
  });

  it('leaves particles inside a longer name to it', () => {
    const text = 'It was renamed from Penon de Coron to Coron.';
    const start = text.indexOf('Coron');
    assert.equal(lowercaseParticleFront(text, start), start);
  });

  it('gives the pipeline’s person the particles of its name', () => {
    const names = findMentions('It is much more like de Tocqueville’s 1830s America.')
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.deepEqual(names, ['de Tocqueville']);
  });

  it('leaves a French preposition out of the name after it', () => {
    const text =
      'Les avoirs de Vladimir Poutine et de ses proches sont gelés dans les banques, selon la ' +
      'presse. Le Kremlin ne dit rien, mais les oligarques qui sont proches du pouvoir ne sont ' +
      'pas contents et le disent dans les journaux pour la première fois.';
    const start = text.indexOf('Vladimir');
    assert.equal(lowercaseParticleFront(text, start), start);
  });
});

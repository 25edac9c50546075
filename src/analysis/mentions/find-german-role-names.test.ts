import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

describe('a person named after a German trade or office', () => {
  it('finds the name after the trade, the trade kept as its role', () => {
    const text =
      'Die USA und Großbritannien verhängen wegen des Ukraine-Kriegs Sanktionen gegen weitere russische Oligarchen. ' +
      'Betroffen sind neben Usmanow und Peskow die Brüder Boris und Arkadi Rotenberg sowie der Putin-Vertraute und Geschäftsmann Jewgeni Prigoschin, der Finanzier der Söldnertruppe Wagner sein soll.';
    const person = findMentions(text).find((m) => m.name === 'Jewgeni Prigoschin');
    assert.equal(person?.type, 'person');
    assert.deepEqual(person.honorifics, ['Geschäftsmann']);
  });

  it('sets a trade of sport and a nationality written as a noun aside from the name', () => {
    const text =
      'Zudem landen Dutzende Personen wegen Unterstützung des russischen Kriegs gegen die Ukraine auf der Sanktionsliste. ' +
      'Unter ihnen ist etwa die frühere rhythmische Sportgymnastin Alina Kabajewa. ' +
      'Der Ägypter al-Sawahiri hatte die Führung der Gruppe übernommen, die er seit Jahren prägte.';
    const names = findMentions(text).map((m) => m.name);
    assert.ok(names.includes('Alina Kabajewa'), names.join(' | '));
    assert.ok(names.includes('al-Sawahiri'), names.join(' | '));
  });
});

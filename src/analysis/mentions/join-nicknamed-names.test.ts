import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

describe('a nickname in quotes inside a name', () => {
  it('leaves one person, named without the nickname', () => {
    const text =
      'Prosecutors said Joaquin "El Chapo" Guzman Loera ran the cartel. Ismael “El Mayo” Zambada Garcia was arrested in Texas.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(people.includes('Joaquin Guzman Loera'), people.join(' | '));
    assert.ok(people.includes('Ismael Zambada Garcia'), people.join(' | '));
    assert.ok(!people.includes('Joaquin') && !people.includes('El Chapo'), people.join(' | '));
  });

  it('joins a nickname in guillemets, as Spanish and French news quote it', () => {
    const text =
      'La DEA busca a Ismael «El Mayo» Zambada García. Los hijos de Joaquín «El Chapo» Guzmán Loera dirigen Los Chapitos.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(people.includes('Ismael Zambada García'), people.join(' | '));
    assert.ok(people.includes('Joaquín Guzmán Loera'), people.join(' | '));
    assert.ok(!people.some((p) => p.includes('»')), people.join(' | '));
  });

  it('joins a Spanish nickname written with a small article', () => {
    const text =
      'La Mayiza es una facción del Cartel de Sinaloa liderada por el hijo del capo Ismael "el Mayo" Zambada García.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(people.includes('Ismael Zambada García'), people.join(' | '));
  });

  it('finds a nicknamed person the tagger found no part of, and no word of the clause before it', () => {
    const text =
      'Los hijos del narcotraficante mexicano Joaquín "El Chapo" Guzmán, preso en los Estados Unidos. Según la fiscalía, Ismael "El Mayo" Zambada fue detenido.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(people.includes('Joaquín Guzmán'), people.join(' | '));
    assert.ok(people.includes('Ismael Zambada'), people.join(' | '));
    assert.ok(
      !people.some((p) => p.startsWith('Según') || p.startsWith('Ismael "')),
      people.join(' | '),
    );
  });

  it('does not join two people a quoted word only stands between', () => {
    const text = 'Omar Hassan said "Never" Ali Khan replied.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(!people.includes('Omar Hassan Ali Khan'), people.join(' | '));
  });
});

describe('a quoted phrase in a title-case heading', () => {
  it('is no nicknamed person when a word around the quotes is a common word', () => {
    const text =
      'The “Slow Money” Pitch\n\nWhy Anime “Ghost in the Shell” Is More Relevant Than Ever\n\nFarmers met investors.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person' && m.source === 'rule')
      .map((m) => m.name);
    assert.deepEqual(people, []);
  });
});

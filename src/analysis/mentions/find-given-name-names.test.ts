import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findGivenNameNames } from './find-given-name-names.ts';
import { findMentions } from './find-mentions.ts';

describe('a given name and a family name in Spanish, French or German text', () => {
  it('finds a president the tagger misses in Spanish', () => {
    const text =
      'La portavoz de la Casa Blanca, Morgan Ortagus, dijo que el decreto firmado por el presidente de los Estados Unidos (EEUU), Donald Trump, contra el régimen de Nicolás Maduro no establece un embargo.';
    const found = findMentions(text).find((m) => m.name === 'Nicolás Maduro');
    assert.equal(found?.type, 'person');
  });

  it('finds no person where the words after a given name are a place or a common word', () => {
    const text =
      'El jueves el presidente viajó con Marcos a Paris y después a Madrid, según la agencia.';
    const people = findMentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(!people.some((n) => n.includes('Paris')), people.join(' | '));
  });

  it('finds the name after a German office written with a capital ("Außenminister Sergej Lawrow")', () => {
    const found = findGivenNameNames(
      '"Auch wir werden das nicht tun", sagte Außenminister Sergej Lawrow in Taschkent.',
      'German',
    ).map((m) => m.name);
    assert.deepEqual(found, ['Sergej Lawrow']);
  });
});

describe('a Russian given name declined in Polish or Czech text', () => {
  it('finds "Władimira Putina" and "Sergeje Lavrova" by the nominative of the given name', () => {
    assert.deepEqual(
      findGivenNameNames(
        'Sankcje na prezydenta Władimira Putina ogłoszono w piątek.',
        'Polish',
      ).map((m) => m.name),
      ['Władimira Putina'],
    );
    assert.deepEqual(
      findGivenNameNames('Sankce na ministra Sergeje Lavrova platí od pátku.', 'Czech').map(
        (m) => m.name,
      ),
      ['Sergeje Lavrova'],
    );
  });

  it('reads no declined given name in a language that does not decline it', () => {
    assert.deepEqual(
      findGivenNameNames('Sanciones contra Sergeje Lavrova en Bruselas.', 'Spanish'),
      [],
    );
  });

  it('starts a Polish person at the given name, not at the declined place before it', () => {
    const text =
      'Jeszcze w dniu ataku na Ukrainę Władimir Putin w rozmowie z rosyjskimi przedsiębiorcami zapewniał ich, że uchroni ich od skutków wojny i sankcji. Jednak później sankcjami objęty był już on sam, razem z Sergiejem Ławrowem, rosyjskim ministrem spraw zagranicznych.';
    const people = findMentions(text, undefined, 'Polish')
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(people.includes('Władimir Putin'), people.join(' | '));
    assert.ok(!people.some((n) => n.includes('Ukrainę')), people.join(' | '));
  });
});

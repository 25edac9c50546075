import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCyrillicNames } from './find-cyrillic-names.ts';
import { UKRAINIAN_NAME_CASES } from './ukrainian-name-cases.ts';

const names = (text: string): string[] => findCyrillicNames(text).map((m) => `${m.type}:${m.name}`);

describe('findCyrillicNames', () => {
  it('reads a person named in an oblique case back to the nominative, patronymic included', () => {
    assert.deepEqual(
      names('Сенаторы предложили санкции против Владимира Владимировича Путина и Сергея Лаврова.'),
      ['person:Владимир Владимирович Путин', 'person:Сергей Лавров'],
    );
  });

  it('reads feminine and foreign names, and a surname alone in any case as the person named', () => {
    assert.deepEqual(
      names(
        'Официальный представитель МИД Мария Захарова ответила Дональду Трампу. Слова Захаровой и Трампа обсуждают.',
      ),
      ['person:Мария Захарова', 'person:Дональд Трамп', 'person:Захарова', 'person:Трамп'],
    );
  });

  it('finds no person in capitalised words without a known given name, and none in Latin text', () => {
    assert.deepEqual(names('Министр иностранных дел России выступил в Москве.'), []);
    assert.deepEqual(names('Sergei Lavrov spoke in Moscow.'), []);
  });

  it('takes a short capitalised name in guillemets for an organisation', () => {
    assert.deepEqual(names('Компания «Роснефть» и ЧВК «Вагнер» попали под санкции.'), [
      'organization:Роснефть',
      'organization:Вагнер',
    ]);
  });
});

describe('findCyrillicNames in Ukrainian', () => {
  const ukrainian = (text: string): string[] =>
    findCyrillicNames(text, UKRAINIAN_NAME_CASES).map((m) => `${m.type}:${m.name}`);

  it('reads Ukrainian given names and -енко, -ський and -ін surnames back to the nominative', () => {
    assert.deepEqual(
      ukrainian(
        'Санкції проти Олександра Лукашенка, Володимира Путіна і Дмитра Зеленського обговорили. Слова Лукашенка повторили.',
      ),
      [
        'person:Олександр Лукашенко',
        'person:Володимир Путін',
        'person:Дмитро Зеленський',
        'person:Лукашенко',
      ],
    );
  });

  it('leaves -енко indeclinable in Russian', () => {
    assert.deepEqual(names('Путин встретился с Александром Лукашенко в среду.'), [
      'person:Александр Лукашенко',
    ]);
  });
});

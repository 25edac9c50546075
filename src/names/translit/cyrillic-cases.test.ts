import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../analyze-name.ts';
import { nominativeReadings, nominativesOf } from './cyrillic-cases.ts';

const readingsOf = (name: string): string[] =>
  analyzeName(name, 'any', { query: true }).forms.map((form) =>
    form.tokens.map((token) => token.text).join(' '),
  );

describe('nominativesOf', () => {
  it('puts Russian surnames and given names back in the nominative', () => {
    assert.deepEqual(nominativesOf('Вексельбергом'), ['вексельберг']);
    assert.deepEqual(nominativesOf('Вексельберга'), ['вексельберг']);
    assert.deepEqual(nominativesOf('Лавровым'), ['лавров']);
    assert.deepEqual(nominativesOf('Пригожину'), ['пригожин', 'пригожина']);
    assert.deepEqual(nominativesOf('Дерипаски'), ['дерипаска']);
    assert.deepEqual(nominativesOf('Набиуллиной'), ['набиуллина']);
    assert.deepEqual(nominativesOf('Абрамовичем'), ['абрамович']);
    assert.deepEqual(nominativesOf('Сергеем'), ['сергей']);
    assert.deepEqual(nominativesOf('Дмитрия'), ['дмитрий']);
    assert.deepEqual(nominativesOf('Дмитрию'), ['дмитрий', 'дмитрия']);
    assert.deepEqual(nominativesOf('Игоря'), ['игорь']);
    assert.deepEqual(nominativesOf('Ходорковского'), ['ходорковский']);
  });

  it('reads Ukrainian case endings too', () => {
    assert.deepEqual(nominativesOf('Сергія'), ['сергій']);
    assert.deepEqual(nominativesOf('Зеленського'), ['зеленський']);
    assert.deepEqual(nominativesOf('Лаврові'), ['лавров']);
  });

  it('leaves words without a case ending and short stems alone', () => {
    assert.deepEqual(nominativesOf('Олег'), []);
    assert.deepEqual(nominativesOf('Ли'), []);
  });

  it('reads a whole name with each word in its likeliest nominative first', () => {
    assert.deepEqual(nominativeReadings(['Олегом', 'Дерипаской']), [
      'олег дерипаская',
      'олег дерипаска',
    ]);
    assert.deepEqual(nominativeReadings(['Олег']), []);
  });
});

describe('analyzeName on declined Cyrillic queries', () => {
  it('also reads an instrumental name in the nominative the lists print', () => {
    assert.ok(readingsOf('Виктором Вексельбергом').includes('viktor vekselberg'));
    assert.ok(readingsOf('Олегом Дерипаской').includes('oleg deripaska'));
    assert.ok(readingsOf('Сергеем Лавровым').includes('sergey lavrov'));
  });

  it('gives list names no such reading', () => {
    const listed = analyzeName('Виктором Вексельбергом').forms.map((form) =>
      form.tokens.map((token) => token.text).join(' '),
    );
    assert.ok(!listed.includes('viktor vekselberg'));
  });
});

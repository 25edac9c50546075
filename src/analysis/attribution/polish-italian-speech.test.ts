import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleSpeakers } from './test-speakers.ts';

// Polish and Italian wire copy: the speaker before the verb, after a quote and a dash, and a
// role alone for the person named before (Polish has no articles). Made-up sentences in the shapes
// of PAP and ANSA copy, not rows of the article set.

describe('Polish articles', () => {
  it('gives each statement to its speaker, a role alone to the person named before', () => {
    const text = [
      'Minister finansów Jan Kowalski powiedział w piątek w Warszawie, że nowe przepisy wejdą w życie w przyszłym roku.',
      '"Nie zmienimy zdania" – dodał Kowalski.',
      'Minister podkreślił, że budżet jest bezpieczny.',
      'Pogoda w stolicy pozostaje chłodna, a mieszkańcy przygotowują się do zimy.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.deepEqual(speakers, ['Jan Kowalski', 'Jan Kowalski', 'Jan Kowalski', null]);
  });
});

describe('Polish and Russian groups after the verb', () => {
  it('gives a quote to the group a plural noun names, not to a person named inside the quote', () => {
    const text = [
      'Ministrowie spraw zagranicznych państw UE przyjęli w poniedziałek nowe sankcje wobec Białorusi.',
      'Na liście znalazł się syn prezydenta, Dzmitryj Łukaszenka, który jest biznesmenem.',
      '"Był obecny na inauguracji nowej kadencji Alaksandra Łukaszenki. Wspiera ten reżim" – uznali ministrowie.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.equal(speakers.at(-1), 'ministrowie');
  });

  it('reads a Russian group the same way', () => {
    const text = [
      'Министр иностранных дел Сергей Лавров встретился с коллегой в Москве.',
      '«Санкции не работают», — заявили эксперты.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.equal(speakers.at(-1), 'эксперты');
  });
});

describe('Italian articles', () => {
  it('gives each statement to its speaker, with "ha detto" and "ha reso noto"', () => {
    const text = [
      "Il ministro dell'Economia Mario Rossi ha detto oggi a Roma che il bilancio sarà approvato entro dicembre.",
      "Il ministero ha reso noto di aver avviato un'indagine sui conti della società.",
      'La città di Roma ha una lunga storia e attira molti turisti ogni anno.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.equal(speakers[0], 'Mario Rossi');
    assert.notEqual(speakers[1], null);
    assert.equal(speakers[2], null);
  });
});

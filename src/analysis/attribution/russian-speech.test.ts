import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleSpeakers } from './test-speakers.ts';

// Russian wire copy: the speaker before the verb, after a quote and a dash (also a plain hyphen),
// a role or a pronoun for the person named before. Shaped on Russian news items about Sergei
// Lavrov (sankt-peterburg-gid.ru; yenisafak.com/ru), shortened.

describe('Russian articles', () => {
  it('finds the people, and gives each quote and claim to its speaker', () => {
    const text = [
      'Министр иностранных дел РФ Сергей Лавров заявил в интервью французскому телеканалу TF1, что снятие с России санкций после окончания операции маловероятно.',
      '«Их готовили достаточно давно. Едва ли эти санкции будут сняты», — высказался министр.',
      'Он также считает, что Украина стала для Запада «разменной монетой».',
      '"Мы никогда не прибегаем к подобным мерам", - добавил Лавров.',
      'Ранее пресс-секретарь президента РФ Дмитрий Песков выразил мнение, что пакет новых санкций можно приравнять к разрыву отношений.',
      'Погода в Москве в эти дни остается холодной и ветреной, и жители города готовятся к зиме.',
    ].join('\n\n');
    const { entities, speakers } = readArticleSpeakers(text);
    assert.deepEqual(entities, ['person:Сергей Лавров', 'person:Дмитрий Песков']);
    assert.deepEqual(speakers, [
      'Сергей Лавров',
      'Сергей Лавров',
      'Сергей Лавров',
      'Сергей Лавров',
      'Сергей Лавров',
      'Дмитрий Песков',
      null,
    ]);
  });
});

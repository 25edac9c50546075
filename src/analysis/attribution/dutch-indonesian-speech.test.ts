import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessLanguage } from '../extract/guess-language.ts';
import { readArticleSpeakers } from './test-speakers.ts';

// Dutch and Indonesian news: the speaker after the verb behind a quote ("…", aldus Zacharova;
// "…," kata Marise Payne), "volgens X" and "menurut X", and the -nya verbs of Indonesian that
// stand for the speaker named before. Sentences in the shapes of ANP copy (welingelichtekringen.nl,
// hln.be) and of Antara, JPNN and Sindonews copy, names changed.

describe('Dutch articles', () => {
  it('gives quotes to the speaker after "aldus" and after the verb, and the sentence to its subject', () => {
    const text = [
      'Rusland reageert verbolgen op de sancties die de Verenigde Staten hebben aangekondigd tegen twee Russische oliebedrijven en een aantal banken in Moskou.',
      '"Ons land heeft een sterke immuniteit opgebouwd tegen westerse beperkingen en zal vol vertrouwen doorgaan", aldus Maria Zacharova.',
      '"We zullen niet zwijgen en toezien hoe de mensen in Oekraïne worden onderdrukt", zei Pieter de Vries dinsdag.',
      'Karel Jansen zegt dat de maatregelen niets zullen uithalen voor de economie van het land.',
    ].join('\n\n');
    assert.equal(guessLanguage(text), 'Dutch');
    const { speakers } = readArticleSpeakers(text);
    assert.deepEqual(speakers.slice(1), ['Maria Zacharova', 'Pieter de Vries', 'Karel Jansen']);
  });

  it('gives the sentence before "Dat zei minister X" to the minister, never to a place', () => {
    const text = [
      'Sancties tegen Rusland zijn nodig, maar hoe zwaar die zullen uitpakken wordt nog bekeken door de regering in Den Haag.',
      'Dat zei minister Karel Jansen woensdagochtend tijdens een korte persverklaring in de hoofdstad.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.deepEqual(speakers, ['Karel Jansen', 'Karel Jansen']);
  });
});

describe('Indonesian articles', () => {
  it('is told from English and gives quotes to the speaker after "kata" and "ujar"', () => {
    const text = [
      'Australia terus melakukan sejumlah upaya untuk menghentikan invasi tersebut dan menjatuhkan sanksi terhadap 22 orang yang dituding menyebar berita bohong.',
      '"Mereka propagandis dan mata-mata penyebar informasi tidak benar," ujar Marise Payne dalam keterangannya.',
      '"Kami akan menanggapi tindakan ini dengan cara balas budi," kata Budi Santoso kepada wartawan.',
      'Budi Santoso mengatakan bahwa pemerintah akan mengambil sikap berdasarkan kepentingan domestik.',
      '"Tentu saja negara itu ada dalam daftar ini," sambungnya, saat melakukan konferensi pers.',
    ].join('\n\n');
    assert.equal(guessLanguage(text), 'Indonesian');
    const { speakers } = readArticleSpeakers(text);
    assert.deepEqual(speakers.slice(1), [
      'Marise Payne',
      'Budi Santoso',
      'Budi Santoso',
      'Budi Santoso',
    ]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleSpeakers } from './test-speakers.ts';

// Portuguese, Turkish and Ukrainian wire copy: made-up sentences in the shapes of Agência Brasil,
// Anadolu Ajansı and Ukrinform copy, not rows of the article set.

describe('Portuguese articles', () => {
  it('gives each statement to its speaker, after a quote, after "segundo" and with the subject left out', () => {
    const text = [
      'O ministro da Fazenda, João Carvalho, disse nesta segunda-feira que o orçamento será aprovado até dezembro.',
      '“Não vamos mudar de rota”, afirmou o ministro, em entrevista à rádio.',
      'Segundo Carvalho, a inflação deve cair no segundo semestre.',
      'Disse ainda que os juros continuarão altos.',
      'A cidade do Rio de Janeiro tem uma longa história e atrai muitos turistas todos os anos.',
    ].join('\n\n');
    const { language, speakers } = readArticleSpeakers(text);
    assert.equal(language, 'Portuguese');
    assert.deepEqual(speakers, [
      'João Carvalho',
      'João Carvalho',
      'João Carvalho',
      'João Carvalho',
      null,
    ]);
  });

  it('takes no opening preposition for a name ("Sobre a inflação, Carvalho afirmou")', () => {
    const text = [
      'O ministro da Fazenda, João Carvalho, falou com jornalistas em Brasília sobre o orçamento do próximo ano e as contas públicas.',
      'Sobre a alta dos juros, Carvalho também afirmou que o banco central acordou primeiro.',
    ].join('\n\n');
    const { speakers } = readArticleSpeakers(text);
    assert.equal(speakers.at(-1), 'João Carvalho');
  });
});

describe('Turkish articles', () => {
  it('reads the subject that opens the clause, before its quote, and none with a case suffix', () => {
    const text = [
      'Dışişleri Bakanı Ahmet Yılmaz, yeni yaptırımların bölgede ciddi sonuçlar doğuracağını söyledi.',
      'Yılmaz, "Bu karar kabul edilemez ve buna yanıt vereceğiz" dedi.',
      "Yılmaz ayrıca Almanya'nın da bu karara karşı çıktığını belirtti.",
      "İstanbul'da hava bugün parçalı bulutlu ve serin olacak, yağış beklenmiyor.",
    ].join('\n\n');
    const { language, speakers } = readArticleSpeakers(text);
    assert.equal(language, 'Turkish');
    assert.deepEqual(speakers, ['Ahmet Yılmaz', 'Ahmet Yılmaz', 'Ahmet Yılmaz', null]);
  });

  it('reads a light-verb phrase of saying ("ifadesini kullandı") and the source before "göre"', () => {
    const text = [
      'Sözcü Ayşe Demir, günlük basın toplantısında, "Yaptırımlar yarın yürürlüğe girecek ve uzun süre kalacak" ifadesini kullandı.',
      "Bakanlığın açıklamasına göre toplantı gelecek hafta Ankara'da yapılacak ve tüm taraflar katılacak.",
      'Kentte hava bugün parçalı bulutlu olacak.',
    ].join('\n\n');
    const { language, speakers } = readArticleSpeakers(text);
    assert.equal(language, 'Turkish');
    assert.equal(speakers[0], 'Ayşe Demir');
    assert.notEqual(speakers[1], null);
    assert.equal(speakers[2], null);
  });
});

describe('Ukrainian articles', () => {
  it('reads names back to the nominative and gives declined surnames to the full name', () => {
    const text = [
      'Україна запровадила санкції проти Олександра Лукашенка та його оточення, повідомив сьогодні уряд.',
      'Заступник керівника кабінету Білорусі Павло Кравченко розповів журналістам, що санкції проти Лукашенка – це сильний удар.',
      'За словами Кравченка, Україна не визнає Лукашенка президентом Білорусі.',
      '"Вони розуміють тільки мову сили", – сказав Кравченко.',
    ].join('\n\n');
    const { language, entities, speakers } = readArticleSpeakers(text);
    assert.equal(language, 'Ukrainian');
    assert.ok(entities.includes('person:Олександр Лукашенко'));
    assert.deepEqual(speakers.slice(1), ['Павло Кравченко', 'Павло Кравченко', 'Павло Кравченко']);
  });
});

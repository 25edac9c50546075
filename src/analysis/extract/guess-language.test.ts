import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessLanguage } from './guess-language.ts';

const FRENCH =
  "Un homme d'affaires libanais, désigné par les autorités américaines comme un important soutien financier du Hezbollah, a plaidé coupable jeudi, a indiqué un communiqué du département de la Justice. Il a été nommé terroriste mondial spécialement désigné en mai 2009 par le Département du Trésor pour ses liens avec la milice libanaise.";
const SPANISH =
  'El Departamento del Tesoro de Estados Unidos sancionó este jueves a varios miembros del cártel por su papel en el tráfico de fentanilo, informó la oficina. Según las autoridades, la red operaba desde Culiacán y lavaba dinero a través de empresas de fachada en Jalisco y en la Ciudad de México.';
const ENGLISH =
  'The Treasury said on Thursday that it had designated two men and a company for their role in moving money to the group, and that all of their property in the United States is now blocked. "We will not stop," the under secretary said in a statement.';
// A cabinet list has almost no function words of any language.
const LIST = Array.from(
  { length: 12 },
  (_, i) => `Mullah Name${i} Akhund - Deputy Prime Minister\nMaulvi Other${i} - Minister`,
).join('\n');

describe('guessLanguage', () => {
  it('tells English news from French and Spanish', () => {
    assert.equal(guessLanguage(ENGLISH), 'English');
    assert.equal(guessLanguage(FRENCH), 'French');
    assert.equal(guessLanguage(SPANISH), 'Spanish');
  });

  it('tells Turkish by its conjunctions and postpositions, so English rules never read it', () => {
    // Made up in the shape of Turkish wire copy; English speech rules left its quotes "unsourced".
    const text =
      'ABD Hazine Bakanlığı, İran ile ticaret yapan bir şirkete yaptırım uyguladı ve şirketin varlıklarını dondurdu. Bakanlık tarafından yapılan açıklamaya göre şirket, petrol satışı için sahte belgeler kullandı. Bakan ise bu kararın daha fazla yaptırım için bir uyarı olduğunu söyledi, ancak şirket iddiaları kabul etmedi ve kararın hukuka aykırı olduğunu açıkladı.';
    assert.equal(guessLanguage(text), 'Turkish');
  });

  it('tells a short French news item by its prepositions and negation', () => {
    const text =
      "Considéré comme très proche de Jacques Chirac, Dominique de Villepin a déclaré dimanche qu'il souhaitait que l'ancien chef d'Etat soit jugé et s'est dit défavorable à un renvoi de son procès. \"Je ne crois pas aux passe-droits, je ne crois pas à la possibilité de s'exempter de cette exigence démocratique\", a-t-il expliqué.";
    assert.equal(guessLanguage(text), 'French');
  });

  it('takes a list of names and a short text for English, and a script it does not read for none', () => {
    assert.equal(guessLanguage(LIST), 'English');
    assert.equal(guessLanguage('Le Hezbollah est là.'), 'English');
    // A script Sift does not read: Hebrew prose.
    assert.equal(
      guessLanguage('שר החוץ אמר כי ארצות הברית צריכה להפסיק את התמיכה בארגון '.repeat(4)),
      null,
    );
  });

  it('tells Russian and Ukrainian in Cyrillic script apart by their letters and function words', () => {
    const russian =
      'Министр иностранных дел России Сергей Лавров заявил, что снятие санкций после окончания операции маловероятно. Он считает, что они были подготовлены заранее, и не видит в этом проблемы для экономики.';
    const ukrainian =
      'Міністр закордонних справ Андрій Сибіга заявив, що нові санкції не закриють двері для діалогу. Він наголосив, що слова і обіцянки російського диктатора є порожніми, і що це треба пам’ятати.';
    assert.equal(guessLanguage(russian), 'Russian');
    assert.equal(guessLanguage(ukrainian), 'Ukrainian');
  });

  it('tells Czech from Polish by the letters ě, ř and ů', () => {
    const czech =
      'Evropská unie uvalí sankce na režim běloruského lídra. Velvyslanci států EU v Bruselu schválili ve středu seznam, kterým bude zakázán vstup na území členských států a jejich majetek v bankách bude obstaven. Sankce musí ještě schválit ministři zahraničí na své schůzce.';
    const polish =
      'Prezydent Ukrainy poinformował, że podpisał dekret wprowadzający w życie sankcje na przywódcę Białorusi. Według Rady Bezpieczeństwa sankcje obejmą zablokowanie aktywów finansowych i ograniczenia w lotach przez terytorium Ukrainy oraz zakaz udziału przedsiębiorstw w zamówieniach.';
    assert.equal(guessLanguage(czech), 'Czech');
    assert.equal(guessLanguage(polish), 'Polish');
  });

  it('tells Turkish by its letters ı and ğ where it has few free function words', () => {
    const turkish =
      "Dışişleri Bakanı, şimdiye kadar beş binden fazla yaptırım açıklandığını söyledi. Bakan, Batı'nın çözümü engelleyebileceğini vurguladı, silah sevkiyatının meşru hedef sayılacağını açıkladı ve güvenlik garantileri aradıklarını ifade etti. Toplantı yarın Ankara'da yapılacak.";
    assert.equal(guessLanguage(turkish), 'Turkish');
    // An English text that names Turkish people keeps its language.
    const english =
      'President Recep Tayyip Erdoğan met Kemal Kılıçdaroğlu and the foreign minister in Ankara on Monday, and the two men said that they had agreed on the need for talks with the opposition before the vote in the spring.';
    assert.equal(guessLanguage(english), 'English');
  });

  it('tells Arabic prose by its prepositions and conjunctions', () => {
    const arabic =
      'اتهمت وزارة العدل الأميركية عشرة أشخاص معظمهم لبنانيو الأصل بتهريب الأموال إلى حزب الله، وقال المدعي العام في بيان إن التحقيق مستمر مع شركات في عدة دول، وأضاف أن هذه الشبكة كانت تعمل منذ سنوات على نقل الأموال من أمريكا الجنوبية إلى لبنان.';
    assert.equal(guessLanguage(arabic), 'Arabic');
  });

  it('tells Persian by its own letters and function words, and leaves Urdu unread', () => {
    // Persian writes Arabic script with letters of its own (گ ک ی), and "که", "از", "را", "است".
    assert.equal(
      guessLanguage('وزیر امور خارجه کشورمان گفت که آمریکا باید از حمایت دست بردارد '.repeat(4)),
      'Persian',
    );
    // Urdu shares those letters but writes "کے", "کی", "ہے", "میں".
    assert.equal(
      guessLanguage('وزیر خارجہ نے کہا کہ امریکہ کی پالیسی میں تبدیلی کی ضرورت ہے '.repeat(4)),
      null,
    );
  });
});

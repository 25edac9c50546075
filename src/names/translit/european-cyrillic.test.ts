import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../analyze-name.ts';
import { reverseEuropeanTranscriptions } from './european-cyrillic.ts';
import { romanizeDevanagariWord } from './devanagari.ts';
import { readHanCompanyName } from './han-company.ts';

// Spellings printed by the press (sources in scripts/eval/data/real-world-names.tsv).
describe('reverseEuropeanTranscriptions', () => {
  for (const [printed, english] of [
    ['Wladimir Bogdanow', 'vladimir bogdanov'],
    ['Nikolai Patruschew', 'nikolai patrushev'],
    ['Władimir Sołowjow', 'vladimir solovyov'],
    ['Gienadij Timczenko', 'genadiy timchenko'],
    ['Alicher Ousmanov', 'alisher usmanov'],
    ['Vladimir Potanine', 'vladimir potanin'],
    ['Mijaíl Fridman', 'mikhail fridman'],
    ['Ališer Usmanov', 'alisher usmanov'],
    ['Andrei Kuzmitšev', 'andrei kuzmichev'],
    ['Vlagyimir Potanyin', 'vladimir potanin'],
    ['Mihail Guțeriev', 'mihail gutseriev'],
    ['Roman Abramovitsj', 'roman abramovich'],
    ['Igor Setsjin', 'igor sechin'],
    ['Joeri Kovaltsjoek', 'yuri kovalchuk'],
    ['Igor Sjoevalov', 'igor shuvalov'],
  ]) {
    it(`reads the ${printed} of the press back as ${english}`, () => {
      assert.ok(reverseEuropeanTranscriptions(printed!).includes(english!));
    });
  }

  it('reads oe as u only beside another Dutch letter group, not in a German name', () => {
    // German writes ö as oe: Schroeder is no Dutch spelling of a Russian name.
    assert.ok(!reverseEuropeanTranscriptions('Gerhard Schroeder').includes('gerhard skhruder'));
    assert.deepEqual(reverseEuropeanTranscriptions('Joe Biden'), []);
  });

  it('leaves a name with no transcription letters alone', () => {
    assert.deepEqual(reverseEuropeanTranscriptions('Peter Martin'), []);
  });

  it('adds the readings only to a query, never to a listed name', () => {
    assert.equal(analyzeName('Wekselberg').forms.length, 1);
    const query = analyzeName('Wekselberg', 'any', { query: true });
    assert.deepEqual(
      query.forms.map((f) => f.tokens.map((t) => t.text).join(' ')),
      ['wekselberg', 'vekselberg'],
    );
  });
});

describe('romanizeDevanagariWord', () => {
  it('speaks the inherent vowel inside a word and drops it at the end', () => {
    assert.deepEqual(romanizeDevanagariWord('बरादर'), ['baradar']);
    assert.deepEqual(romanizeDevanagariWord('हक्कानी'), ['hakkani']);
  });

  it('reads व after a virama as w and silences a schwa before a cluster', () => {
    assert.ok(romanizeDevanagariWord('खैरख्वा').includes('khairkhwa'));
  });

  it('deletes schwas from the end of the word, never two in a row, and keeps -ai before ई', () => {
    // स्टेनकजई is Stanekzai: k loses its a, so n keeps its own; ज before ई spells -zai.
    const readings = romanizeDevanagariWord('स्टेनकजई');
    assert.ok(readings.includes('stenakjai'), JSON.stringify(readings));
    assert.ok(!readings.includes('stenkji'), JSON.stringify(readings));
  });

  it('also reads ज as z, since newspapers often drop the nukta of ज़', () => {
    assert.deepEqual(romanizeDevanagariWord('स्टेनकजई').slice(0, 3), [
      'stenakajai',
      'stenakjai',
      'stenakzai',
    ]);
    assert.ok(romanizeDevanagariWord('जबिउल्लाह').includes('zabiullah'));
    assert.deepEqual(romanizeDevanagariWord('बरादर'), ['baradar']);
  });

  it('also reads झ as z, as Marathi writes the z of Arabic and Persian names', () => {
    // झकी-उर-रहमान लखवी is Zaki-ur-Rehman Lakhvi in the Marathi press; अझहर is Azhar.
    assert.ok(romanizeDevanagariWord('झकी').includes('zaki'));
    assert.ok(romanizeDevanagariWord('अझहर').includes('azhar'));
  });

  it('reads a long ई written after a consonant inside a word as ee, first', () => {
    // सईद is Saeed (سعيد), नईम Naeem: the script writes the long vowel of the Arabic hiatus.
    assert.deepEqual(romanizeDevanagariWord('सईद'), ['saeed', 'said']);
    assert.equal(romanizeDevanagariWord('नईम')[0], 'naeem');
    // At the end of a word the pair is the diphthong of -zai, and इ is short.
    assert.ok(!romanizeDevanagariWord('स्टेनकजई').some((r) => r.includes('ee')));
    assert.ok(!romanizeDevanagariWord('जबिउल्लाह').some((r) => r.includes('ee')));
  });

  it('also reads व inside a word as w, last, and a first व as v only', () => {
    // जमात-उद-दावा is Jamaat-ud-Dawa, नवाज़ Nawaz; व of Vladimir stays v.
    const dawa = romanizeDevanagariWord('दावा');
    assert.deepEqual(dawa, ['dava', 'dawa']);
    assert.ok(romanizeDevanagariWord('नेटवर्क').includes('netawark'));
    assert.ok(!romanizeDevanagariWord('व्लादिमीर').some((r) => r.startsWith('w')));
  });

  it('also reads फ as f, since the nukta of फ़ is dropped too', () => {
    // हाफिज is Hafiz (हाफ़िज़ with both nuktas dropped).
    assert.ok(romanizeDevanagariWord('हाफिज').includes('hafiz'));
    assert.equal(romanizeDevanagariWord('हाफिज')[0], 'haphij');
  });
});

describe('readHanCompanyName', () => {
  it('reads the legal form in English and the trade name in pinyin by words', () => {
    // Also without the place it starts with (a place word since session 16).
    assert.deepEqual(readHanCompanyName('珠海振戎有限公司'), [
      'zhuhai zhenrong co ltd',
      'zhenrong co ltd',
    ]);
    assert.deepEqual(readHanCompanyName('河北鑫海化工集团有限公司'), [
      'hebei xinhai chemical group co ltd',
      'xinhai chemical group co ltd',
    ]);
  });

  it('leaves a name without a legal form to the personal-name reader', () => {
    assert.equal(readHanCompanyName('习近平'), undefined);
    // A place word alone ends no company name.
    assert.equal(readHanCompanyName('北京中国'), undefined);
  });

  it('reads a name that ends in a trade word as a company without its legal form', () => {
    assert.deepEqual(readHanCompanyName('辽阳石化'), ['liaoyang petrochemical']);
    assert.equal(readHanCompanyName('石化'), undefined);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { romanize } from './romanize.ts';
import { SHARED_MISSING, sharedUrl } from '../../test/support/shared-data.ts';

const SHARED = sharedUrl('pairs/');

function includes(text: string, expected: string): void {
  const got = romanize(text);
  assert.ok(got.includes(expected), `${text} → ${JSON.stringify(got)} lacks ${expected}`);
}

describe('romanize', () => {
  it('folds Latin diacritics into one lower-case ASCII variant', () => {
    assert.deepEqual(romanize('Müller'), ['muller']);
    assert.deepEqual(romanize('Straße Øster Łukasz Işık'), ['strasse oster lukasz isik']);
    assert.deepEqual(romanize('Nguyễn Văn Thiệu'), ['nguyen van thieu']);
    assert.deepEqual(romanize("O'Brien, Hans-Jürgen (Dr.)"), ["o'brien hans-jurgen dr"]);
  });

  it('reads a Chinese firm with a place in brackets as one company name', () => {
    // OFAC's BAOGANG DONGYING DONGGANG LOGISTICS AND WAREHOUSING CO., LTD. in the Hong Kong press.
    assert.equal(
      romanize('寶港(東營東港)物流倉儲有限公司', { query: true })[0],
      'baogang dongying donggang logistics warehousing co ltd',
    );
  });

  it('returns nothing for a text without letters', () => {
    assert.deepEqual(romanize(' ,.- '), []);
  });

  it('gives between one and six distinct variants, most likely first', () => {
    for (const text of ['محمد', 'Владимир Владимирович Путин', '김정은', 'Αλέξανδρος', '习近平']) {
      const got = romanize(text);
      assert.ok(got.length >= 1 && got.length <= 6, text);
      assert.equal(new Set(got).size, got.length, text);
      for (const form of got) assert.match(form, /^[a-z0-9 '-]+$/);
    }
  });

  it('keeps no Arabic-script reading that drops a letter every Latin spelling writes', () => {
    // خاتمی (Khatami) was also read "jami" and "hami": "محمد خاتمی", a former president of Iran,
    // met OFAC's MUHAMMAD, Jami' 'Ali at 0.97.
    const readings = romanize('خاتمی', { query: true });
    assert.ok(readings.includes('khatami'), readings.join());
    assert.ok(!readings.includes('jami') && !readings.includes('hami'), readings.join());
    assert.deepEqual(romanize('حقانی', { query: true }).slice(0, 1), ['haqqani']);
  });

  it('keeps the aligned model readings that follow the ones dropping a letter', () => {
    // The aligned model's best three readings of بوتن (bon, pon, bun) each drop a letter; the
    // fourth to sixth (boten, poten, putin) were lost with them, and Putin was never read.
    const readings = romanize('بوتن');
    assert.ok(readings.includes('putin'), readings.join());
  });

  it('reads حامد as Hamid and رعد as Raad, as the lists spell them', () => {
    // The models read حامد "hamad" (حمد) and رعد "reid": UN QDi.326 (HAMID HAMAD HAMID AL-'ALI)
    // and OFAC 26956 (RA'D, Muhammad Hasan) were no candidates of their Arabic spellings.
    assert.equal(romanize('حامد حمد حامد العلي')[0], 'hamid hamad hamid al-ali');
    assert.equal(romanize('محمد رعد')[0], 'muhammad raad');
  });

  it('reads a Persian final ی as alif maqsura when only that spelling is a known name', () => {
    assert.equal(romanize('عیسی')[0], 'isa');
    assert.equal(romanize('موسی')[0], 'musa');
    assert.equal(romanize('علی')[0], 'ali');
    assert.equal(romanize('حقانی')[0], 'haqqani');
  });

  it('reads a four-character Han word without a compound surname as a foreign name first', () => {
    assert.equal(romanize('羅辛斯基')[0], 'rosinski');
    assert.equal(romanize('欧阳修')[0], 'ouyang xiu');
  });

  it('romanises Russian names in several systems', () => {
    assert.equal(romanize('Путин')[0], 'putin');
    includes('Путин', 'poutine');
    includes('Юрий', 'yuriy');
    includes('Юрий', 'yury');
    includes('Юрий', 'iouri');
    includes('Щукин', 'shchukin');
    includes('Дмитрий Медведев', 'dmitry medvedev');
    includes('Александр', 'alexandr');
    includes('Владимир', 'wladimir');
    includes('Евгений', 'yevgeniy');
    includes('Хрущёв', 'khrushchyov');
  });

  it('romanises Ukrainian, Belarusian and Serbian Cyrillic with their own letters', () => {
    includes('Володимир Зеленський', 'volodymyr zelenskyy');
    includes('Уладзімір', 'uladzimir');
    includes('Ђоковић', 'djokovic');
  });

  it('guesses the vowels of common Arabic names', () => {
    assert.deepEqual(romanize('محمد').slice(0, 3), ['muhammad', 'mohammed', 'mohamed']);
    includes('عبد الله', 'abdullah');
    includes('عبد الله', 'abd allah');
    includes('عبد الرحمن', 'abdul rahman');
    includes('أحمد حسن', 'ahmed hassan');
    includes('خالد محمود', 'khaled mahmoud');
    includes('أسامة بن لادن', 'osama bin laden');
    includes('أيمن الظواهري', 'aymen al-zawahiri');
  });

  it('romanises Persian letters through the Arabic statistics', () => {
    includes('حسین', 'hossein');
    assert.ok(
      romanize('ولادیمیر پوتین').some(
        (form) => form.includes('vladimir') || form.includes('veladimir'),
      ),
    );
  });

  it('reads the vowel letter after پ ڤ ژ چ as the Arabic letters of their sounds are read', () => {
    // Without contexts of their own these letters were read bare and the vowel after them lost:
    // پول "pl", ڤيكتور "vctor", ژان "zhn", چارلز "chrls".
    for (const word of ['پول', 'ڤيكتور', 'ژان', 'چارلز']) {
      const first = romanize(word)[0] ?? '';
      assert.match(first, /^[bcdfghjklmnpqrstvwxz]{1,2}[aeiouy]/, `${word} → ${first}`);
    }
  });

  it('reads a name in -ullah written as two words or joined as one word, as lists write it', () => {
    // Urdu and Persian write Khairullah and Nurullah as خیر اللہ and نور الله (#13).
    includes('خیر اللہ', 'khairullah');
    includes('نور الله', 'nurullah');
    assert.ok(romanize('ہدایت اللہ بدری').some((r) => /^\w+ullah badri$/.test(r)));
    assert.ok(romanize('هدایت‌الله').every((r) => /ullah|ollah| allah/.test(r)));
    // Persian says the joining vowel o, as OFAC spells Iranians (Valiollah SEIF, Rouhollah).
    includes('ولي الله سيف', 'waliollah saif');
    // Abdullah keeps its own reading.
    includes('عبدالله', 'abdullah');
  });

  it('reads names in -ud-din and joined Abd al- compounds as the lists write them', () => {
    // Two words, joined, or joined across a zero-width non-joiner (سراج‌الدین): Sirajuddin.
    assert.ok(romanize('سراج‌الدین حقانی').some((r) => /^s[ae]rajuddin haqq?ani$/.test(r)));
    assert.ok(romanize('سراج الدین').some((r) => /^s[ae]rajuddin$/.test(r)));
    assert.ok(romanize('جلال‌الدین').some((r) => r.endsWith('uddin')));
    // عبدالغنی is Abdul Ghani, as عبد الغنی would read.
    assert.ok(romanize('عبدالغنی').some((r) => r.startsWith('abdul gh')));
  });

  it('reads Arabic and Persian queries the model takes for foreign names by the standard values', () => {
    // The mined model read ش as s, ف as v and ض as z (المشاط "al-mosat", الضيف "al-ziav").
    const query = (text: string): string[] => romanize(text, { query: true });
    assert.ok(query('مهدي محمد حسين المشاط').some((r) => r.endsWith('al-mashat')));
    assert.ok(query('محمد الضيف').some((r) => /al-d(i|ay)f$/.test(r)));
    assert.ok(query('فالح الفياض').some((r) => r.includes('al-fayad')));
    // Names read from a list keep the model's readings: on both sides the standard reading made
    // different names look alike (Pezeshkfar, Pezeshkian).
    assert.ok(romanize('مهدي محمد حسين المشاط').every((r) => !r.endsWith('al-mashat')));
  });

  it('splits joined Persian given names and joins the suffix ای written apart', () => {
    // Persian joins compound given names (محمدحسن); lists write Mohammad Hassan.
    assert.ok(romanize('محمدحسن محققی')[0]?.startsWith('muhammad hassan '));
    includes('علیرضا', 'ali reza');
    // خامنه ای is خامنه‌ای with a space for the zero-width non-joiner: Khamenei.
    assert.ok(romanize('مجتبی خامنه ای').every((r) => r.endsWith(' khamenei')));
    // A known name is not split (محمدی Mohammadi).
    assert.equal(romanize('محمدی')[0], 'mohammadi');
  });

  it('reads the Pashto gaf and gives Persian s and z readings of ث and ذ', () => {
    // ګ (U+06AB) was dropped as an unknown letter: ګلبدین read "labdin".
    assert.ok(romanize('ګلبدین').every((r) => r.startsWith('g')));
    // A phrase in Persian letters reads ث as s second (Wasiq), Arabic keeps th first.
    assert.ok(romanize('واثق کابلی')[1]?.startsWith('was'));
    assert.ok(romanize('واثق')[0]?.startsWith('wath'));
  });

  it('reads Hebrew names from the lexicon and the vowel model', () => {
    assert.equal(romanize('משה')[0], 'moshe');
    assert.equal(romanize('דוד')[0], 'david');
    includes('יוסף', 'joseph');
  });

  it('writes Chinese names in pinyin and Wade-Giles, surname first', () => {
    assert.deepEqual(romanize('习近平').slice(0, 3), [
      'xi jinping',
      'xi jin ping',
      'hsi chin ping',
    ]);
    includes('毛泽东', 'mao tse tung');
    includes('王伟', 'wang wei');
  });

  it('writes Korean names with the usual surname spellings', () => {
    assert.equal(romanize('김정은')[0], 'kim jong un');
    includes('김정은', 'kim jeong eun');
    includes('박지성', 'park ji sung');
    assert.equal(romanize('이민호')[0], 'lee min ho');
    includes('최룡해', 'choe ryong hae');
  });

  it('spells foreign names written in Korean, Chinese, Cyrillic and Hebrew the English way', () => {
    assert.equal(romanize('도널드 트럼프')[0], 'donald trump');
    assert.equal(romanize('奥巴马')[0], 'obama');
    assert.equal(romanize('Ангела Меркель')[0], 'angela merkel');
    assert.equal(romanize('דונלד טראמפ')[0], 'donald trump');
    includes('バラク・オバマ', 'barak obama');
  });

  it('reads a Hangul name of several long words as a foreign name, not surname first', () => {
    includes('유진 박', 'eugene park');
    // One word with a surname first stays a Korean name, with the usual given-name spellings.
    includes('김태영', 'kim tae young');
  });

  it('writes Japanese kana in Hepburn and as a foreign name', () => {
    includes('ウラジーミル・プーチン', 'urajimiru puchin');
    includes('たなかはなこ', 'tanakahanako');
    includes('トゥホルスキー', 'tuhorski');
  });

  it('gives the third and fourth segment-model spellings of a katakana name', () => {
    // The long vowel, ッ and r/l are read several ways: McDonald is the model's fourth spelling.
    includes('マクドナルド', 'macdonald');
  });

  it('romanises Greek in modern and phonetic forms', () => {
    assert.equal(romanize('Νικόλαος')[0], 'nikolaos');
    includes('Βλαντίμιρ Πούτιν', 'vladimir putin');
  });

  it('reads a Greek μπ inside a word as b, as the press spells a foreign b', () => {
    // Ρόμαν Αμπράμοβιτς is Roman Abramovich (businessenergy.gr); Ομπάμα is Obama.
    includes('Ρόμαν Αμπράμοβιτς', 'roman abramovits');
    includes('Ομπάμα', 'obama');
  });

  it('reads a Korean firm the press writes in several words as one company name', () => {
    // The UN 1718 list's KOREA RYONBONG GENERAL CORPORATION (KPe.002), TANCHON COMMERCIAL BANK.
    assert.ok(romanize('조선 련봉 총회사').includes('korea ryonbong general corporation'));
    assert.ok(romanize('단천 상업은행').includes('tanchon commercial bank'));
    // A person's name in two words stays a person's name.
    assert.equal(romanize('김 정은')[0], 'kim jung un');
  });

  it('keeps the vowel signs of scripts it has no module for (Bengali, Kannada, Ethiopic)', () => {
    // They were folded as Latin, which strips marks: ভ্লাদিমির পুতিন read "bhldmr ptn".
    assert.deepEqual(romanize('ভ্লাদিমির পুতিন'), ['bhladimir putin']);
    assert.deepEqual(romanize('ವ್ಲಾದಿಮಿರ್ ಪುತಿನ್'), ['vladimir putin']);
    assert.deepEqual(romanize('ዐቢይ አሕመድ'), ['abiy ahmed']);
  });

  it('falls back to any-ascii for Armenian, Georgian, Devanagari and Thai', () => {
    assert.deepEqual(romanize('Վլադիմիր'), ['vladimir']);
    assert.deepEqual(romanize('व्लादिमीर पुतिन'), ['vladimir putin']);
    assert.equal(romanize('สมชาย').length, 1);
  });

  it(
    'romanises every non-Latin query of the watchman cross-script pairs',
    { skip: SHARED_MISSING },
    () => {
      const lines = readFileSync(new URL('watchman_cross_script_pairs.csv', SHARED), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'));
      assert.equal(lines.length, 22);
      let exact = 0;
      for (const line of lines) {
        const [query = '', expected = ''] = line.split(',');
        const forms = romanize(query);
        assert.ok(forms.length > 0, query);
        if (forms.includes(expected.toLowerCase())) exact++;
      }
      // Measured 16 of 22; the misses are kanji names and Greek/Thai spellings that need fuzzy matching.
      assert.ok(exact >= 15, `only ${exact} exact`);
    },
  );

  it(
    'finds a Putin spelling for the Cyrillic and Arabic variants of his name',
    { skip: SHARED_MISSING },
    () => {
      const data = JSON.parse(
        readFileSync(new URL('nomenklatura_putin_name_variants.json', SHARED), 'utf8'),
      ) as { names: string[] };
      const cyrillic = data.names.filter((name) => /\p{Script=Cyrillic}/u.test(name));
      assert.ok(cyrillic.length >= 15);
      for (const name of cyrillic) {
        const tokens = romanize(name).flatMap((form) => form.split(' '));
        assert.ok(
          tokens.some((token) => ['putin', 'putsin', 'putyin'].includes(token)),
          `${name} → ${romanize(name).join(' | ')}`,
        );
      }
    },
  );
});

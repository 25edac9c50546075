import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from './analyze-name.ts';
import { spelledReading } from './spelled-reading.ts';
import { hangulSyllableSpellings } from './translit/hangul-spellings.ts';
import { hanCharacterSpellings } from './translit/han-spellings.ts';

/** The spelled reading of a query against a listed Latin person name, as text, or undefined. */
function spelled(query: string, listed: string): string | undefined {
  const queryForm = analyzeName(query, 'person', { query: true }).forms[0]!;
  const listedForm = analyzeName(listed, 'person').forms[0]!;
  return spelledReading(queryForm, listedForm)
    ?.tokens.map((t) => t.text)
    .join(' ');
}

describe('hangulSyllableSpellings', () => {
  it('spells a syllable in Revised Romanization, McCune–Reischauer, the DPRK system and usage', () => {
    const byeong = hangulSyllableSpellings('병');
    for (const spelling of ['byeong', 'pyong', 'byung']) assert.ok(byeong.includes(spelling));
    assert.ok(hangulSyllableSpellings('택').includes('thaek'));
    assert.ok(hangulSyllableSpellings('준').includes('joon'));
  });

  it('adds surname spellings only where a surname stands', () => {
    assert.ok(!hangulSyllableSpellings('박').includes('park'));
    assert.ok(hangulSyllableSpellings('박', true).includes('park'));
  });
});

describe('hanCharacterSpellings', () => {
  it('spells every reading of a character in pinyin and Wade-Giles', () => {
    assert.deepEqual([...hanCharacterSpellings('泽')].sort(), ['shi', 'shih', 'tse', 'ze']);
    assert.ok(hanCharacterSpellings('吕').includes('lv'));
  });
});

describe('spelledReading', () => {
  it('reads a Hangul name as the listed spelling in any Korean system', () => {
    assert.equal(spelled('송병준', 'Song Byung-joon'), 'song byung joon');
    assert.equal(spelled('홍현기', 'Hong Hyeon-gi'), 'hong hyeon gi');
    assert.equal(spelled('김정은', 'KIM Jong Un'), 'kim jong un');
    assert.equal(spelled('박근혜', 'Park Geun-hye'), 'park geun hye');
  });

  it('reads a surname written last as the listed surname-first name', () => {
    assert.equal(spelled('정은 김', 'KIM Jong Un'), 'jong un kim');
  });

  it('reads a Han name in pinyin or Wade-Giles, the given name joined or split', () => {
    assert.equal(spelled('邓小平', 'Deng Xiaoping'), 'deng xiaoping');
    assert.equal(spelled('毛泽东', 'Mao Tse-tung'), 'mao tse tung');
    assert.equal(spelled('习近平', 'XI Jin Ping'), 'xi jin ping');
  });

  it('refuses a listed name with another syllable, or one more or one less', () => {
    assert.equal(spelled('종수 김', 'KIM Jong Sik'), undefined);
    assert.equal(spelled('김정은', 'KIM Jong Un Il'), undefined);
    assert.equal(spelled('김정은', 'KIM Jong'), undefined);
    assert.equal(spelled('邓小平', 'Deng Xiaoming'), undefined);
  });

  it('refuses a syllable that runs across two listed tokens', () => {
    // 상운 written "San Gun": sang + un would need the g of "Gun" inside the first syllable.
    assert.equal(spelled('김상운', 'Kim San Gun'), undefined);
    assert.equal(spelled('김상운', 'Kim Sang Un'), 'kim sang un');
  });

  it('reads a Han transcription of a foreign name as the listed Latin name it sounds like', () => {
    assert.equal(spelled('弗拉基米尔·普京', 'Vladimir Putin'), 'vladimir putin');
    assert.equal(spelled('阿卜杜勒', 'Abdul'), 'abdul');
    assert.equal(spelled('克魯森', 'Crewson'), 'crewson');
    assert.equal(spelled('巴斯克斯', 'Vázquez'), 'vazquez');
  });

  it('reads a Hangul transcription of a foreign name as the listed Latin name', () => {
    assert.equal(spelled('블라디미르 프로프', 'Vladimir Propp'), 'vladimir propp');
    assert.equal(spelled('키스 앨런', 'Keith Allen'), 'keith allen');
  });

  it('reads a katakana transcription of a foreign name as the listed Latin name', () => {
    assert.equal(spelled('ブースビー', 'Boothby'), 'boothby');
    assert.equal(spelled('ウラジーミル・プーチン', 'Vladimir Putin'), 'vladimir putin');
    assert.equal(spelled('ブースビー', 'Busby'), 'busby');
    assert.equal(spelled('ブースビー', 'Bradley'), undefined);
  });

  it('never reads a Korean name, or a Chinese one against a name in pinyin, by sound', () => {
    // 영수 김 is Kim Young-soo; read by sound it would also be "Yang Sook Kim".
    assert.equal(spelled('영수 김', 'Yang Sook Kim'), undefined);
    assert.equal(spelled('王伟', 'Van Way'), undefined);
    assert.equal(spelled('王伟', 'Wang Wei'), 'wang wei');
  });

  it('reads a Han word starting with a common surname as a foreign name it sounds like', () => {
    // 馬 (Ma) leads, so the word is read as a Chinese name first; Matty is no pinyin, so only a
    // foreign name the characters transcribe can be it.
    assert.equal(spelled('馬迪', 'Matty'), 'matty');
    assert.equal(spelled('史雷頓', 'Slayton'), 'slayton');
    // Ma De sounds alike but is written in pinyin: another Chinese name, with another character.
    assert.equal(spelled('馬迪', 'Ma De'), undefined);
  });

  it('reads a Chinese name by sound only as a listed person, never an organisation', () => {
    const query = analyzeName('葉國吏', 'any', { query: true }).forms[0]!;
    const listed = analyzeName('AIR KORYO', 'organisation').forms[0]!;
    assert.equal(spelledReading(query, listed, false), undefined);
    // A foreign name written in sound characters still reads as an organisation's name.
    const transcribed = analyzeName('斯特拉斯林克', 'any', { query: true }).forms[0]!;
    const firm = analyzeName('STRASSELINK', 'organisation').forms[0]!;
    assert.ok(spelledReading(transcribed, firm, false));
  });

  it('never reads a Chinese name by sound as a listed Western given name beside its own surname', () => {
    // 刘晨 is Liu Chen; LIU, Jhon (an OFAC alias) keeps the surname liu, so 晨 is no sound of Jhon.
    assert.equal(spelled('刘晨', 'LIU, Jhon'), undefined);
    assert.equal(spelled('王杰', 'WANG, Jack'), undefined);
    // A foreign name the characters transcribe, with no Chinese surname of theirs, still reads.
    assert.equal(spelled('馬迪', 'Matty'), 'matty');
  });

  it('reads a transcription that leaves out the silent final t or d of a French name', () => {
    assert.equal(spelled('蒂博代', 'Thibaudet'), 'thibaudet');
    assert.equal(spelled('チボー', 'Tiebout'), 'tiebout');
    // An English final t is heard and written (特): the t may still be spelled.
    assert.equal(spelled('班尼特', 'Bennett'), 'bennett');
  });

  it('reads the qu of a Spanish or French name before e or i as k', () => {
    assert.equal(spelled('マルケス', 'Marquez'), 'marquez');
    assert.equal(spelled('エンリケ', 'Enrique'), 'enrique');
  });

  it('refuses a transcription whose sounds differ from the listed name', () => {
    assert.equal(spelled('普京', 'Smith'), undefined);
    assert.equal(spelled('普京', 'Pavlov'), undefined);
    // 比 writes i, e or y, never o: Bolton is not 比尔顿's name.
    assert.equal(spelled('比尔顿', 'Bolton'), undefined);
    assert.equal(spelled('블라디미르 프로프', 'Vladimir Putin'), undefined);
  });

  it('leaves Latin queries and romanised listed names alone', () => {
    assert.equal(spelled('Kim Jong Un', 'KIM Jong Un'), undefined);
    assert.equal(spelled('김정은', '김정은'), undefined);
  });
});

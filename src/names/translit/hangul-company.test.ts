import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHangulCompanyName } from './hangul-company.ts';

describe('Korean company names', () => {
  it('reads legal forms and business words in English, the rest in the DPRK spelling first', () => {
    assert.deepEqual(readHangulCompanyName('조선광선은행'), [
      'korea kwangson bank',
      'korea gwangseon bank',
      'kwangson bank',
    ]);
    assert.equal(
      readHangulCompanyName('조선련봉총회사')?.[0],
      'korea ryonbong general corporation',
    );
    assert.equal(readHangulCompanyName('고려항공')?.[0], 'koryo air');
  });

  it('reads a DPRK firm without the Korea its name starts with, as some list entries print it', () => {
    assert.equal(readHangulCompanyName('조선옥류무역회사')?.at(-1), 'okryu trading corporation');
    assert.deepEqual(readHangulCompanyName('조선무역은행'), ['korea trading bank']);
  });

  it('reads a leading 고려 (Koryo) also as Korea, and the name without it, when a part follows', () => {
    const readings = readHangulCompanyName('고려소백수무역회사') ?? [];
    assert.ok(readings.includes('korea sobaeksu trading corporation'), readings.join(' | '));
    assert.ok(readings.includes('sobaeksu trading corporation'), readings.join(' | '));
    assert.deepEqual(readHangulCompanyName('고려항공'), ['koryo air', 'goryeo air']);
  });

  it('leaves a word without a legal form to the personal-name reading', () => {
    assert.equal(readHangulCompanyName('김정은'), undefined);
  });
});

describe('Korean company names without their legal form', () => {
  it('reads a name ending in a trade word after a distinctive part as a firm', () => {
    // 남 may be the South Korean spelling of 람 (藍): that reading follows, last.
    assert.deepEqual(readHangulCompanyName('남강무역'), ['namgang trading', 'ramgang trading']);
  });

  it('leaves a surname and a trade word to the personal-name reading', () => {
    assert.equal(readHangulCompanyName('김무역'), undefined);
  });

  it('reads a Chinese firm written by its Mandarin sound in pinyin first (OFAC DANDONG HONGXIANG)', () => {
    assert.equal(
      readHangulCompanyName('단둥훙샹실업발전', true)?.[0],
      'dandong hongxiang industrial development',
    );
    assert.equal(
      readHangulCompanyName('르자오스화원유터미널', true)?.[0],
      'rizhao shihua crude oil terminal',
    );
  });

  it('reads the Mandarin of a firm in Korean syllables after its Korean spellings', () => {
    // 진청 is also a Korean name's syllables (chinchong): the DPRK and RR spellings stay first.
    assert.deepEqual(readHangulCompanyName('진청석화그룹', true), [
      'jinchong petrochemical group',
      'jincheong petrochemical group',
      'jincheng petrochemical group',
    ]);
  });
});

describe('Korean bank and trading-corporation words in the lists’ English', () => {
  it('reads 합작 as joint, as 합영 (진성합작은행 = JINSONG JOINT BANK)', () => {
    assert.equal(readHangulCompanyName('진성합작은행')?.[0], 'jinsong joint bank');
  });

  it('reads 무역총회사 in the lists’ order (KOREA DAESONG GENERAL TRADING CORPORATION)', () => {
    assert.equal(
      readHangulCompanyName('조선대성무역총회사')?.[0],
      'korea taesong general trading corporation',
    );
  });
});

describe('readHangulCompanyName and loanwords', () => {
  it('also reads a run written with syllables of no Han character as the foreign word', () => {
    // 멜 and 트 are no Korean reading of any character: 멜라트 is a loanword (Mellat).
    assert.ok(readHangulCompanyName('멜라트은행', true)?.includes('melad bank'));
    // Every syllable of 단천 is Sino-Korean: the DPRK bank keeps its MR and RR readings only.
    assert.deepEqual(readHangulCompanyName('단천상업은행', true)?.slice(0, 2), [
      'tanchon commercial bank',
      'dancheon commercial bank',
    ]);
  });

  it('also reads a word the South Korean press writes by its initial-sound rule in DPRK spelling', () => {
    // 능라도 is the DPRK's 릉라도 (OFAC KOREA RUNGRADO RYONGAK TRADING CO), 나선 its 라선 (Rason).
    assert.ok(
      readHangulCompanyName('능라도룡악무역회사')?.includes('rungradoryongak trading corporation'),
    );
    assert.ok(
      readHangulCompanyName('나선국제상업은행')?.includes('rason international commercial bank'),
    );
    // 단 has no initial ㄹ in any spelling: 단천상업은행 keeps its readings.
    assert.ok(!readHangulCompanyName('단천상업은행')?.some((r) => r.startsWith('r')));
  });
});

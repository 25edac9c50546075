import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cjkOrganisationReadings } from './cjk-organisation.ts';

describe('Chinese and Korean organisation names read in English', () => {
  it('reads the name the Chinese or Korean Wikipedia gives a listed body', () => {
    assert.deepEqual(cjkOrganisationReadings('真主党'), ['hizballah']);
    assert.deepEqual(cjkOrganisationReadings('헤즈볼라'), ['hizballah']);
    assert.deepEqual(cjkOrganisationReadings('伊斯兰国'), ['islamic state']);
    assert.deepEqual(cjkOrganisationReadings('索马里青年党'), ['somalia al shabaab', 'al shabaab']);
  });

  it('reads any traditional form of a word in its simplified form', () => {
    // 眞 is a traditional form of 真 the table does not list.
    assert.deepEqual(cjkOrganisationReadings('眞主黨'), ['hizballah']);
  });

  it('translates a name made wholly of known words, with and without its country', () => {
    assert.deepEqual(cjkOrganisationReadings('이슬람혁명수비대'), [
      'islamic revolutionary guard corps',
    ]);
    assert.deepEqual(cjkOrganisationReadings('伊朗伊斯蘭革命衛隊'), [
      'iran islamic revolutionary guard corps',
      'islamic revolutionary guard corps',
    ]);
    assert.deepEqual(cjkOrganisationReadings('제2자연과학원'), [
      'second academy of natural sciences',
    ]);
  });

  it('keeps the country when only one or two generic words would remain', () => {
    assert.deepEqual(cjkOrganisationReadings('伊朗革命'), ['iran revolutionary']);
  });

  it('reads nothing when a part is no known word, or only company terms are', () => {
    assert.deepEqual(cjkOrganisationReadings('김정은'), []);
    assert.deepEqual(cjkOrganisationReadings('中国银行'), []);
    assert.deepEqual(cjkOrganisationReadings('조선무역은행'), []);
  });

  it('reads a ministry written as its field before 部 as the lists print it', () => {
    // OFAC's MINISTRY OF PETROLEUM, a.k.a. IRANIAN MINISTRY OF PETROLEUM (ludepress.com, 2025).
    assert.deepEqual(cjkOrganisationReadings('伊朗石油部'), [
      'iranian ministry of petroleum',
      'ministry of petroleum',
    ]);
    // China's defence ministry is no listed body: a country the company table knows is no field.
    assert.deepEqual(cjkOrganisationReadings('中国国防部'), []);
  });
});

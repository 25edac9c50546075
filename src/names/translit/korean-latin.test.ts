import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dprkReading, hasMcCuneReischauerMarks } from './korean-latin.ts';

describe('dprkReading', () => {
  it('reads Revised Romanization given names in the DPRK spelling the lists print', () => {
    assert.equal(dprkReading('Kim Jeong-eun'), 'kim jong un');
    assert.equal(dprkReading('Kim Yeo-jeong'), 'kim yo jong');
    assert.equal(dprkReading('Kim Deok-hun'), 'kim tok hun');
    assert.equal(dprkReading('Jeong Gyeong-taek'), 'jong kyong thaek');
  });

  it('reads McCune–Reischauer breves and aspirates, surname included', () => {
    assert.equal(dprkReading("Chŏng Kyŏng-t'aek"), 'jong kyong thaek');
    assert.equal(dprkReading('Kim Chŏng-ŭn'), 'kim jong un');
  });

  it("reads the UN list's typed breve (o' for ŏ) as McCune–Reischauer", () => {
    assert.equal(dprkReading("MUN CHO'NG-CH'O'L"), 'mun jong chol');
    assert.equal(dprkReading("YO'N CHO'NG NAM"), 'yon jong nam');
    assert.equal(dprkReading("Cho'ng-Nam YO'N"), 'jong nam yon');
    assert.equal(hasMcCuneReischauerMarks("YO'N CHO'NG NAM"), true);
    assert.equal(hasMcCuneReischauerMarks("O'Brien Kim"), false);
  });

  it('writes the surname as the lists do, Kim as Kim (not RR khim)', () => {
    assert.equal(dprkReading('Gim Jeong-eun'), 'kim jong un');
    assert.equal(dprkReading('Park Geun-hye'), 'pak kun hye');
    assert.equal(dprkReading('Kim Geun-hye'), 'kim kun hye');
  });

  it('reads a press surname spelling the DPRK way when the given name is in list syllables', () => {
    assert.equal(dprkReading('Lee Yong-ho'), 'ri yong ho');
    assert.equal(dprkReading('Choi Ryong Hae'), 'choe ryong hae');
    assert.equal(dprkReading('Park Pong-ju'), 'pak pong ju');
    // A Western given name is no Korean syllables.
    assert.equal(dprkReading('Lee Harvey'), undefined);
    assert.equal(dprkReading('Park Avenue'), undefined);
  });

  it('leaves names in the list spelling, and names that are not Korean, alone', () => {
    assert.equal(dprkReading('Kim Jong Un'), undefined);
    assert.equal(dprkReading('Choe Ryong-hae'), undefined);
    assert.equal(dprkReading('Kim Bergstrom'), undefined);
    assert.equal(dprkReading('Gerard Depardieu'), undefined);
    assert.equal(dprkReading('Kim'), undefined);
  });

  it("reads the South Korean press's own syllable spellings in the DPRK spelling", () => {
    // Byung and chul are neither Revised Romanization (byeong, cheol) nor the lists' (pyong, chol).
    assert.equal(dprkReading('Lee Byung-chul'), 'ri pyong chol');
    assert.equal(dprkReading('Park Chul-nam'), 'pak chol nam');
  });
});

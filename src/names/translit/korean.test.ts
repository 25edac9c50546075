import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanizeHangulWord } from './korean.ts';

describe('romanizeHangulWord and DPRK spellings', () => {
  it('spells the surname in McCune–Reischauer too in the first, DPRK-style reading', () => {
    // OFAC lists 허영일 as HO, Yong Il; Revised Romanization writes the surname heo.
    assert.equal(romanizeHangulWord('허영일')[0], 'ho yong il');
    assert.ok(romanizeHangulWord('허영일').slice(0, 3).includes('heo young il'));
  });

  it('reads a name after the surnames 호 and 심 as a Korean name, not a foreign one', () => {
    // 호종선 is OFAC's HO, Jong Son as the Segye Ilbo wrote him (2025); it was read as "honthan".
    assert.equal(romanizeHangulWord('호종선')[0], 'ho jong son');
    assert.equal(romanizeHangulWord('심영호')[0], 'sim yong ho');
  });

  it('keeps the usual surname spelling in a two-syllable word, often a given name written apart', () => {
    // 은정 김 is Kim Eun-jeong; read un jong, it met KIM, Jong Un.
    assert.equal(romanizeHangulWord('은정')[0], 'eun jong');
  });

  it('keeps the usual spelling of a surname whose McCune–Reischauer form lists do not use', () => {
    assert.equal(romanizeHangulWord('김정은')[0], 'kim jong un');
  });

  it('reads a surname the DPRK spells with its initial ㄹ (렴, 량) as a surname, as lists print it', () => {
    // OFAC's RYOM, Hui-bong as the South Korean press wrote him in 2016 (렴희봉); it was read as
    // one foreign word, "ryeomheebon".
    assert.equal(romanizeHangulWord('렴희봉')[0], 'ryom hui pong');
    assert.equal(romanizeHangulWord('량수녀')[0], 'ryang su nyo');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  honorificOf,
  isGenericOrgWord,
  isMidNameHonorific,
  isNameParticle,
  legalFormOf,
  legalFormOfPhrase,
  legalFormPhrases,
  particleKind,
} from './name-tables.ts';
import { analyzeName } from './analyze-name.ts';

describe('honorificOf', () => {
  it('canonicalises religious titles seen on the Taliban and Al-Qaida lists', () => {
    for (const token of ['mullah', 'mulla', 'mollah']) assert.equal(honorificOf(token), 'mullah');
    // Bengali মাওলানা reads maolana, Persian مولانا mowlana.
    for (const token of ['maulvi', 'maulavi', 'mawlawi', 'molavi', 'moulvi', 'maolana', 'mowlana'])
      assert.equal(honorificOf(token), 'mawlawi');
    for (const token of ['haji', 'hajji', 'alhaj', 'alhaji'])
      assert.equal(honorificOf(token), 'haji');
    for (const token of ['sheikh', 'shaikh', 'sheik', 'shaykh'])
      assert.equal(honorificOf(token), 'sheikh');
  });

  it('reads the press forms of other languages: Spanish mulá, Turkish molla and mevlevi', () => {
    const analyzed = analyzeName('mulá Abdul Ghani Baradar', 'person');
    assert.deepEqual(analyzed.honorifics, ['mullah']);
    assert.equal(honorificOf('molla'), 'mullah');
    for (const token of ['mevlevi', 'mevlana']) assert.equal(honorificOf(token), 'mawlawi');
    assert.equal(honorificOf('qari'), 'qari');
    assert.equal(honorificOf('mufti'), 'mufti');
  });

  it('canonicalises civil and military titles, with or without a full stop', () => {
    assert.equal(honorificOf('Dr.'), 'doctor');
    assert.equal(honorificOf('gen'), 'general');
    assert.equal(honorificOf('col'), 'colonel');
    assert.equal(honorificOf('capt'), 'captain');
    assert.equal(honorificOf('prof'), 'professor');
    assert.equal(honorificOf('mrs'), 'mrs');
    assert.equal(honorificOf('president'), 'president');
  });

  it('does not treat names that are also titles as honorifics', () => {
    for (const token of [
      'sayed',
      'sayyid',
      'syed',
      'hafiz',
      'amir',
      'khan',
      'sultan',
      'he',
      'sen',
    ]) {
      assert.equal(honorificOf(token), undefined, token);
    }
  });
});

describe('particleKind', () => {
  it('tells articles, patronymics, kunyas, nobiliary particles and abd apart', () => {
    assert.equal(particleKind('al'), 'article');
    assert.equal(particleKind('el'), 'article');
    assert.equal(particleKind('bin'), 'patronymic');
    assert.equal(particleKind('bint'), 'patronymic');
    assert.equal(particleKind('abu'), 'kunya');
    assert.equal(particleKind('von'), 'nobiliary');
    assert.equal(particleKind('abd'), 'servant');
    assert.equal(particleKind('muhammad'), undefined);
    assert.equal(isNameParticle('ibn'), true);
    assert.equal(isNameParticle('putin'), false);
  });
});

describe('legalFormOf', () => {
  it('canonicalises single-token legal forms in Latin and Cyrillic', () => {
    assert.equal(legalFormOf('LLC'), 'llc');
    assert.equal(legalFormOf('l.l.c.'), 'llc');
    assert.equal(legalFormOf('limited'), 'ltd');
    assert.equal(legalFormOf('GmbH'), 'gmbh');
    assert.equal(legalFormOf('ооо'), 'ooo');
    assert.equal(legalFormOf('OOO'), 'ooo');
    assert.equal(legalFormOf('pjsc'), 'ao');
    assert.equal(legalFormOf('incorporated'), 'inc');
    assert.equal(legalFormOf('fzco'), 'fze');
    assert.equal(legalFormOf('trading'), undefined);
  });

  it('recognises multi-token legal forms, longest first', () => {
    assert.equal(legalFormOfPhrase(['sdn', 'bhd']), 'sdn-bhd');
    assert.equal(legalFormOfPhrase(['joint', 'stock', 'company']), 'ao');
    assert.equal(legalFormOfPhrase(['s', 'a']), 'sa');
    assert.equal(legalFormOfPhrase(['ltd']), 'ltd');
    // Hong Kong's "Co., Limited" is the "Co., Ltd." of PRC firms (OFAC HONG KONG TIANLE
    // INTERNATIONAL CO LIMITED; 有限公司 either way).
    assert.equal(legalFormOfPhrase(['co', 'limited']), 'pte-ltd');
    assert.equal(legalFormOfPhrase(['company', 'ltd']), 'pte-ltd');
    const phrases = legalFormPhrases();
    assert.ok(phrases.length > 30);
    assert.ok(phrases[0]!.length >= phrases.at(-1)!.length);
  });
});

describe('isGenericOrgWord', () => {
  it('marks the words that must not carry an organisation match', () => {
    for (const token of [
      'trading',
      'company',
      'group',
      'international',
      'holding',
      'holdings',
      'shipping',
      'bank',
    ]) {
      assert.equal(isGenericOrgWord(token), true, token);
    }
    assert.equal(isGenericOrgWord('melli'), false);
    assert.equal(isGenericOrgWord('rosneft'), false);
  });

  it('sets only religious titles aside in the middle of a name', () => {
    assert.ok(isMidNameHonorific('mullah'));
    assert.ok(isMidNameHonorific('mawlawi'));
    assert.ok(!isMidNameHonorific('haji'));
    assert.ok(!isMidNameHonorific('doctor'));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { hepburn } from './japanese.ts';
import {
  readJapaneseKanjiWord,
  readJapaneseOrganisation,
  readMixedJapaneseWord,
} from './japanese-kanji.ts';
import { readJapanesePersonName } from './japanese-name-readings.ts';

describe('Japanese names written in kanji', () => {
  it('writes kana in Hepburn with long vowels once, as lists print Japanese names', () => {
    assert.equal(hepburn('ショウロク'), 'shoroku');
    assert.equal(hepburn('コウドウ'), 'kodo');
    // The u of イノウエ starts a syllable of its own: Inoue keeps it.
    assert.equal(hepburn('イノウエ'), 'inoue');
  });

  it('reads a person surname first by the name tables', () => {
    assert.equal(readJapanesePersonName('橋本弘文')?.[0], 'hashimoto hirofumi');
    assert.equal(readJapanesePersonName('井上邦雄')?.[0], 'inoue kunio');
    // A one-character surname before a given name: 司忍 is Tsukasa Shinobu.
    assert.equal(readJapanesePersonName('司忍')?.[0], 'tsukasa shinobu');
  });

  it('reads a given name no table holds by its characters', () => {
    // 章六 is read on-on; 建市 ends in a kun reading (ichi).
    assert.equal(readJapanesePersonName('石田章六')?.[0], 'ishida shoroku');
    assert.ok(readJapanesePersonName('篠田建市')?.includes('shinoda kenichi'));
  });

  it('reads organisations ending in 組 or 会 and the legal forms', () => {
    assert.equal(readJapaneseOrganisation('山口組')?.[0], 'yamaguchi gumi');
    assert.equal(readJapaneseOrganisation('稲川会')?.[0], 'inagawa kai');
    assert.ok(readJapaneseOrganisation('神戸山口組')?.some((r) => r.endsWith('yamaguchi gumi')));
    assert.ok(readJapaneseOrganisation('株式会社山輝')?.includes('yamaki kk'));
    assert.equal(readJapaneseOrganisation('東洋信用実業株式会社')?.[0], 'toyo shinyo jitsugyo kk');
  });

  it('reads the generation before a yakuza group as OFAC lists it, and the name without it', () => {
    // 五代目工藤會: GODAIME KUDO-KAI, an alias of KUDO-KAI.
    assert.equal(readJapaneseOrganisation('五代目工藤會')?.[0], 'godaime kudo kai');
    assert.ok(readJapaneseOrganisation('五代目工藤會')?.includes('kudo kai'));
  });

  it('leaves Chinese names and Chinese organisations to pinyin', () => {
    assert.equal(readJapaneseKanjiWord('习近平'), undefined);
    assert.equal(readJapaneseKanjiWord('王毅'), undefined);
    // 会 ends Chinese organisations too; 红十字 is no Japanese name.
    assert.equal(readJapaneseKanjiWord('红十字会'), undefined);
    // A Japanese surname before Chinese transcription characters is a foreign name (Sinervo).
    assert.equal(readJapaneseKanjiWord('西内尔沃'), undefined);
    // Two characters may be either: the Japanese reading comes after the first two Chinese ones.
    assert.equal(readJapaneseKanjiWord('司忍')?.leads, false);
    assert.equal(romanize('司忍', { query: true })[2], 'tsukasa shinobu');
    assert.equal(romanize('习近平', { query: true })[0], 'xi jinping');
  });

  it('puts the Japanese reading of a query first, and reads list names as Chinese', () => {
    assert.equal(romanize('篠田建市', { query: true })[0]?.startsWith('shinoda'), true);
    assert.equal(romanize('山口組', { query: true })[0], 'yamaguchi gumi');
    assert.equal(
      romanize('山口組').some((r) => r.startsWith('yamaguchi')),
      false,
    );
  });

  it('reads a word mixing kana and kanji by runs, business words in English', () => {
    assert.ok(readMixedJapaneseWord('オウム真理教').includes('oum shinrikyo'));
    assert.equal(romanize('タンチョン商業銀行')[1], 'tanchon commercial bank');
    assert.ok(romanize('朝鮮クァンソン銀行').includes('korea kwanson bank'));
    // Latin letters in a katakana word are kept (DCB Finance Limited).
    assert.equal(romanize('DCBフィナンシャル')[0]?.startsWith('dcb '), true);
  });
});

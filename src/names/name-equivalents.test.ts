import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isHypocorism,
  NAME_EQUIVALENCE_GROUP_COUNT,
  nameEquivalents,
  pinyinReadings,
} from './name-equivalents.ts';

describe('nameEquivalents', () => {
  it('puts the spellings of Muhammad in one group', () => {
    for (const token of [
      'muhammad',
      'mohammed',
      'mohamad',
      'mohamed',
      'muhammed',
      'mehmet',
      'mamadou',
      'md', // the South Asian press's abbreviation ("Mullah Md Fazil")
    ]) {
      assert.deepEqual(nameEquivalents(token), ['muhammad'], token);
    }
  });

  it('groups the spellings of Naim (Naeem, Nayeem)', () => {
    for (const token of ['naim', 'naeem', 'nayeem'])
      assert.deepEqual(nameEquivalents(token), ['naim'], token);
  });

  it('groups the spellings of Dawud (Dawood Ibrahim is Daud in Hindi and Urdu papers)', () => {
    for (const token of ['dawood', 'daud', 'daoud', 'davood']) {
      assert.deepEqual(nameEquivalents(token), ['dawud'], token);
    }
  });

  it('groups Yusuf with its cross-language forms', () => {
    for (const token of ['yusuf', 'yousef', 'yusef', 'iosif', 'josef'])
      assert.deepEqual(nameEquivalents(token), ['yusuf'], token);
    assert.ok(nameEquivalents('joseph').includes('yusuf'));
  });

  it('groups the spellings of the Houthi family name (OFAC writes AL-HOUTHI, the UN AL-HUTHI)', () => {
    for (const token of ['huthi', 'houthi', 'houthy', 'hothi'])
      assert.deepEqual(nameEquivalents(token), ['huthi'], token);
  });

  it('knows the Arabic names frequent on UN and OFAC lists', () => {
    assert.deepEqual(nameEquivalents('abdel'), ['abd']);
    assert.deepEqual(nameEquivalents('abdul'), ['abd']);
    assert.deepEqual(nameEquivalents('husayn'), nameEquivalents('hussein'));
    assert.deepEqual(nameEquivalents('usama'), nameEquivalents('osama'));
    assert.deepEqual(nameEquivalents('kassem'), ['qasim']);
    assert.deepEqual(nameEquivalents('zawahri'), ['zawahiri']);
    assert.deepEqual(nameEquivalents('ahmed'), ['ahmad']);
  });

  it('ignores the apostrophe that stands for ayn or hamza', () => {
    assert.deepEqual(nameEquivalents("sa'id"), ['said']);
  });

  it('groups Slavic name forms and Western nicknames', () => {
    assert.deepEqual(nameEquivalents('alexandr'), ['aleksandr']);
    assert.deepEqual(nameEquivalents('oleksandr'), ['aleksandr']);
    assert.deepEqual(nameEquivalents('bill'), ['william']);
    assert.deepEqual(nameEquivalents('bob'), ['robert']);
    assert.deepEqual(nameEquivalents('volodymyr'), ['vladimir']);
  });

  it('keeps distinct names apart', () => {
    assert.notDeepEqual(nameEquivalents('said'), nameEquivalents('sayed'));
    assert.notDeepEqual(nameEquivalents('salih'), nameEquivalents('salah'));
    assert.notDeepEqual(nameEquivalents('georgy'), nameEquivalents('yuri'));
    assert.deepEqual(nameEquivalents('putin'), []);
  });

  it('holds a few hundred groups', () => {
    assert.ok(NAME_EQUIVALENCE_GROUP_COUNT >= 200, String(NAME_EQUIVALENCE_GROUP_COUNT));
  });

  it('links a hypocorism with its given name and not two names that share one', () => {
    assert.ok(isHypocorism('ted', 'theodore'));
    assert.ok(isHypocorism('ted', 'edward'));
    assert.ok(isHypocorism('bibi', 'benjamin'));
    assert.ok(!isHypocorism('theodore', 'edward'));
    assert.ok(!isHypocorism('ted', 'ted'));
  });

  it('reads Wade-Giles names in pinyin, unaspirated first, and leaves other names alone', () => {
    assert.equal(pinyinReadings('Mao Tse-tung')[0], 'mao zedong');
    assert.ok(pinyinReadings("Teng Hsiao-p'ing").includes('deng xiaoping'));
    assert.deepEqual(pinyinReadings('Li Ming'), []);
    assert.deepEqual(pinyinReadings('Kim Jong Un'), []);
  });
});

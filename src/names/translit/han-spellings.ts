// Every Latin spelling a Han character is given in Chinese names: each of its readings (pinyin-pro
// gives all of a character's readings, 单 dan, shan, chan) in Hanyu Pinyin (ISO 7098; ü written u
// or v, as passports and lists print it: Lü → lu, lv) and in Wade-Giles without apostrophes and
// umlauts (translit/wade-giles.ts, after H. A. Giles, A Chinese-English Dictionary, 1912), the
// form of Taiwanese and older records (Hsiao-p'ing for Xiaoping, Tse-tung for Zedong).
import { pinyin } from './pinyin.ts';
import { toWadeGiles } from './wade-giles.ts';

const SPELLINGS = new Map<string, readonly string[]>();
const HAN = /^\p{Script=Han}$/u;

/**
 * The Latin spellings of one Han character in pinyin and Wade-Giles, for every reading it has
 * (平 → ping; 泽 → ze, tse, shi, shih); empty for anything that is not one Han character.
 */
export function hanCharacterSpellings(character: string): readonly string[] {
  const known = SPELLINGS.get(character);
  if (known !== undefined) return known;
  const spellings = new Set<string>();
  if (HAN.test(character)) {
    const readings = pinyin(character, { multiple: true, toneType: 'none', type: 'array' });
    for (const reading of readings) {
      const plain = reading.replace(/[^a-zü]/g, '');
      if (plain === '') continue;
      const toneless = plain.replace(/ü/g, 'u');
      spellings.add(toneless);
      if (plain.includes('ü')) spellings.add(plain.replace(/ü/g, 'v'));
      spellings.add(toWadeGiles(toneless));
    }
  }
  const list = [...spellings];
  SPELLINGS.set(character, list);
  return list;
}

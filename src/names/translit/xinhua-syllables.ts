// The Chinese characters of the standard transcription of foreign names, read back into the Latin
// syllables they stand for. The press in China transcribes a foreign name by fixed tables: one
// character per syllable of a consonant-vowel grid (季 = ти/ди, 维 = ви, 奇 = ч(и), 斯 = с), the
// 外国地名/人名译音表 of Xinhua's naming office, published as GB/T 17693.1 (English) and GB/T 17693.4
// (Russian). The Russian grid is the one this table follows where the two differ, since most
// transcribed names on the lists are Russian and Ukrainian; English-only characters (威 wi, 汤 tom,
// 杰 je) are added after it. Read from Wikipedia's copies of the two grids,
// https://zh.wikipedia.org/wiki/Wikipedia:外語譯音表/俄語 and …/英語 (written out here by the Sift
// team, spellings as the lists print Russian in English: zh, kh, ch, shch, ya, yu).
// Each key holds a character and its traditional form; the readings are most likely first.
const GRID: Readonly<Record<string, string>> = {
  // Vowels and vowel-initial syllables.
  阿: 'a',
  埃: 'e',
  耶: 'ye e',
  叶葉: 'ye e',
  伊: 'i y',
  奥奧: 'o',
  约約: 'yo jo',
  乌烏: 'u',
  尤: 'yu',
  亚亞: 'ya ia',
  娅婭: 'ya ia',
  厄: 'e y',
  艾: 'ai ay',
  安: 'an',
  扬揚: 'yan',
  延: 'yen',
  因: 'in',
  恩: 'n en',
  温溫: 'vin un',
  // б, п
  巴: 'ba',
  芭: 'ba',
  贝貝: 'be',
  别別: 'bye be',
  比: 'bi',
  博: 'bo',
  伯: 'b bo',
  堡: 'burg',
  布: 'b bu',
  拜: 'bai',
  班: 'ban',
  本: 'ben',
  宾賓: 'bin',
  帕: 'pa',
  佩: 'pe',
  皮: 'pi',
  波: 'po',
  普: 'p pu',
  彼: 'pe pi',
  派: 'pai',
  潘: 'pan',
  彭: 'pen',
  平: 'pin',
  // д, т
  达達: 'da',
  黛: 'da',
  代: 'de',
  迪: 'di',
  多: 'do',
  杜: 'du',
  丹: 'dan',
  登: 'den',
  德: 'd de',
  佳: 'dya tya',
  久: 'dyu',
  焦: 'dyo',
  塔: 'ta',
  泰: 'te',
  捷: 'te de',
  蒂: 'ti',
  季: 'ti di',
  托: 'to',
  图圖: 'tu',
  坦: 'tan',
  滕: 'ten',
  廷: 'tin',
  特: 't te',
  秋: 'tyu chu',
  // г, к
  加: 'ga',
  盖蓋: 'ge gey',
  格: 'g ge',
  吉: 'gi',
  戈: 'go',
  古: 'gu',
  甘: 'gan',
  根: 'gen',
  卡: 'ka',
  凯凱: 'ke',
  克: 'k ke',
  基: 'ki',
  科: 'ko',
  库庫: 'ku',
  坎: 'kan',
  肯: 'ken',
  金: 'kin din gin',
  孔: 'kon',
  昆: 'kun',
  // в, ф
  瓦: 'va',
  娃: 'va',
  韦韋: 've',
  维維: 'vi ve',
  沃: 'vo',
  武: 'vu',
  万萬: 'van',
  文: 'ven vin',
  夫: 'v',
  弗: 'f v',
  法: 'fa',
  费費: 'fe',
  菲: 'fi',
  福: 'fo',
  富: 'fu',
  凡: 'fan',
  芬: 'fen',
  // з, с
  扎: 'za zha',
  泽澤: 'ze',
  济濟: 'zi',
  佐: 'zo',
  祖: 'zu',
  赞贊: 'zan',
  兹茲: 'z',
  萨薩: 'sa',
  莎: 'sa',
  塞: 'se',
  谢謝: 'se she',
  西: 'si',
  锡錫: 'si',
  索: 'so',
  苏蘇: 'su',
  桑: 'san',
  森: 'sen',
  辛: 'sin',
  松: 'son',
  斯: 's',
  瑟: 'se',
  // ж, ш, щ, ч, ц, х
  热熱: 'zhe',
  日: 'zh',
  若: 'zho',
  茹: 'zhu',
  然: 'zhan',
  任: 'zhen zhin',
  沙: 'sha',
  舍: 'she',
  希: 'shi khi',
  绍紹: 'sho',
  舒: 'shu',
  尚: 'shan',
  申: 'shen',
  什: 'sh',
  夏: 'sha shcha',
  休: 'shu khyu',
  恰: 'cha',
  切: 'che',
  奇: 'ch chi',
  乔喬: 'cho jo',
  丘: 'chu',
  琴: 'chen',
  钦欽: 'chin',
  察: 'tsa',
  采: 'tse',
  齐齊: 'tsi',
  措: 'tso',
  楚: 'tsu',
  茨: 'ts tz',
  岑: 'tsen',
  哈: 'kha ha',
  海: 'khe he',
  霍: 'kho ho',
  胡: 'khu hu',
  汉漢: 'khan han',
  亨: 'khen',
  赫: 'kh h',
  // м, н
  马馬: 'ma',
  玛瑪: 'ma',
  梅: 'me',
  米: 'mi',
  莫: 'mo',
  穆: 'mu',
  曼: 'man',
  门門: 'men',
  明: 'min',
  姆: 'm',
  纳納: 'na',
  娜: 'na',
  内內: 'ne',
  涅: 'nye ne',
  尼: 'ni',
  妮: 'ni',
  诺諾: 'no',
  努: 'nu',
  南: 'nan',
  宁寧: 'nin',
  纽紐: 'nyu',
  // л, р
  拉: 'la ra',
  莱萊: 'le',
  列: 'le re',
  利: 'li',
  莉: 'li',
  洛: 'lo',
  卢盧: 'lu',
  兰蘭: 'lan ran',
  林: 'lin rin',
  琳: 'lin rin',
  隆: 'lon',
  勒: 'l',
  柳: 'lyu',
  廖: 'lyo',
  良: 'lyan',
  雷: 're',
  里裡: 'ri',
  丽麗: 'ri',
  罗羅: 'ro',
  萝蘿: 'ro',
  鲁魯: 'ru',
  伦倫: 'ren len',
  龙龍: 'ron',
  尔爾: 'r l',
  留: 'ryu',
  // English grid only.
  威: 'wi',
  华華: 'wa',
  怀懷: 'wai',
  汤湯: 'tom',
  杰傑: 'je de',
  贾賈: 'ja',
  詹: 'jen',
  琼瓊: 'jon',
  朱: 'ju zhu',
  戴: 'dai',
  默: 'm mer',
  罕: 'ham',
};

// Final syllables of Russian and Ukrainian surnames and patronymics, read as one unit; each key
// lists its simplified and traditional spellings.
const ENDINGS: Readonly<Record<string, string>> = {
  斯基: 'sky ski',
  茨基: 'tsky',
  '维奇 維奇': 'vich',
  耶夫: 'yev',
  耶娃: 'yeva',
  '诺夫 諾夫': 'nov',
  '诺娃 諾娃': 'nova',
  克斯: 'x ks',
  '贝格 貝格 伯格': 'berg',
  延科: 'yenko',
};

// Each unit (a character, or an ending of two) and its readings, most likely first.
const UNITS = new Map<string, readonly string[]>();
for (const [key, readings] of Object.entries(GRID))
  for (const form of Array.from(key)) UNITS.set(form, readings.split(' '));
for (const [key, readings] of Object.entries(ENDINGS))
  for (const form of key.split(' ')) UNITS.set(form, readings.split(' '));
const LONGEST_UNIT = 2;

/** The transcription units of a word, longest first, or undefined when a character is in none. */
function splitUnits(word: string): string[] | undefined {
  const chars = Array.from(word);
  const units: string[] = [];
  for (let i = 0; i < chars.length;) {
    let length = Math.min(LONGEST_UNIT, chars.length - i);
    while (length > 0 && !UNITS.has(chars.slice(i, i + length).join(''))) length--;
    if (length === 0) return undefined;
    units.push(chars.slice(i, i + length).join(''));
    i += length;
  }
  return units;
}

// A doubled n is one n of the name: the grid writes н before a vowel twice (伊万诺夫 Ivanov).
const joinUnits = (readings: readonly string[]): string => readings.join('').replace(/nn/g, 'n');

/** Every choice of one reading per unit whose ranks add up to `budget` (0 = all first readings). */
function choicesWithin(options: readonly (readonly string[])[], budget: number): string[][] {
  if (options.length === 0) return budget === 0 ? [[]] : [];
  const [head, ...rest] = options;
  const out: string[][] = [];
  head!.forEach((reading, rank) => {
    if (rank <= budget)
      for (const tail of choicesWithin(rest, budget - rank)) out.push([reading, ...tail]);
  });
  return out;
}

/**
 * Latin readings of a word written wholly in the characters of the Xinhua transcription grid
 * (季姆琴科 → timchenko, dimchenko), most likely first, at most `limit`; empty for any other word.
 * Readings are ranked by how far down each unit's list they go (维克塞尔伯格: vikserberg, then
 * vekserberg and vikselberg, then vekselberg).
 */
export function readXinhuaTranscription(word: string, limit = 3): string[] {
  const units = splitUnits(word);
  if (units === undefined || units.length < 2) return [];
  const options = units.map((unit) => UNITS.get(unit)!);
  const out = new Set<string>();
  for (let budget = 0; budget <= 2 && out.size < limit; budget++)
    for (const choice of choicesWithin(options, budget)) out.add(joinUnits(choice));
  return [...out].slice(0, limit);
}

// Last units of Russian, Ukrainian and Belarusian surnames as the grid writes them: -ov, -ev,
// -in, -sky, -vich, -enko, -uk, -a (Kabaeva).
const RUSSIAN_FINALS = new Set(
  '伯格 贝格 貝格 夫 耶夫 诺夫 諾夫 娃 耶娃 诺娃 諾娃 斯基 茨基 维奇 維奇 奇 科 延科 金 京 宁 寧 林 钦 欽 克 娜 亚 亞 娅 婭'.split(
    ' ',
  ),
);

/** Whether a word in grid characters ends as a Russian or Ukrainian surname does (波塔宁 Potanin). */
export function endsLikeRussianSurname(word: string): boolean {
  const units = splitUnits(word);
  return units !== undefined && units.length >= 2 && RUSSIAN_FINALS.has(units[units.length - 1]!);
}

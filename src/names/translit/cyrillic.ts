// Cyrillic romanisation in several systems, because lists and passports mix them: OFAC uses
// BGN/PCGN-like forms (Yuriy), the press a popular English form (Yuri, Dmitry), Russian passports
// ICAO (Iurii), French and German sources their own (Iouri Poutine, Juri Wladimir).
import { minedReadings } from './mined-readings.ts';
import { legalFormOf } from '../name-tables.ts';

type Table = Readonly<Record<string, string>>;

/** One romanisation system: a letter table plus context rules for iotated vowels and -ий endings. */
interface CyrillicSystem {
  readonly table: Table;
  /** Forms of е ё ю я at the start of a word or after a vowel or soft/hard sign (ye, yo, yu, ya). */
  readonly iotated?: Table;
  /** Word-final replacements applied to the romanised word (ending → replacement). */
  readonly endings?: readonly (readonly [RegExp, string])[];
}

const RU_BASE: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Letters of other Cyrillic languages, in case a word mixes them.
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  қ: 'k',
  ғ: 'gh',
  ң: 'ng',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ҙ: 'z',
  ҫ: 's',
  ӑ: 'a',
  ӗ: 'e',
  ӳ: 'u',
  ҡ: 'q',
  ӧ: 'o',
  ӱ: 'u',
};

const IOTATED_Y: Table = { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' };

function withTable(base: Table, changes: Table): Table {
  return { ...base, ...changes };
}

const RUSSIAN_SYSTEMS: readonly CyrillicSystem[] = [
  // BGN/PCGN: Yevgeniy, Yuriy, Dmitriy, Sergey.
  { table: withTable(RU_BASE, { ё: 'yo' }), iotated: IOTATED_Y },
  // Popular English: Evgeny, Yuri, Dmitry, Alexei.
  {
    table: withTable(RU_BASE, { ё: 'yo' }),
    iotated: { ...IOTATED_Y, е: 'e' },
    endings: [
      [/iy$/, 'y'],
      [/yy$/, 'y'],
      [/ey$/, 'ei'],
    ],
  },
  // ICAO 9303 (Russian passports since 2013): Iurii, Evgenii.
  { table: withTable(RU_BASE, { й: 'i', ю: 'iu', я: 'ia', ъ: 'ie', ё: 'e' }) },
  // Scholarly system with diacritics folded: Vladimirovic, Chrushchev → chruscev.
  {
    table: withTable(RU_BASE, {
      ж: 'z',
      х: 'ch',
      ц: 'c',
      ч: 'c',
      ш: 's',
      щ: 'sc',
      й: 'j',
      ю: 'ju',
      я: 'ja',
      ё: 'e',
    }),
    endings: [[/ij$/, 'i']],
  },
  // French: Iouri Poutine, Gorbatchev.
  {
    table: withTable(RU_BASE, {
      у: 'ou',
      ш: 'ch',
      ч: 'tch',
      ж: 'j',
      й: 'i',
      ю: 'iou',
      я: 'ia',
      х: 'kh',
      щ: 'chtch',
      ё: 'io',
    }),
    endings: [
      [/ii$/, 'i'],
      [/in$/, 'ine'],
    ],
  },
  // German: Juri, Wladimir, Chruschtschow.
  {
    table: withTable(RU_BASE, {
      в: 'w',
      ш: 'sch',
      ч: 'tsch',
      ж: 'sh',
      з: 's',
      х: 'ch',
      ц: 'z',
      й: 'j',
      ю: 'ju',
      я: 'ja',
      щ: 'schtsch',
      ё: 'jo',
      э: 'e',
    }),
    iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
    endings: [
      [/ij$/, 'i'],
      [/ow$/, 'ow'],
    ],
  },
];

// Ukrainian national system (KMU 2010) first: Volodymyr Zelenskyy; then a Russian-style g for г.
const UK_TABLE = withTable(RU_BASE, {
  г: 'h',
  и: 'y',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  й: 'y',
  щ: 'shch',
});
const UKRAINIAN_SYSTEMS: readonly CyrillicSystem[] = [
  { table: UK_TABLE, iotated: IOTATED_Y },
  {
    table: UK_TABLE,
    iotated: { ...IOTATED_Y, є: 'ie', ї: 'i', ю: 'iu', я: 'ia' },
    endings: [[/yy$/, 'y']],
  },
  { table: withTable(UK_TABLE, { г: 'g', и: 'i' }), iotated: IOTATED_Y, endings: [[/iy$/, 'y']] },
];

const BE_TABLE = withTable(RU_BASE, { г: 'h', ў: 'w', і: 'i', ы: 'y' });
const BELARUSIAN_SYSTEMS: readonly CyrillicSystem[] = [
  { table: BE_TABLE, iotated: IOTATED_Y },
  { table: withTable(BE_TABLE, { ў: 'u', г: 'g' }), iotated: IOTATED_Y },
];

// Serbian/Macedonian: the official Latin alphabet folded (č ć → c), then English-style digraphs.
const SR_TABLE = withTable(RU_BASE, {
  ж: 'z',
  ч: 'c',
  ш: 's',
  ц: 'c',
  х: 'h',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dz',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
});
const SERBIAN_SYSTEMS: readonly CyrillicSystem[] = [
  { table: SR_TABLE },
  { table: withTable(SR_TABLE, { ж: 'zh', ч: 'ch', ш: 'sh', ц: 'ts', ћ: 'ch', џ: 'dzh', ђ: 'd' }) },
  { table: withTable(SR_TABLE, { ћ: 'c', ђ: 'd', џ: 'dz' }) },
];

// Bulgarian: щ is sht and ъ a full vowel (Bulgarian Transliteration Act 2009).
const BULGARIAN_SYSTEM: CyrillicSystem = {
  table: withTable(RU_BASE, { щ: 'sht', ъ: 'a', х: 'h', ц: 'ts', й: 'y', ю: 'yu', я: 'ya' }),
  endings: [[/iya$/, 'ia']],
};

const VOWELS = new Set('аеёиоуыэюяіїєәөүұ');
const SIGNS = new Set('ъь');

function applySystem(word: string, system: CyrillicSystem): string {
  let out = '';
  const chars = Array.from(word);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = i > 0 ? chars[i - 1]! : '';
    const iot = system.iotated?.[ch];
    if (iot !== undefined && (prev === '' || VOWELS.has(prev) || SIGNS.has(prev))) {
      out += iot;
      continue;
    }
    out += system.table[ch] ?? ch;
  }
  for (const [pattern, replacement] of system.endings ?? [])
    out = out.replace(pattern, replacement);
  return out;
}

/** Cyrillic language guessed from the letters of a whole name, since one word may not tell. */
export type CyrillicLanguage = 'ru' | 'uk' | 'be' | 'sr' | 'bg';

/** Guess the language of a Cyrillic name from letters and endings only Ukrainian, Serbian … use. */
export function guessCyrillicLanguage(text: string): CyrillicLanguage {
  const lower = text.toLowerCase();
  if (/[ђјљњћџѓќѕ]/u.test(lower)) return 'sr';
  if (/[ў]/u.test(lower)) return 'be';
  // Ukrainian letters, or the Ukrainian adjective ending -ський (Russian writes -ский).
  if (/[іїєґ]|[сцз]ьк(ий|а)(?![а-яё])/u.test(lower)) return 'uk';
  if (/ъ[^еёюя]/u.test(lower)) return 'bg';
  return 'ru';
}

function systemsFor(language: CyrillicLanguage): readonly CyrillicSystem[] {
  if (language === 'sr') return SERBIAN_SYSTEMS;
  if (language === 'be') return BELARUSIAN_SYSTEMS;
  if (language === 'uk') return UKRAINIAN_SYSTEMS;
  // A hard sign inside a word (not before е ё ю я) is typical of Bulgarian spelling.
  if (language === 'bg') return [BULGARIAN_SYSTEM, ...RUSSIAN_SYSTEMS];
  return RUSSIAN_SYSTEMS;
}

/** Romanisations of one lower-case Cyrillic word, most likely first (Путин → putin, poutine). */
export function romanizeCyrillicWord(
  word: string,
  language: CyrillicLanguage = guessCyrillicLanguage(word),
): string[] {
  const lower = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/\u0301/g, '');
  const variants = systemsFor(language).map((system) => applySystem(lower, system));
  const ru = RUSSIAN_SYSTEMS[0]!;
  // A common English spelling writes кс as x (Alexandr) and keeps the BGN form for everything else.
  const base = applySystem(lower, ru);
  if (base.includes('ks')) variants.push(base.replace(/ks/g, 'x'));
  // A legal form (ПАО, ООО, ЗАО) is an abbreviation read letter by letter, no foreign name: the
  // mined readings made ПАО "bao", a name token that took three of a company's six readings.
  if (legalFormOf(lower) !== undefined) return [...new Set(variants)];
  // Foreign names written in Cyrillic (Фоули = Fowley, Кинетт = Quinette) keep their own English
  // spelling, which the mined lexicon and segment model recover after the standard reading.
  const mined = minedReadings('cyrillic', lower, (ch) => [applySystem(ch, ru)], 3);
  return [
    ...new Set([
      ...variants.slice(0, 1),
      ...mined.lexicon.slice(0, 2),
      ...mined.model.slice(0, 2),
      ...variants.slice(1),
    ]),
  ];
}

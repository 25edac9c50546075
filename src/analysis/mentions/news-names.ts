import { nameKey } from '../../names/index.ts';

/**
 * Names that news writes for listed groups where the lists use another name. The lists carry the
 * formal names ("Islamic State in Iraq and the Levant", "Hizballah"); reporters write "Islamic
 * State", "ISIS" or "Daesh", and news in other languages its own words ("Estado Islámico",
 * "Revolutionsgarden", "Corps des gardiens de la révolution islamique"). Each is screened in addition to the article's own spelling, and the
 * hit says which name matched. Kept short on purpose: only names with one clear meaning in news.
 */
const NEWS_NAMES: readonly [string[], string][] = [
  [
    ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria'],
    'Islamic State in Iraq and the Levant',
  ],
  // The same group as Spanish, French, German and Italian news write it.
  [
    ['Estado Islámico', 'État islamique', 'Etat islamique', 'Islamischer Staat', 'Stato Islamico'],
    'Islamic State in Iraq and the Levant',
  ],
  [['Daech', 'Dáesh', 'Daesch'], 'Islamic State in Iraq and the Levant'],
  [['Hezbollah', 'Hizbollah', 'Hizbullah'], 'Hizballah'],
  [['Hisbollah', 'Hizbolá', 'Hezbolá'], 'Hizballah'],
  // Iran's Revolutionary Guards, listed as the "Islamic Revolutionary Guard Corps".
  [
    [
      'Guardia Revolucionaria',
      'Guardia Revolucionaria iraní',
      'Guardia Revolucionaria Islámica',
      'Cuerpo de la Guardia Revolucionaria Islámica',
      'Guardianes de la Revolución',
      'Corps des gardiens de la révolution islamique',
      'Gardiens de la révolution',
      'CGRI',
      'Revolutionsgarden',
      'Revolutionsgarde',
      'Islamische Revolutionsgarde',
      'Iranische Revolutionsgarden',
      'Pasdaran',
    ],
    'Islamic Revolutionary Guard Corps',
  ],
  [['Fuerza Quds', 'Force Al-Qods', 'Force Qods', 'Quds-Einheit', 'Quds-Brigaden'], 'Qods Force'],
  [['Frente al-Nusra', 'Front al-Nosra', 'Nusra-Front'], 'Al-Nusrah Front'],
  // French news writes the Arabic sh of al-Sham "ch" (AFP and RT France, 2017: "Fateh al-Cham";
  // 2024: "Hayat Tahrir al-Cham"); both are the lists' aliases of the Al-Nusrah Front.
  [['Fateh al-Cham', 'Front Fateh al-Cham', 'Jabhat Fateh al-Cham'], 'Fateh al-Sham Front'],
  [['Hayat Tahrir al-Cham', "Hay'at Tahrir al-Cham"], "Hay'at Tahrir al-Sham"],
  [
    ['Al Qaeda en Irak', 'Al Qaeda en Iraq', 'Al-Qaïda en Irak', 'Al-Kaida im Irak'],
    'Al-Qaida in Iraq',
  ],
  [['al-Shabab', 'al-Shabaab', 'Shabaab'], 'Al-Shabaab'],
  [['Islamic State Khorasan', 'ISIS-K', 'ISKP'], 'Islamic State Khorasan'],
  [['Lashkar-e-Toiba', 'Lashkar-e-Taiba', 'LeT'], 'Lashkar-e-Tayyiba'],
  // The lists write "THE HOUTHIS"; news puts its own words between ("the murderous Houthis").
  [['Houthis', 'Huthis'], 'The Houthis'],
];

const BY_KEY = new Map<string, string>();
for (const [variants, listed] of NEWS_NAMES)
  for (const variant of variants) BY_KEY.set(nameKey(variant), listed);

/** The listed name that a common news name stands for, or undefined. */
export function listedNameFor(name: string): string | undefined {
  return BY_KEY.get(nameKey(name));
}

/** Every news name in the table (for the gazetteer, so the text finds them as organisations). */
export function newsNames(): string[] {
  return NEWS_NAMES.flatMap(([variants]) => variants).filter((v) => v.length > 3);
}

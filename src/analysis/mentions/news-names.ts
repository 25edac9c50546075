import { nameKey } from '../../names/index.ts';

/**
 * Names that news writes for listed groups where the lists use another name. The lists carry the
 * formal names ("Islamic State in Iraq and the Levant", "Hizballah"); reporters write "Islamic
 * State", "ISIS" or "Daesh". Each is screened in addition to the article's own spelling, and the
 * hit says which name matched. Kept short on purpose: only names with one clear meaning in news.
 */
const NEWS_NAMES: readonly [string[], string][] = [
  [
    ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria'],
    'Islamic State in Iraq and the Levant',
  ],
  [['Hezbollah', 'Hizbollah', 'Hizbullah'], 'Hizballah'],
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

// The Latin spellings, vowels included, that each Arabic-script and Hebrew letter stands for when the
// press of those languages writes a name, for abjad-spelling.ts (issue #13, session 20). Unlike
// source-letter-spellings.ts, which is deliberately generous because it only rules spellings out,
// this table says when a Latin name IS a spelling of a word, so it holds the usual values only.
// Consonants: ALA-LC romanisation tables for Arabic, Persian and Hebrew (Library of Congress, 2012
// editions) and BGN/PCGN Arabic (1956), with the letters the Arabic and Hebrew press use for sounds
// their languages lack (ب p, ف v, ج g, تش ch; Hebrew ג׳ j, ז׳ zh, צ׳ ch, ת׳ th). Vowel letters: the
// matres lectionis of both scripts (ا/א a, و/ו o u, ي/י i e y), which write the long vowels of native
// names and the vowels of foreign ones; the short vowels they leave unwritten are free in the test.

/** Spellings of letters that only carry a vowel, or none: alif, hamza, ayin. */
const VOWEL_CARRIER = ['', 'a', 'e', 'i', 'o', 'u', 'aa', 'ai', 'au', 'ei', 'ou'];
const VAV = ['o', 'u', 'ou', 'oo', 'au', 'ow', 'eu', 'w', 'v', 'uw'];
const YOD = ['i', 'y', 'e', 'ee', 'ie', 'ey', 'ei', 'ai', 'ay', 'j'];
/**
 * A final he or ta marbuta writes a final a or e (Fatima فاطمة, Sarah שרה), or nothing after a
 * vowel letter (Fusée فوسيه).
 */
const FINAL_HE = ['a', 'ah', 'e', 'eh', 'h', ''];

const ARABIC: Readonly<Record<string, readonly string[]>> = {
  ا: ['a', 'aa', 'e', 'o'],
  أ: VOWEL_CARRIER,
  إ: VOWEL_CARRIER,
  آ: ['a', 'aa', 'o'],
  ء: ['', 'a', 'e'],
  ؤ: ['', 'o', 'u', 'w'],
  ئ: ['', 'i', 'e', 'y', 'ai'],
  ع: VOWEL_CARRIER,
  و: VAV,
  ي: YOD,
  // Persian writes a final e with ه (Fatemeh فاطمه): its ی is i or y, never a bare e.
  ی: YOD.filter((spelling) => spelling !== 'e'),
  ى: ['a', 'i', 'y', 'e'],
  ه: ['h', ...FINAL_HE],
  ة: [...FINAL_HE, 'at'],
  ب: ['b', 'p'],
  پ: ['p'],
  ت: ['t'],
  ث: ['th', 's', 't'],
  ج: ['j', 'g', 'dj', 'dg', 'zh'],
  چ: ['ch', 'tch', 'c', 'cz', 'tsch'],
  ح: ['h'],
  خ: ['kh', 'ch', 'x', 'h', 'j'],
  د: ['d'],
  ذ: ['dh', 'th', 'z', 'd'],
  ر: ['r'],
  ز: ['z', 's'],
  ژ: ['zh', 'j', 'g'],
  س: ['s', 'c', 'z'],
  ش: ['sh', 'ch', 'sch', 'sz', 's'],
  ص: ['s', 'c'],
  ض: ['d', 'dh', 'z'],
  ط: ['t'],
  ظ: ['z', 'dh', 'th'],
  غ: ['gh', 'g', 'r'],
  ف: ['f', 'ph', 'v'],
  ڤ: ['v'],
  ق: ['q', 'k', 'c', 'ck', 'g'],
  ك: ['k', 'c', 'ck', 'ch', 'q'],
  ک: ['k', 'c', 'ck', 'ch', 'q'],
  گ: ['g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
};

const HEBREW: Readonly<Record<string, readonly string[]>> = {
  א: VOWEL_CARRIER,
  ע: VOWEL_CARRIER,
  ו: VAV,
  י: YOD,
  ה: ['h', ...FINAL_HE],
  ב: ['b', 'v'],
  ג: ['g'],
  "ג'": ['j', 'g', 'dj', 'dg'],
  ד: ['d'],
  ז: ['z', 's'],
  "ז'": ['zh', 'j', 'g'],
  ח: ['ch', 'kh', 'h', 'j'],
  ט: ['t'],
  כ: ['k', 'ch', 'kh', 'c', 'ck'],
  ך: ['k', 'ch', 'kh', 'c', 'ck'],
  ל: ['l'],
  מ: ['m'],
  ם: ['m'],
  נ: ['n'],
  ן: ['n'],
  ס: ['s', 'c'],
  פ: ['p', 'f', 'ph'],
  ף: ['f', 'ph', 'p'],
  צ: ['ts', 'tz', 'z', 'c'],
  ץ: ['ts', 'tz', 'z', 'c'],
  "צ'": ['ch', 'tch', 'c', 'cz'],
  "ץ'": ['ch', 'tch', 'c', 'cz'],
  ק: ['k', 'q', 'c', 'ck'],
  ר: ['r'],
  ש: ['sh', 's', 'sch', 'ch', 'sz'],
  ת: ['t', 'th'],
  "ת'": ['th', 't'],
};

/** Two letters written together for one Latin sound: ch, ts, x, j, and Hebrew's consonant vav. */
const PAIRS: Readonly<Record<string, readonly string[]>> = {
  تش: ['ch', 'tch', 'cz', 'c', 'tsch', 'tzsch', 'tsh'],
  تس: ['ts', 'tz', 'z', 'c'],
  دج: ['j', 'dj', 'g', 'dg'],
  كس: ['x', 'ks', 'cks', 'cs'],
  كز: ['x', 'ks'],
  טש: ['ch', 'tch', 'cz', 'tsch'],
  דז: ['dz', 'j'],
  קס: ['x', 'ks', 'cks', 'cs'],
  וו: ['v', 'w'],
  יי: ['y', 'i', 'ey', 'ay', 'ei', 'ai'],
};

/** The Latin spellings of one letter (a Hebrew letter may carry its geresh) or letter pair. */
export function abjadSpellings(letters: string): readonly string[] | undefined {
  return ARABIC[letters] ?? HEBREW[letters] ?? PAIRS[letters];
}

/** The final Hebrew and Arabic letters that may also stand for a final vowel (see FINAL_HE). */
export const FINAL_ONLY_VOWELS: ReadonlySet<string> = new Set(['ه', 'ة', 'ה']);

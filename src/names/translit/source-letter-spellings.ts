// The consonants each Arabic-script and Cyrillic letter can be written with in Latin, by any
// romanisation the lists or the press use, for source-spelling.ts (issue #13, session 14). The
// table is deliberately generous: it serves only to say that a Latin name can NOT be a spelling of
// a word (ت is never d; М is never k), so every spelling a writer might choose must be here.
// Vowels are left out of both sides (Arabic writes no short vowels, and vowel spellings differ
// too much between languages); h, w and y are free on the Latin side (see source-spelling.ts).
// Written by the Sift team from: ALA-LC romanisation tables for Arabic, Persian, Pashto, Urdu,
// Russian, Ukrainian and Belarusian (Library of Congress, 2012 editions); BGN/PCGN Arabic (1956),
// Persian (1958) and Russian (1947); the Turkish orthography of Arabic names (c for ج, final
// devoicing: Mehmet, Recep); French usage for Maghreb names (dj, ch, ou); and the European
// spellings of Cyrillic that translit/european-cyrillic.ts reverses (German Duden, Polish, French,
// Spanish, Czech, Hungarian, Scandinavian).

/**
 * Latin consonant strings (vowels removed, lower case) each letter may stand for; a letter whose
 * list holds '' may also be written with no consonant at all (long vowels, glides, hamza, ayn).
 */
const ARABIC_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  ا: [''],
  أ: [''],
  إ: [''],
  آ: [''],
  ء: [''],
  ؤ: ['', 'v'],
  ئ: ['', 'j'],
  ع: [''],
  ى: ['', 'j'],
  ي: ['', 'j', 'l'],
  ی: ['', 'j', 'l'],
  ې: ['', 'j'],
  ۍ: ['', 'j'],
  ے: ['', 'j'],
  و: ['', 'w', 'v'],
  ه: ['', 't'],
  ہ: [''],
  ھ: [''],
  ة: ['', 't'],
  ب: ['b', 'p'],
  پ: ['p', 'b'],
  ت: ['t'],
  ټ: ['t'],
  ٹ: ['t'],
  ث: ['th', 's', 't', 'z'],
  ج: ['j', 'g', 'dj', 'gj', 'dzh', 'zh', 'c', 'xh'],
  چ: ['ch', 'c', 'tch', 'tsch', 'tj', 'cz', 'j'],
  ح: ['h', 'kh', 'x', ''],
  خ: ['kh', 'ch', 'x', 'j', 'h', ''],
  څ: ['ts', 's', 'tz', 'dz', 'z', 'c'],
  ځ: ['dz', 'z', 'j', 'g'],
  د: ['d', 't'],
  ډ: ['d', 't'],
  ڈ: ['d', 't'],
  ذ: ['dh', 'th', 'd', 'z'],
  ر: ['r'],
  ړ: ['r', 'd'],
  ڑ: ['r', 'd'],
  ز: ['z', 's', 'dz', 'sz'],
  ژ: ['zh', 'j', 'z', 'g', 's'],
  ږ: ['zh', 'g', 'j', 'z', 'r'],
  س: ['s', 'c', 'z'],
  ش: ['sh', 's', 'ch', 'sch', 'sz', 'c', 'x'],
  ښ: ['sh', 'kh', 'x', 's', 'k', 'ch'],
  ص: ['s', 'c'],
  ض: ['d', 'dh', 'z'],
  ط: ['t'],
  ظ: ['z', 'dh', 'th', 'd'],
  غ: ['gh', 'g', 'r'],
  ف: ['f', 'ph', 'v', 'p', 'w'],
  ڤ: ['v', 'f'],
  ق: ['q', 'k', 'g', 'gh', 'c', 'kh', 'ck', 'cq'],
  ك: ['k', 'c', 'q', 'ck', 'g', 'ch'],
  ک: ['k', 'c', 'q', 'ck', 'g', 'ch'],
  ګ: ['g', 'k'],
  گ: ['g', 'k'],
  ڭ: ['ng', 'g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n', 'm'],
  ڼ: ['n'],
  ں: ['n', ''],
};

/** Cyrillic letters (Russian, Ukrainian, Belarusian, Serbian, Bulgarian), lower case. */
const CYRILLIC: Readonly<Record<string, readonly string[]>> = {
  а: [''],
  е: ['', 'j'],
  ё: ['', 'j'],
  є: ['', 'j'],
  и: ['', 'j'],
  і: ['', 'j'],
  ї: ['', 'j'],
  й: ['', 'j', 'i'],
  о: [''],
  у: ['', 'w', 'v'],
  ў: ['', 'w', 'v'],
  ы: [''],
  э: [''],
  ю: ['', 'j'],
  я: ['', 'j'],
  ь: ['', 'j'],
  ъ: ['', 'j'],
  б: ['b'],
  в: ['v', 'w', 'f'],
  г: ['g', 'h', 'gh'],
  ґ: ['g'],
  д: ['d'],
  ђ: ['dj', 'd', 'j', 'g'],
  ж: ['zh', 'j', 'z', 'sh', 'sch', 'zs', 'g', 's', 'rz'],
  з: ['z', 's'],
  ѕ: ['dz', 'z'],
  ј: ['j', ''],
  к: ['k', 'c', 'ck', 'q'],
  л: ['l'],
  љ: ['l', 'lj'],
  м: ['m', 'n'],
  н: ['n', 'ng'],
  њ: ['n', 'nj'],
  п: ['p'],
  р: ['r'],
  с: ['s', 'c', 'z', 'sz', 'x', 'th'],
  т: ['t', 'ch'],
  ћ: ['c', 'ch', 'tj', 't'],
  ф: ['f', 'ph', 'v', 'th'],
  х: ['kh', 'ch', 'h', 'x', 'j', 'g', 'gh', 'q', ''],
  ц: ['ts', 'tz', 'z', 'c', 'tc', 'cz', 'tsz', 'dz', 't'],
  ч: ['ch', 'tch', 'tsch', 'tzsch', 'cz', 'c', 'tsh', 'tj', 'tsj', 'cs', 'q', 'zh', 'tx'],
  џ: ['dzh', 'dz', 'j', 'dj', 'g'],
  ш: ['sh', 'sch', 'sz', 'ch', 's', 'sj', 'x', 'rz'],
  щ: ['shch', 'sch', 'shtsch', 'szcz', 'sc', 'sht', 'stj', 'sj', 'sh', 'ch', 'st', 'chtch'],
};

/**
 * Two letters written together as one Latin sound: the affricates of Japanese, Chinese, Turkish and
 * German names (дз, дж, цз: Kazuo, Jiang, Ecevit; تس, تش: Weizman, Czibor).
 */
const PAIRS: Readonly<Record<string, readonly string[]>> = {
  дз: ['dz', 'z', 'j'],
  дж: ['j', 'dj', 'dzh', 'dz', 'g', 'c', 'zh'],
  цз: ['j', 'z', 'dz', 'c', 'ts'],
  تس: ['z', 'ts', 'tz', 'c', 'zh'],
  تش: ['ch', 'cz', 'c', 'tsch', 'tzsch', 'tch', 'ts', 'q'],
};

/**
 * The Latin consonant spellings of a source letter or letter pair (lower case), or undefined for a
 * character the tables do not know (then the word is not judged).
 */
export function letterSpellings(letters: string): readonly string[] | undefined {
  return ARABIC_SCRIPT[letters] ?? CYRILLIC[letters] ?? PAIRS[letters];
}

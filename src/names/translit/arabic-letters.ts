// Hand-written Latin values of Arabic-script letters (Arabic, Persian, Urdu, Pashto), most usual
// first. A value is the consonant only: the vowels that follow are guessed by the segment model.
// The mining script aligns training pairs with this table, so it must list every spelling that
// names really use (ج as j, g or dj; ق as q, k or g).

/** Latin consonant values of each Arabic-script letter ('' for letters that only carry a vowel). */
export const ARABIC_LETTERS: Readonly<Record<string, readonly string[]>> = {
  ء: ['', "'"],
  آ: ['', "'"],
  أ: ['', "'"],
  ؤ: ['', "'", 'w'],
  إ: ['', "'"],
  ئ: ['', "'", 'y'],
  ا: ['', "'"],
  ٱ: [''],
  ب: ['b', 'p'],
  ة: ['', 'h', 't'],
  ت: ['t'],
  ث: ['th', 's', 't'],
  ج: ['j', 'g', 'dj', 'zh', 'ch'],
  ح: ['h', ''],
  خ: ['kh', 'h', 'ch', 'k', 'x'],
  د: ['d'],
  ذ: ['dh', 'z', 'th', 'd'],
  ر: ['r'],
  ز: ['z', 's'],
  س: ['s', 'c'],
  ش: ['sh', 'ch', 'sch', 's'],
  ص: ['s', 'c'],
  ض: ['d', 'dh', 'z'],
  ط: ['t', 'th'],
  ظ: ['z', 'dh', 'th'],
  ع: ['', "'"],
  غ: ['gh', 'g', 'r'],
  ف: ['f', 'v', 'ph'],
  ق: ['q', 'k', 'g', 'c'],
  ك: ['k', 'c', 'ck', 'ch', 'g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  ه: ['h', ''],
  و: ['w', 'v', ''],
  ى: ['', 'y'],
  ي: ['y', '', 'j'],
  // Persian and Urdu letters.
  پ: ['p'],
  چ: ['ch', 'tch', 'c'],
  ژ: ['zh', 'j', 'g', 's'],
  گ: ['g'],
  ک: ['k', 'c', 'ck'],
  ی: ['y', ''],
  ۀ: ['', 'h'],
  ٹ: ['t'],
  ڈ: ['d'],
  ڑ: ['r'],
  ں: ['n'],
  ہ: ['h', ''],
  ھ: ['h', ''],
  ے: ['', 'y'],
  ۃ: ['', 'h', 't'],
  // Pashto letters.
  ځ: ['dz', 'z'],
  څ: ['ts', 's'],
  ښ: ['sh', 'kh', 'x'],
  ږ: ['zh', 'g'],
  ټ: ['t'],
  ډ: ['d'],
  ړ: ['r'],
  ڼ: ['n'],
  ۍ: ['', 'y'],
  ې: ['', 'y'],
  ڤ: ['v'],
  ڨ: ['g'],
};

/** Vowel letters the aligner may place after any consonant value. */
export const LATIN_VOWELS = "aeiouy'";

// Persian, Urdu and Pashto shapes of letters that Arabic also has: read as the Arabic letter, so that
// the vowel statistics mined from Arabic pairs apply to them too (ی = ي, ک = ك).
const SAME_LETTER: Readonly<Record<string, string>> = {
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ے: 'ي',
  ک: 'ك',
  ہ: 'ه',
  ھ: 'ه',
  ۀ: 'ة',
  ۃ: 'ة',
  ٹ: 'ت',
  ټ: 'ت',
  ڈ: 'د',
  ډ: 'د',
  ڑ: 'ر',
  ړ: 'ر',
  ں: 'ن',
  ڼ: 'ن',
  // Pashto gaf (ګ, U+06AB) is the Persian گ: ګلبدین is Gulbuddin (it was dropped as unknown).
  ګ: 'گ',
};

/** Split an Arabic-script word into letters, dropping short-vowel marks and the tatweel. */
export function arabicUnits(word: string): string[] {
  return Array.from(word.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640\u200C-\u200F]/g, ''))
    .map((ch) => SAME_LETTER[ch] ?? ch)
    .filter((ch) => ARABIC_LETTERS[ch] !== undefined);
}

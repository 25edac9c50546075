// Hand-written Latin values of Hebrew letters, most usual first. Like Arabic, Hebrew leaves most
// vowels unwritten, so a value is the consonant only and the segment model guesses the vowels. A
// geresh after a letter (ג׳ צ׳ ז׳ ת׳) marks a foreign sound and is kept with its letter as one unit.

/** Latin consonant values of each Hebrew letter or letter + geresh ('' for vowel carriers). */
export const HEBREW_LETTERS: Readonly<Record<string, readonly string[]>> = {
  א: ['', "'"],
  ב: ['b', 'v', 'w'],
  ג: ['g', 'j'],
  "ג'": ['j', 'g', 'dj'],
  ד: ['d', 'th'],
  "ד'": ['th', 'd'],
  ה: ['h', ''],
  ו: ['v', 'w', ''],
  // Two vavs inside a word spell the consonant (see withConsonantVav in hebrew.ts).
  וו: ['v', 've', 'va', 'w', 'wa', 'vi'],
  ז: ['z', 's'],
  "ז'": ['zh', 'j', 'g'],
  ח: ['ch', 'h', 'kh', 'j'],
  ט: ['t', 'th'],
  י: ['y', '', 'j'],
  כ: ['k', 'ch', 'kh', 'c', 'ck', 'q'],
  ך: ['k', 'ch', 'kh', 'c', 'ck'],
  ל: ['l'],
  מ: ['m'],
  ם: ['m'],
  נ: ['n'],
  ן: ['n'],
  ס: ['s', 'c', 'z'],
  ע: ['', "'"],
  פ: ['p', 'f', 'ph'],
  ף: ['f', 'ph', 'p'],
  צ: ['ts', 'tz', 'z', 's', 'c'],
  ץ: ['ts', 'tz', 'z', 's', 'c'],
  "צ'": ['ch', 'tch', 'c', 'cz'],
  "ץ'": ['ch', 'tch', 'c'],
  ק: ['k', 'q', 'c', 'ck'],
  ר: ['r'],
  ש: ['sh', 's', 'ch', 'sch'],
  ת: ['t', 'th', 's'],
  "ת'": ['th', 't'],
};

/** Split a Hebrew word into letters, keeping a geresh with its letter and dropping vowel points. */
export function hebrewUnits(word: string): string[] {
  const letters = Array.from(
    word
      .normalize('NFC')
      .replace(/[\u0591-\u05C7\u200C-\u200F]/g, '')
      .replace(/[׳`’]/g, "'"),
  );
  const units: string[] = [];
  for (const ch of letters) {
    const last = units.at(-1);
    if (ch === "'" && last !== undefined && HEBREW_LETTERS[`${last}'`] !== undefined) {
      units[units.length - 1] = `${last}'`;
    } else if (HEBREW_LETTERS[ch] !== undefined) units.push(ch);
  }
  return units;
}

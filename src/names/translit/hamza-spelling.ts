// The hamza is often left unwritten or written on another seat: Persian, Pashto and the informal
// Arabic press write a word-initial hamza as a bare alif (ایمن, اسعد for أيمن Ayman, أسعد As'ad),
// and Urdu writes the waw of Dawood or Taus with a hamza (داؤد, طاؤس for Arabic داود, طاوس). The
// mined model learnt each letter from its own spellings, so a word spelled the other way reads
// badly (ایمن emen, داؤد dad). The seats of the hamza: W. Wright, A Grammar of the Arabic
// Language, vol. 1 (orthography); the Urdu spelling داؤد ابراہیم is Urdu Wikipedia's title for
// Dawood Ibrahim.

/** Letters that begin an Arabic-script word with a vowel: an alif with or without its hamza. */
const ALIFS = new Set(['ا', 'أ', 'إ', 'آ']);

/** Latin letters a reading of a word that starts with an alif can start with. */
const VOWEL_START = /^['aeiou]/;

/**
 * The other spelling of a word under the hamza conventions above (ایمن → أيمن, داؤد → داود), or
 * undefined when there is none. An initial alif before ل is the article (its alif has no hamza).
 */
export function hamzaRespelling(units: readonly string[]): string[] | undefined {
  if (units.length >= 3 && units[0] === 'ا' && units[1] !== 'ل') return ['أ', ...units.slice(1)];
  if (units.includes('ؤ')) return units.map((unit) => (unit === 'ؤ' ? 'و' : unit));
  return undefined;
}

/**
 * True when a guessed reading can spell a word with these letters: Arabic words never begin with
 * two consonants, so a word written with an initial alif is said with a vowel first (the model
 * reads اسعد as "sad" and ایمن as "man", dropping the alif as it drops a long vowel).
 */
export function keepsInitialVowel(units: readonly string[], reading: string): boolean {
  return !ALIFS.has(units[0] ?? '') || VOWEL_START.test(reading);
}

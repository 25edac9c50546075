// Function words that make up a large share of running text in each language and are rare as
// words of the others (chosen by hand from the languages' most frequent words; articles,
// prepositions, conjunctions and the copula). Ambiguous ones ("a", "de", "en", "die" in English
// names) are left out.
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  English: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'said', 'have', 'has'],
  French: [
    ...['le', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'pour', 'qui', 'avec', 'sur'],
    // Short news items lean on these ("a déclaré à …", "je ne crois pas").
    ...['à', 'au', 'ne', 'pas'],
  ],
  Spanish: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'una', 'con', 'para', 'es', 'fue'],
  German: ['der', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich'],
  Italian: ['il', 'della', 'che', 'di', 'per', 'sono', 'gli', 'nel', 'alla', 'anche', 'ha', 'e'],
  Portuguese: ['os', 'da', 'do', 'que', 'em', 'uma', 'não', 'para', 'com', 'foi', 'dos', 'e'],
  // Polish: its prepositions (w, z: one letter, and no word of the other languages), reflexive
  // "się", "że", "jest"; "i" and "a" are left out (Italian and Portuguese articles and words).
  Polish: [
    ...['w', 'z', 'się', 'że', 'nie', 'na', 'jest', 'do', 'przez', 'oraz', 'dla', 'jak', 'od'],
    ...['po', 'za', 'czy', 'są', 'który', 'która', 'które', 'tym', 'ze', 'we'],
  ],
  // Czech: its one-letter preposition v and the words Polish spells otherwise (že is shared);
  // "se", "a", "o", "s", "z" are left out (Romance and Polish words).
  Czech: [
    ...['v', 've', 'je', 'že', 'na', 'do', 'k', 'pro', 'jako', 'jsou', 'byl', 'by', 'který'],
    ...['která', 'které', 'také', 'podle', 'ale', 'až', 'při', 'jeho', 'už', 'než'],
  ],
  Dutch: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'op', 'voor', 'met', 'dat', 'ook', 'werd'],
  // Indonesian: its relative "yang", conjunctions and prepositions (Tata Bahasa Baku); "di" and
  // "dan" stay out of the others' lists ("di" is Italian's too, so it is left out here).
  Indonesian: [
    ...['yang', 'dan', 'ini', 'dengan', 'untuk', 'dari', 'tidak', 'itu', 'dalam', 'akan'],
    ...['pada', 'juga', 'oleh', 'telah', 'bahwa', 'ke', 'tersebut', 'kepada'],
  ],
  // Turkish: its conjunctions and postpositions; "de"/"da" and "en" are left out (other languages').
  Turkish: [
    ...['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'olan', 'daha', 'gibi', 'ancak', 'çok'],
    ...['ise', 'kadar', 'sonra', 'ama', 'değil', 'ayrıca', 'göre'],
  ],
};

// Russian in Cyrillic script: its conjunctions, prepositions and particles. Ukrainian shares
// script and many words but writes "і", "що", "та", "це" (so a Ukrainian text does not pass).
const RUSSIAN_WORDS = new Set(
  'и в не на что с по это как для из от о к за его но так же он она они был была было'.split(' '),
);
const UKRAINIAN_LETTERS = /[іїєґ]/u;
// Ukrainian: its conjunctions, prepositions and particles ("і", "та", "що", "це", "від", "про").
const UKRAINIAN_WORDS = new Set(
  'і й та в у на з із до що як не за про від для це його але так же він вона вони був була'.split(
    ' ',
  ),
);

// Fewer words than this say too little to judge; a short pasted text is taken as English.
const MIN_WORDS = 30;
// Another language's function words make up at least this share of its running text (a tenth or
// more in news prose); a list of names or titles has few function words of any language.
const MIN_OTHER_SHARE = 0.08;

/**
 * The language a text is written in, as far as its function words tell: `English`, another
 * European language by name, `Russian`, `Arabic`, `Persian`, or `null` for text mostly in another script. Short texts, and texts
 * whose function words do not clearly point elsewhere (a list of names), count as English.
 */
export function guessLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const latin = words.filter((w) => /^[a-z\u00c0-\u024f]+$/u.test(w)).length;
  if (words.length > 0 && latin / words.length < 0.5) return otherScript(words);
  if (words.length < MIN_WORDS) return 'English';
  const shareOf = (list: readonly string[]): number => {
    const set = new Set(list);
    return words.filter((w) => set.has(w)).length / words.length;
  };
  const english = shareOf(FUNCTION_WORDS.English ?? []);
  let best = { language: 'English', share: english };
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const share = shareOf(list);
    if (share > best.share) best = { language, share };
  }
  if (best.share >= MIN_OTHER_SHARE && best.share > english * 2)
    return best.language === 'Polish' && czech(words)
      ? 'Czech'
      : best.language === 'Czech' && !czech(words)
        ? 'Polish'
        : best.language;
  return lettersOnly(words) ?? 'English';
}

// Letters of one language's alphabet among the Latin-script languages above: Turkish dotless ı
// and ğ (Turkish Language Association's alphabet of 1928), which no other of them writes. Turkish
// builds its words with suffixes, so its free function words make a smaller share of a text than
// in the other languages; its letters tell it where they do not.
const TURKISH_LETTERS = /[ığ]/u;
// Share of words holding such a letter in Turkish news prose is a fifth or more; an English text
// naming Erdoğan or Kılıçdaroğlu has a few such words in a hundred.
const MIN_LETTER_SHARE = 0.1;

// Czech shares Polish prepositions (w/v, z, na, do, po, za) but writes ě, ř and ů, which Polish
// never does (Czech orthography since Hus); Polish writes ł, ą, ę, which Czech never does.
const CZECH_LETTERS = /[ěřů]/u;
const POLISH_LETTERS = /[łąę]/u;

/** Whether a text writes Czech letters more than Polish ones (the two share function words). */
function czech(words: readonly string[]): boolean {
  const count = (letters: RegExp): number => words.filter((w) => letters.test(w)).length;
  return count(CZECH_LETTERS) > count(POLISH_LETTERS);
}

/** `Turkish` when enough of a text's words carry Turkish letters, else undefined. */
function lettersOnly(words: readonly string[]): string | undefined {
  const share = words.filter((w) => TURKISH_LETTERS.test(w)).length / words.length;
  return share >= MIN_LETTER_SHARE ? 'Turkish' : undefined;
}

// Arabic: prepositions, conjunctions and relatives. Persian and Urdu write the same script with
// letters Arabic lacks (پ چ ژ گ ک ی ے ٹ), so a text rich in them does not pass.
const ARABIC_WORDS = new Set('في من على إلى أن إن التي الذي عن مع هذا هذه كان وقال قال'.split(' '));
const NOT_ARABIC_LETTERS = /[پچژگکیےٹڈڑں]/u;
// Persian: its prepositions, conjunctions, the object marker را and the copula است (Urdu, which
// also writes these letters, has کے کی ہے میں instead).
const PERSIAN_WORDS = new Set('و در به از که این را با است برای آن یک تا شد'.split(' '));

/**
 * `Russian` or `Ukrainian` for their prose in Cyrillic script, `Arabic` for Arabic prose, `Persian` for Persian
 * prose, else null: the other scripts Sift does not read.
 */
function otherScript(words: readonly string[]): string | null {
  const arabic = words.filter((w) => /^\p{Script=Arabic}+$/u.test(w));
  if (arabic.length / words.length >= 0.5) {
    if (arabic.filter((w) => NOT_ARABIC_LETTERS.test(w)).length / arabic.length > 0.03) {
      const persian = words.filter((w) => PERSIAN_WORDS.has(w)).length / words.length;
      return words.length >= MIN_WORDS && persian >= MIN_OTHER_SHARE ? 'Persian' : null;
    }
    if (words.length < MIN_WORDS) return 'Arabic';
    const share = words.filter((w) => ARABIC_WORDS.has(w)).length / words.length;
    return share >= MIN_OTHER_SHARE ? 'Arabic' : null;
  }
  const cyrillic = words.filter((w) => /^\p{Script=Cyrillic}+$/u.test(w));
  if (cyrillic.length / words.length < 0.5) return null;
  if (cyrillic.filter((w) => UKRAINIAN_LETTERS.test(w)).length / cyrillic.length > 0.03) {
    if (words.length < MIN_WORDS) return 'Ukrainian';
    const ukrainian = words.filter((w) => UKRAINIAN_WORDS.has(w)).length / words.length;
    return ukrainian >= MIN_OTHER_SHARE ? 'Ukrainian' : null;
  }
  // A short text (a name, a headline) says too little: its script decides.
  if (words.length < MIN_WORDS) return 'Russian';
  const share = words.filter((w) => RUSSIAN_WORDS.has(w)).length / words.length;
  return share >= MIN_OTHER_SHARE ? 'Russian' : null;
}

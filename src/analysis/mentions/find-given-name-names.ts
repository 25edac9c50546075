import { isGivenName, nameKey, reverseTranscriptionAs } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';
import { shippedNerModel } from './ner/index.ts';
import { ruleMention } from './rule-spans.ts';

// "el régimen de Nicolás Maduro": the English-trained tagger misses names in French, German and
// Spanish text that it finds in English, and a listed president went unflagged. A known given
// name followed by capitalised words that the lexicon knows as nothing else is a person's name.
const GIVEN_AND_FAMILY = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’]+)((?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/gu;
// Words the tagger's lexicon files as something other than a name part ("Paris", "Euro").
const NOT_NAME_PARTS = new Set(['common', 'place', 'placehead', 'country', 'date', 'title']);

// The text's language as the reverse transcription tables name it (european-cyrillic.ts).
const TRANSCRIPTION: Readonly<Record<string, string>> = {
  German: 'de',
  French: 'fr',
  Spanish: 'es',
  Polish: 'pl',
  Czech: 'cs',
};

// Polish and Czech decline a given name with its surname ("Władimira Putina", "Sergiejem
// Ławrowem", "Sergeje Lavrova"): the masculine case endings of the Wielki słownik języka polskiego
// (genitive -a, -ja after a vowel; dative -owi; instrumental -em) and of the Czech hard and soft
// patterns "pán" and "muž" (Internetová jazyková příručka, ÚJČ AV ČR: -a, -e, -u, -i, -ovi, -em),
// longest first; the stem that is left must be a given name.
const DECLINED_LANGUAGES = new Set(['Polish', 'Czech']);
const MASCULINE_ENDINGS = /(?:owi|ovi|em|a|e|u|i)$/u;

// A Russian or Ukrainian given name in the text's own transcription is a given name too: German
// writes Сергей "Sergej", Евгений "Jewgeni" (Duden), which the given-name table holds as "sergey".
const givenName = (word: string, language: string | undefined): boolean => {
  if (isGivenName(nameKey(word)) || shippedNerModel().lexicon.get(word.toLowerCase()) === 'first')
    return true;
  const reading = language === undefined ? undefined : reverseTranscriptionAs(word, language);
  return reading !== undefined && isGivenName(reading);
};

/**
 * Whether a word is a given name as written or, in Polish and Czech, declined ("Władimira",
 * "Sergeje"), read in the transcription of the text's language.
 */
export function isDeclinedGivenName(word: string, language: string | null | undefined): boolean {
  const transcription = language == null ? undefined : TRANSCRIPTION[language];
  if (givenName(word, transcription)) return true;
  if (language == null || !DECLINED_LANGUAGES.has(language)) return false;
  const stem = word.replace(MASCULINE_ENDINGS, '');
  return stem !== word && stem.length >= 3 && givenName(stem, transcription);
}

/**
 * People named by a known given name and one or two capitalised family names ("Nicolás Maduro",
 * "Jewgeni Prigoschin", "Sergej Lawrow" in German, "Władimira Putina" in Polish), for texts in
 * languages the tagger was not trained on; `language` is the text's (guessLanguage).
 */
export function findGivenNameNames(text: string, language?: string | null): Mention[] {
  const found: Mention[] = [];
  const lexicon = shippedNerModel().lexicon;
  const pattern = new RegExp(GIVEN_AND_FAMILY.source, GIVEN_AND_FAMILY.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [whole, first = '', rest = ''] = match;
    const family = rest.trim().split(/[ \t]+/);
    const named =
      isDeclinedGivenName(first, language) &&
      !family.some((w) => NOT_NAME_PARTS.has(lexicon.get(w.toLowerCase()) ?? ''));
    if (named)
      found.push(ruleMention(text, match.index, match.index + whole.length, whole, 'person'));
    // German capitalises its nouns: "Außenminister Sergej Lawrow" is no name, but the given name
    // after the office may open one, so the search goes on from the next word.
    else pattern.lastIndex = match.index + first.length;
  }
  return found;
}

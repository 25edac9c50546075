import type { Mention } from '../article-types.ts';
import type { Gazetteer, GazetteerEntry } from './build-gazetteer.ts';
import { nameKey, romanize } from '../../names/index.ts';
import { isArabicGrammarWord } from './arabic/find-arabic-names.ts';

// Arabic-script text has no capitals, so the tagger and the Latin gazetteer find none of its names
// (issue #14: an Arabic article about Hezbollah's listed leaders yielded no listed entity). The
// engine already reads names in that script (romanize, src/names/translit/arabic.ts); here a run
// of words is a name where one of its readings is a listed name or alias word for word. The engine
// then screens the words as written, and the article's thresholds decide match or partial.
const ARABIC_SCRIPT_WORD = /[\p{Script=Arabic}\p{M}\u200c]+/gu;
// A name does not run over punctuation: only spaces (and the zero-width non-joiner) between words.
const SPACE_ONLY = /^[\s\u200c]+$/u;
const MAX_WORDS = 4;
// و "and", ف "so", ب "with", ل "for" are written joined to the next word ("وحسن", "لحزب الله").
const CLITIC = /^[وفبل](?=\p{L}{3,})/u;
// A one-word reading must be at least this long to name a listed organisation ("hamas").
const MIN_SINGLE_LETTERS = 5;
// Readings kept per run while they can still begin a listed name.
const MAX_KEYS = 64;

interface Word {
  text: string;
  start: number;
  end: number;
}

interface Reading {
  key: string;
  pending: boolean;
}

interface Found {
  start: number;
  end: number;
  type: Mention['type'];
  key: string;
  words: number;
}

/**
 * Names in Arabic-script text (Arabic, Persian) whose reading is a listed name: runs of up to four
 * words, with a joined و/ف/ب/ل left off the first, read word by word as the engine reads them (a
 * word may also join the one before, as "نصر الله" is NASRALLAH) or as one phrase ("حزب الله" is
 * HIZBULLAH). A person needs two words or more, and one word names only an organisation, never with
 * the article ال ("الشباب" is "the youth" far more often than the listed group) nor when it is an
 * office, a verb of saying or a function word of the Arabic rules. Longest runs first, no overlaps.
 */
export function findReadingMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const words: Word[] = [];
  for (const match of text.matchAll(ARABIC_SCRIPT_WORD))
    if (/\p{L}/u.test(match[0]))
      words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  const readings = new Map<string, string[]>();
  const readingsOf = (word: string): string[] => {
    let known = readings.get(word);
    if (known === undefined) {
      known = [...new Set(romanize(word).map(nameKey))];
      readings.set(word, known);
    }
    return known;
  };
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const bare = first.text.replace(CLITIC, '');
    for (const start of bare === first.text ? [first.start] : [first.start, first.start + 1]) {
      const run = [first.text.slice(start - first.start)];
      // Readings so far: a listed name's leading words, or (pending) a word that only a joined
      // next word can complete ("hasan nasr" + "allah" → "hasan nasrallah").
      let keys: Reading[] = [{ key: '', pending: false }];
      for (let j = i; j < i + MAX_WORDS && j < words.length; j++) {
        const word = words[j]!;
        if (j > i) {
          if (!SPACE_ONLY.test(text.slice(words[j - 1]!.end, word.start))) break;
          run.push(word.text);
        }
        const next = new Map<string, Reading>();
        const whole = run.length > 1 ? romanize(run.join(' ')).map(nameKey) : [];
        const candidates = [
          ...keys.flatMap(({ key, pending }) =>
            readingsOf(run[run.length - 1]!).flatMap((r) =>
              key === '' ? [r] : pending ? [key + r] : [`${key} ${r}`, key + r],
            ),
          ),
          ...whole,
        ];
        for (const key of candidates) {
          const entry = gazetteer.entries.get(key);
          if (entry !== undefined && acceptable(run, key, entry))
            found.push({ start, end: word.end, type: entry.type, key, words: run.length });
          if (gazetteer.prefixes.has(key)) next.set(key, { key, pending: false });
          else if (!key.includes(' ') || gazetteer.prefixes.has(key.slice(0, key.lastIndexOf(' '))))
            next.set(key, next.get(key) ?? { key, pending: true });
        }
        keys = [...next.values()].slice(0, MAX_KEYS);
      }
    }
  }
  // The longest run first; of two readings of one run, the one without the joined و ("وإبراهيم").
  found.sort(
    (a, b) => b.words - a.words || a.end - a.start - (b.end - b.start) || a.start - b.start,
  );
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      type: f.type,
      source: 'gazetteer' as const,
      name: text.slice(f.start, f.end),
      honorifics: [],
      listedKey: f.key,
    }));
}

/** Whether a run of words may name what its reading names (see findReadingMentions). */
function acceptable(run: readonly string[], key: string, entry: GazetteerEntry): boolean {
  if (run.length > 1) return true;
  const word = run[0] ?? '';
  return (
    entry.type === 'organization' &&
    entry.shortForm !== true &&
    key.length >= MIN_SINGLE_LETTERS &&
    !word.startsWith('ال') &&
    !isArabicGrammarWord(word)
  );
}

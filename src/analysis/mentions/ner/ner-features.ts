import { sentenceChunks } from './sentence-chunks.ts';
import type { NerToken } from './tokenize-text.ts';
import { reverseTranscriptionAs } from '../../../names/index.ts';

/** Word classes of the name lexicon that ships with the weights (first name, country, …). */
export type Lexicon = ReadonlyMap<string, string>;

// The longest lexicon entry looked up, in tokens ("new york city", "united arab emirates").
const MAX_ENTRY_TOKENS = 4;

/** Condenses a word to its shape: "Obama" → "Xx", "U.S." → "X.X.", "1990s" → "dx". */
export function wordShape(word: string): string {
  let shape = '';
  for (const char of word.slice(0, 12)) {
    const c = /\p{Lu}/u.test(char)
      ? 'X'
      : /\p{Ll}/u.test(char)
        ? 'x'
        : /\p{N}/u.test(char)
          ? 'd'
          : char;
    if (!shape.endsWith(c)) shape += c;
  }
  return shape;
}

const isCapitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);
const SENTENCE_END = new Set(['.', '!', '?', '…', '...', ':', ';']);
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–']);
// Lower-case words that may join the capitalised words of one name ("Bank of England").
const JOINERS = new Set(['of', 'the', 'de', 'al', 'bin', 'von', 'van', 'for', 'and', '&', '-']);

/**
 * The features of each token that do not depend on the tags before it: the word, its affixes
 * and shape, its neighbours and their lexicon classes, whether it opens a sentence, the run of
 * capitalised words it belongs to (its length, the token's place in it, the run's last word,
 * which names organisations: "… Bank", "… Party"), and two document-level cues: the document
 * also uses the word in lower case (a capitalised common word), or capitalised where no
 * sentence starts (a name, even at the start of a sentence). Neighbours are looked up inside
 * the token's sentence only: the first word of every sentence sees "<s>" before it, not only the
 * first word of the text, so "Naim Qassem spoke …" opening a text reads as it would opening any
 * sentence (trained otherwise, the tagger learnt from headlines and web-post titles that a
 * text's first words are rarely names).
 */
export function staticFeatures(tokens: readonly NerToken[], lexicon: Lexicon): string[][] {
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapeOf = new Map<string, string>();
  const shapes = words.map((w) => {
    let shape = shapeOf.get(w);
    if (shape === undefined) shapeOf.set(w, (shape = wordShape(w)));
    return shape;
  });
  const classes = lexiconClasses(lower, lexicon);
  for (let i = 0; i < classes.length; i++)
    if (classes[i] === '-' && FRENCH_RUSSIAN.test(words[i] ?? ''))
      classes[i] = frenchRussianClass(lower[i] ?? '', lexicon);
  const initial = tokens.map((token, i) => {
    let j = i - 1;
    while (j >= 0 && OPENERS.has(words[j] ?? '')) j--;
    return (
      token.lineStart ||
      j < 0 ||
      SENTENCE_END.has(words[j] ?? '') ||
      (tokens[j + 1]?.lineStart ?? false)
    );
  });
  const lowerSeen = new Set(words.filter((w) => /^\p{Ll}/u.test(w)));
  const capitalSeen = new Set(
    words.flatMap((w, i) => (isCapitalised(w) && initial[i] !== true ? [w.toLowerCase()] : [])),
  );
  const sentence = new Int32Array(tokens.length);
  sentenceChunks(tokens).forEach(([from, to], k) => sentence.fill(k, from, to));
  const runs = capitalisedRuns(words, sentence);
  // values[j] for a neighbour j of token i in i's own sentence, else `none` ("<s>", "</s>").
  const near = <T>(values: readonly T[], i: number, j: number, none: T): T =>
    j >= 0 && j < values.length && sentence[j] === sentence[i] ? (values[j] ?? none) : none;
  const at = <T>(values: readonly T[], i: number, none: T): T => values[i] ?? none;
  return tokens.map((_, i) => {
    const w = at(lower, i, '');
    const word = at(words, i, '');
    const cap = isCapitalised(word);
    const start = at(initial, i, true);
    const features = [
      'b',
      `w=${w}`,
      `p3=${w.slice(0, 3)}`,
      `s2=${w.slice(-2)}`,
      `s3=${w.slice(-3)}`,
      `s4=${w.slice(-4)}`,
      `sh=${at(shapes, i, '')}`,
      `in=${String(start)}|${String(cap)}`,
      `lx=${at(classes, i, '-')}`,
      // A capitalised word that opens a sentence and is in no word class is more often a rare
      // name ("Raji Falhout said …") than a common word, which the lexicon mostly knows.
      `in|lx=${String(start)}|${String(cap)}|${at(classes, i, '-')}`,
      `w-1=${near(lower, i, i - 1, '<s>')}`,
      `w+1=${near(lower, i, i + 1, '</s>')}`,
      `w-2=${near(lower, i, i - 2, '<s>')}`,
      `w+2=${near(lower, i, i + 2, '</s>')}`,
      `sh-1=${near(shapes, i, i - 1, '<s>')}`,
      `sh+1=${near(shapes, i, i + 1, '</s>')}`,
      `sh-1|sh|sh+1=${near(shapes, i, i - 1, '<s>')}|${at(shapes, i, '')}|${near(shapes, i, i + 1, '</s>')}`,
      `lx-1=${near(classes, i, i - 1, '<s>')}`,
      `lx+1=${near(classes, i, i + 1, '</s>')}`,
      `lx-2=${near(classes, i, i - 2, '<s>')}`,
      `lx+2=${near(classes, i, i + 2, '</s>')}`,
      `lx|lx+1=${at(classes, i, '-')}|${near(classes, i, i + 1, '</s>')}`,
      `lx-1|lx=${near(classes, i, i - 1, '<s>')}|${at(classes, i, '-')}`,
      `w-1|w=${near(lower, i, i - 1, '<s>')}|${w}`,
      `w|w+1=${w}|${near(lower, i, i + 1, '</s>')}`,
    ];
    const run = runs[i];
    if (run !== undefined) {
      const last = at(lower, run.last, '');
      features.push(
        `run=${String(Math.min(run.last - run.first + 1, 4))}|${run.first === i ? 'B' : run.last === i ? 'E' : 'I'}`,
        `run-last=${last}`,
        `run-last-lx=${at(classes, run.last, '-')}`,
        `run-first-lx=${at(classes, run.first, '-')}`,
        `run-prev=${near(lower, run.first, run.first - 1, '<s>')}`,
        `run-next=${near(lower, run.last, run.last + 1, '</s>')}`,
        // "Naim Qassem spoke …": a run of two or more words that opens a sentence and holds no
        // common word is a name, however rare its words; "Great Britain" and "The End" hold one.
        `run-in-names=${String(at(initial, run.first, false))}|${String(Math.min(run.last - run.first + 1, 3))}|${String(namesOnly(classes, words, run))}`,
      );
    }
    if (cap && lowerSeen.has(w)) features.push('lower-seen');
    if (cap && start) {
      features.push(`in|w=${w}`);
      if (capitalSeen.has(w)) features.push('capital-seen');
    }
    return features;
  });
}

/**
 * Features of a token that depend on the tag before it: only the transition itself. Pairing the
 * previous tag with the word, shape or lexicon class scored lower on GUM dev (org F1 0.57-0.60
 * against 0.64) with this little training data.
 */
export function tagFeatures(previous: string): string[] {
  return [`t-1=${previous}`];
}

const NAME_CLASSES = new Set(['-', 'first', 'last', 'person']);

/** True when every capitalised word of a run is unknown to the lexicon or a known name part. */
function namesOnly(
  classes: readonly string[],
  words: readonly string[],
  run: { first: number; last: number },
): boolean {
  for (let k = run.first; k <= run.last; k++)
    if (isCapitalised(words[k] ?? '') && !NAME_CLASSES.has(classes[k] ?? '-')) return false;
  return true;
}

/**
 * Runs of capitalised words, joined across a few lower-case name words ("Bank of England",
 * "Osama bin Laden"), inside one sentence: for each token inside a run, the run's first and last
 * token index.
 */
function capitalisedRuns(
  words: readonly string[],
  sentence: Int32Array,
): ({ first: number; last: number } | undefined)[] {
  const runs: ({ first: number; last: number } | undefined)[] = words.map(() => undefined);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i] ?? '')) continue;
    let last = i;
    for (let j = i + 1; j < words.length && sentence[j] === sentence[i]; j++) {
      const word = words[j] ?? '';
      if (isCapitalised(word)) last = j;
      else if (
        !JOINERS.has(word.toLowerCase()) ||
        !isCapitalised(words[j + 1] ?? '') ||
        sentence[j + 1] !== sentence[i]
      )
        break;
    }
    for (let k = i; k <= last; k++) runs[k] = { first: i, last };
    i = last;
  }
  return runs;
}

// A Russian given name in French transcription (Sergueï, Alexeï, Nikolaï, Guennadi) is unknown to
// the English lexicon, and the tagger, lacking its "first name" class, left "Sergueï Lavrov" out of
// a French article altogether (session 15). Capitalised words with the French marks only.
const FRENCH_RUSSIAN = /^\p{Lu}\p{Ll}*(?:ï|gu[eé])\p{Ll}*$/u;

/** The lexicon's given-name class of a French transcription read back in English, else '-'. */
function frenchRussianClass(word: string, lexicon: Lexicon): string {
  const english = reverseTranscriptionAs(word, 'fr');
  return english !== undefined && lexicon.get(english) === 'first' ? 'first' : '-';
}

/**
 * The lexicon class of each token, multi-word entries first ("new york" marks both words), as
 * "B-place"/"I-place" for entries of several words and "place" for one word.
 */
function lexiconClasses(lower: readonly string[], lexicon: Lexicon): string[] {
  const starts = entryStarts(lexicon);
  const classes: string[] = lower.map(() => '-');
  for (let i = 0; i < lower.length; i++) {
    // Only words that begin a multi-word entry are worth joining with their neighbours.
    const longest = starts.has(lower[i] ?? '') ? Math.min(MAX_ENTRY_TOKENS, lower.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const entry = n === 1 ? (lower[i] ?? '') : lower.slice(i, i + n).join(' ');
      const kind = lexicon.get(entry);
      if (kind === undefined) continue;
      for (let k = 0; k < n; k++)
        classes[i + k] = n === 1 ? kind : `${k === 0 ? 'B' : 'I'}-${kind}`;
      i += n - 1;
      break;
    }
  }
  return classes;
}

const STARTS = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Gives a lexicon its entry starts made beforehand (kept in the article tables beside an engine
 * snapshot), so that its 28,000 entries are not walked per process.
 */
export function rememberEntryStarts(lexicon: Lexicon, starts: ReadonlySet<string>): void {
  STARTS.set(lexicon, starts);
}

/** First words of the lexicon's multi-word entries, computed once per lexicon. */
export function entryStarts(lexicon: Lexicon): ReadonlySet<string> {
  let starts = STARTS.get(lexicon);
  if (starts === undefined) {
    const made = new Set<string>();
    for (const entry of lexicon.keys())
      if (entry.includes(' ')) made.add(entry.slice(0, entry.indexOf(' ')));
    STARTS.set(lexicon, (starts = made));
  }
  return starts;
}

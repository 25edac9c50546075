import type { NerToken } from './tokenize-text.ts';

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
 * sentence starts (a name, even at the start of a sentence).
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
  const runs = capitalisedRuns(words);
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
      `w-1=${at(lower, i - 1, '<s>')}`,
      `w+1=${at(lower, i + 1, '</s>')}`,
      `w-2=${at(lower, i - 2, '<s>')}`,
      `w+2=${at(lower, i + 2, '</s>')}`,
      `sh-1=${at(shapes, i - 1, '<s>')}`,
      `sh+1=${at(shapes, i + 1, '</s>')}`,
      `sh-1|sh|sh+1=${at(shapes, i - 1, '<s>')}|${at(shapes, i, '')}|${at(shapes, i + 1, '</s>')}`,
      `lx-1=${at(classes, i - 1, '<s>')}`,
      `lx+1=${at(classes, i + 1, '</s>')}`,
      `lx-2=${at(classes, i - 2, '<s>')}`,
      `lx+2=${at(classes, i + 2, '</s>')}`,
      `lx|lx+1=${at(classes, i, '-')}|${at(classes, i + 1, '</s>')}`,
      `lx-1|lx=${at(classes, i - 1, '<s>')}|${at(classes, i, '-')}`,
      `w-1|w=${at(lower, i - 1, '<s>')}|${w}`,
      `w|w+1=${w}|${at(lower, i + 1, '</s>')}`,
    ];
    const run = runs[i];
    if (run !== undefined) {
      const last = at(lower, run.last, '');
      features.push(
        `run=${String(Math.min(run.last - run.first + 1, 4))}|${run.first === i ? 'B' : run.last === i ? 'E' : 'I'}`,
        `run-last=${last}`,
        `run-last-lx=${at(classes, run.last, '-')}`,
        `run-first-lx=${at(classes, run.first, '-')}`,
        `run-prev=${at(lower, run.first - 1, '<s>')}`,
        `run-next=${at(lower, run.last + 1, '</s>')}`,
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

/**
 * Runs of capitalised words, joined across a few lower-case name words ("Bank of England",
 * "Osama bin Laden"): for each token inside a run, the run's first and last token index.
 */
function capitalisedRuns(
  words: readonly string[],
): ({ first: number; last: number } | undefined)[] {
  const runs: ({ first: number; last: number } | undefined)[] = words.map(() => undefined);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i] ?? '')) continue;
    let last = i;
    for (let j = i + 1; j < words.length; j++) {
      const word = words[j] ?? '';
      if (isCapitalised(word)) last = j;
      else if (!JOINERS.has(word.toLowerCase()) || !isCapitalised(words[j + 1] ?? '')) break;
    }
    for (let k = i; k <= last; k++) runs[k] = { first: i, last };
    i = last;
  }
  return runs;
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

const STARTS = new WeakMap<Lexicon, Set<string>>();

/** First words of the lexicon's multi-word entries, computed once per lexicon. */
function entryStarts(lexicon: Lexicon): Set<string> {
  let starts = STARTS.get(lexicon);
  if (starts === undefined) {
    starts = new Set<string>();
    for (const entry of lexicon.keys())
      if (entry.includes(' ')) starts.add(entry.slice(0, entry.indexOf(' ')));
    STARTS.set(lexicon, starts);
  }
  return starts;
}

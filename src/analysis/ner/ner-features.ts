import type { NerToken } from './tokenize-text.ts';

/** Word classes of the name lexicon that ships with the weights (first name, city, …). */
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

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const SENTENCE_END = new Set(['.', '!', '?', '…', '...', ':', ';']);
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–']);

/**
 * The features of each token that do not depend on the tags before it: the word, its affixes
 * and shape, its neighbours, whether it opens a sentence, its lexicon class, and whether the
 * document also uses it in lower case (which marks a capitalised common word).
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
  const lowerSeen = new Set(words.filter((w) => /^\p{Ll}/u.test(w)));
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
  const at = <T>(values: readonly T[], i: number, none: T): T => values[i] ?? none;
  return tokens.map((_, i) => {
    const w = at(lower, i, '');
    const word = at(words, i, '');
    const cap = isCapitalised(word);
    const features = [
      'b',
      `w=${w}`,
      `p3=${w.slice(0, 3)}`,
      `s2=${w.slice(-2)}`,
      `s3=${w.slice(-3)}`,
      `s4=${w.slice(-4)}`,
      `sh=${at(shapes, i, '')}`,
      `in=${String(at(initial, i, true))}|${String(cap)}`,
      `lx=${at(classes, i, '-')}`,
      `w-1=${at(lower, i - 1, '<s>')}`,
      `w+1=${at(lower, i + 1, '</s>')}`,
      `w-2=${at(lower, i - 2, '<s>')}`,
      `w+2=${at(lower, i + 2, '</s>')}`,
      `sh-1=${at(shapes, i - 1, '<s>')}`,
      `sh+1=${at(shapes, i + 1, '</s>')}`,
      `sh-1|sh|sh+1=${at(shapes, i - 1, '<s>')}|${at(shapes, i, '')}|${at(shapes, i + 1, '</s>')}`,
      `lx-1=${at(classes, i - 1, '<s>')}`,
      `lx+1=${at(classes, i + 1, '</s>')}`,
      `w-1|w=${at(lower, i - 1, '<s>')}|${w}`,
      `w|w+1=${w}|${at(lower, i + 1, '</s>')}`,
    ];
    if (cap && lowerSeen.has(w)) features.push('lower-seen');
    if (cap && at(initial, i, true)) features.push(`in|w=${w}`);
    return features;
  });
}

/** Features of a token that depend on the tags already chosen before it. */
export function tagFeatures(
  statics: readonly string[],
  previous: string,
  beforePrevious: string,
): string[] {
  const word = statics[1] ?? '';
  const shape = statics[6] ?? '';
  return [
    `t-1=${previous}`,
    `t-2|t-1=${beforePrevious}|${previous}`,
    `t-1|${word}`,
    `t-1|${shape}`,
  ];
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

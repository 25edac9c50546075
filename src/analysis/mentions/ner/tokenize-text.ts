/** One token of a text for the tagger, as character offsets (end exclusive). */
export interface NerToken {
  start: number;
  end: number;
  text: string;
  /** True when a line break (or the start of the text) comes before the token. */
  lineStart: boolean;
}

// Titles and abbreviations that keep their full stop, as in GUM's (Penn Treebank style) tokens.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr inc ltd co corp gen sen rep gov col capt lt sgt rev mt ft ' +
    'no vs etc jan feb mar apr jun jul aug sep sept oct nov dec dept univ ave blvd est'
  ).split(' '),
);

// Words joined by inner apostrophes ("O'Brien") unless the apostrophe starts an English clitic
// ("Obama's", "don't"), which GUM splits off; hyphens and other punctuation split, as in GUM.
// Top-level domains of news sites' names ("News.Az", "Amazon.com", "CBC.ca"), either case.
const DOMAINS =
  'com net org gov edu info news tv az ca uk ru ir pk af ng ke ae qa sa in de fr au za'
    .split(' ')
    .map((d) => `[${d[0] ?? ''}${(d[0] ?? '').toUpperCase()}]${d.slice(1)}`)
    .join('|');

// A French elided word before a capitalised one ("qu'Igor Setchine", "d'Alexeï Miller",
// "lorsqu'Emmanuel Macron") is a word of its own, as in French treebanks: kept on the name, it
// hid the given name from the tagger and the name was not found at all (session 15). Only
// lower-case elisions: O'Brien and D'Souza are names.
const FRENCH_ELISION = String.raw`(?<![\p{L}\p{M}\p{N}])(?:[dljmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{Lu})`;

const TOKEN = new RegExp(
  [
    // A site named by its address is one word, as in GUM; split at the dot, its last part read
    // as a sentence of its own.
    String.raw`[\p{L}\p{N}]+\.(?:${DOMAINS})(?![\p{L}\p{N}])`,
    String.raw`\p{L}(?:\.\p{L})+\.?`,
    String.raw`\p{N}+(?:[.,:]\p{N}+)*`,
    FRENCH_ELISION,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’](?!(?:s|S|re|ve|ll|d|m|t)(?![\p{L}]))[\p{L}\p{M}\p{N}]+)*`,
    String.raw`['’](?:s|S|re|ve|ll|d|m|t)(?!\p{L})`,
    String.raw`\.{2,}|-{2,}`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/**
 * Splits a text into tokens much as GUM's CoNLL-U files do (possessive "'s" and punctuation apart,
 * titles such as "Mr." and initials such as "J." with their full stop), keeping offsets.
 */
export function tokenizeText(text: string): NerToken[] {
  const tokens: NerToken[] = [];
  let previousEnd = 0;
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let end = match.index + match[0].length;
    const word = match[0];
    // A full stop after a title or a single capital ("J. K. Rowling") belongs to the word.
    if (
      text[end] === '.' &&
      (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) &&
      /^\p{L}+$/u.test(word)
    )
      end++;
    pattern.lastIndex = end;
    const gap = text.slice(previousEnd, match.index);
    tokens.push({
      start: match.index,
      end,
      text: text.slice(match.index, end),
      lineStart: tokens.length === 0 || gap.includes('\n'),
    });
    previousEnd = end;
  }
  return tokens;
}

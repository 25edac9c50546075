import type { PartAlignment } from '../../core/index.ts';

// A person an article names by two words, one of them a short word only spelt like the listed one
// (session 12, issue #13): "Omar Sharif" for Amar Sharif, "Jafar Hassan" for JAFARI, Hassan, "Ali
// Zafar" for Ali AL-ZAFIR. On a short word one letter makes another name (Omar and Ammar, Zafar and
// Zafir are names of their own), and with two words there is nothing else to tell them apart; the
// engine's short forms refuse typos on names of fewer than seven letters for the same reason.
// Longer words keep their room: the press misspells rare surnames ("Haniyah", "Zawahri"); so does
// a short word beside a rare word spelt exactly, which tells the person apart ("Fazil Mazloom").

/** Letters a word needs before a typo-level likeness may stand for it. */
const SHORT_WORD_LETTERS = 7;
/** Similarity under which a part is a typo, not an equivalent spelling (Mohammed/Muhammad: 0.95). */
const EQUIVALENT_SIMILARITY = 0.95;
/** Weight of a rare word, as the article screening's RARE_PART_WEIGHT. */
const RARE_WEIGHT = 0.95;

/**
 * The parts of a two-word person name that match a listed word only as a typo of a short word;
 * empty when there are none or the name has more words.
 */
export function shortTypoParts(parts: readonly PartAlignment[]): PartAlignment[] {
  const named = parts.filter(
    (p) => p.query.length > 0 && p.matched.length > 0 && p.note !== 'particle',
  );
  if (named.length !== 2) return [];
  const typos = named.filter(
    (p) =>
      p.evidence === 'typo' &&
      p.similarity < EQUIVALENT_SIMILARITY &&
      Math.min(p.query.join('').length, p.matched.join('').length) < SHORT_WORD_LETTERS,
  );
  const rareExact = named.some(
    (p) => !typos.includes(p) && p.similarity >= EQUIVALENT_SIMILARITY && p.weight >= RARE_WEIGHT,
  );
  return rareExact ? [] : typos;
}

import type { ListEntity, PartAlignment } from '../../core/index.ts';
import { nameKey } from '../../names/index.ts';

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
 * A word as transliterations differ without making another name: y and i are one letter (Ayub,
 * Aiub: Аюб in BGN/PCGN and in the UK's spelling), Cyrillic е after a vowel is ye or e (Katayev,
 * Kataev), and a doubled letter is one (Mishaal, Mishal).
 */
function transliterationFold(word: string): string {
  return word
    .replace(/(?<=[aeiou])y(?=e)/gu, '')
    .replace(/y/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

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
      transliterationFold(p.query.join('')) !== transliterationFold(p.matched.join('')) &&
      Math.min(p.query.join('').length, p.matched.join('').length) < SHORT_WORD_LETTERS,
  );
  const rareExact = named.some(
    (p) => !typos.includes(p) && p.similarity >= EQUIVALENT_SIMILARITY && p.weight >= RARE_WEIGHT,
  );
  return rareExact ? [] : typos;
}

/** Letters an organisation's name needs before it is looked for in a listing's reason. */
const MIN_BODY_LETTERS = 4;

/**
 * True when the listing's reason names one of the article's organisations as a whole word ("…
 * was the leader of Hamas" in an article that names Hamas): the article's context, not the
 * spelling, then says who is meant.
 */
export function reasonNamesArticleBody(
  listed: ListEntity | undefined,
  organisations: readonly string[] | undefined,
): boolean {
  if (listed?.reason === undefined || organisations === undefined) return false;
  const reason = ` ${nameKey(listed.reason)} `;
  return organisations.some((name) => {
    const key = nameKey(name);
    return key.replace(/ /gu, '').length >= MIN_BODY_LETTERS && reason.includes(` ${key} `);
  });
}

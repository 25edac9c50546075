import type { ListEntity } from '../../core/index.ts';
import { nameKey } from '../../names/index.ts';

// Words that say a body is a charity or association, in the languages of its listed names
// ("AL-AQSA FOUNDATION", "STICHTING AL-AQSA", "AL-AQSA E.V.", "FORENINGEN AL-AQSA"), and particles.
const CHARITY_WORDS = new Set(
  (
    'al el the of for to foundation charitable charity society association establishment ' +
    'organization organisation institution international islamic e v ev stichting foreningen ' +
    'asbl stiftelse spanmal fund trust relief'
  ).split(' '),
);
const PARTICLES = new Set(['al', 'el', 'the']);
/** Longer names of the record that add only charity words, needed to call the bare word its short form. */
const MIN_LONGER_NAMES = 2;

const words = (name: string): string[] =>
  nameKey(name)
    .split(' ')
    .filter((t) => t.length > 0);

/**
 * Why a listed charity's bare word ("AL-AQSA", primary name of an Al-Aqsa Foundation office) does
 * not identify it in news, where "Al-Aqsa" is the mosque: the record's other names give the word
 * with a charity word, so the word alone is only their short form. Undefined otherwise.
 */
export function bareWordOfCharity(
  matchedFull: string,
  listed: ListEntity | undefined,
): string | undefined {
  const naming = words(matchedFull).filter((t) => !PARTICLES.has(t));
  const [word] = naming;
  if (listed === undefined || naming.length !== 1 || word === undefined) return undefined;
  const longer = listed.names.filter((n) => {
    const tokens = words(n.full);
    return (
      n.kind !== 'weak-alias' &&
      tokens.includes(word) &&
      tokens.some((t) => t !== word && !PARTICLES.has(t)) &&
      tokens.every((t) => t === word || CHARITY_WORDS.has(t))
    );
  });
  if (longer.length < MIN_LONGER_NAMES) return undefined;
  return `"${matchedFull}" alone is the short form of the listed charity's names (${longer
    .slice(0, 2)
    .map((n) => n.full)
    .join(', ')}); the word alone names others too`;
}

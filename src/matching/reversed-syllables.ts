// A Korean or Chinese given name read backwards (session 12, issue #13): "Kim Seok-jin", a singer
// of BTS, against Kim Jin-Sok, an alias of a North Korean banker. The two syllables of such a
// given name stand for two characters in a fixed order; the alignment pairs names in any order
// (lists and the press put surnames first or last), so Seok-jin met Jin-Sok exactly.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';

/** Factor on such a match: an exact one (1.0) falls under the threshold. */
export const REVERSED_SYLLABLES_FACTOR = 0.8;

/**
 * True when two syllables the query wrote as one hyphenated given name (see markJoinedSyllables)
 * each match one listed token, and the listed tokens stand side by side the other way round.
 */
export function readsSyllablesBackwards(alignment: NameAlignment, query: NameForm): boolean {
  const joined = query.joinedSyllables;
  if (joined === undefined) return false;
  for (const fromEnd of joined) {
    const first = query.tokens.length - fromEnd;
    const a = alignment.edges.find((e) => e.qFrom === first && e.qTo === first + 1);
    const b = alignment.edges.find((e) => e.qFrom === first + 1 && e.qTo === first + 2);
    if (a === undefined || b === undefined) continue;
    if (a.rTo - a.rFrom === 1 && b.rTo - b.rFrom === 1 && b.rFrom === a.rFrom - 1) return true;
  }
  return false;
}

// A query written in Arabic script or Cyrillic carries letters its Latin reading loses (issue #13,
// session 14): "محمد خاتمی", a former president of Iran, met KHADEMI, Mohammad at 0.92 and
// "Дмитрия Муратова", a journalist, met Dmitry Borisovich KRATOV at 0.83, because khatami/khademi
// and muratov/kratov are cheap edits apart in Latin. Persian writes Khademi with د, never ت, and
// Cyrillic М is never k: when the original letters rule out a listed name that the query matched
// only approximately, the match is another name that looks alike once romanised.
import type { NameForm } from '../names/index.ts';
import { couldSpell } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';

/**
 * Factor on a match in which a listed name met approximately is one the query's own letters could
 * not spell: it takes an alert at 0.92 (Khatami against KHADEMI) under the threshold.
 */
export const SOURCE_LETTER_CONFLICT_FACTOR = 0.85;

/**
 * True when a query read from Arabic script or Cyrillic matches a listed name part by a likeness of
 * spelling (not exactly, not as an equivalent name) that the query's letters could not be written
 * as: a different consonant, not a different spelling of the same one.
 */
export function conflictsWithSourceLetters(
  alignment: NameAlignment,
  query: NameForm,
  listed: NameForm,
): boolean {
  const source = query.source;
  if (source === undefined) return false;
  return alignment.edges.some((edge) => {
    if (edge.similarity >= 1 || edge.evidence === 'equivalent' || edge.evidence === 'initial')
      return false;
    const tokens = listed.tokens.slice(edge.rFrom, edge.rTo);
    if (!tokens.some((t) => t.role === 'name')) return false;
    return !couldSpell(source, tokens.map((t) => t.text).join(''));
  });
}

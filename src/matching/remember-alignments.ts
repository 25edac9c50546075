import type { NameForm } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { NameAlignment, TokenWeigher } from './align-names.ts';

/** Aligns a query reading with a listed reading (alignNames with the default tuning). */
export type AlignReadings = (query: NameForm, listed: NameForm) => NameAlignment;

/**
 * An alignNames that remembers its answers by reading, for the span of one query: the lists repeat
 * designations (UN, EU and UK print the same names, and the index shares their readings), and an
 * entity rescored over all its names meets again the readings it was first scored on, so about a
 * fifth of a query's alignments are repeats. Alignments are pure and never changed once made.
 */
export function rememberAlignments(weigh: TokenWeigher): AlignReadings {
  const known = new Map<NameForm, Map<NameForm, NameAlignment>>();
  return (query, listed) => {
    let byListed = known.get(query);
    if (byListed === undefined) {
      byListed = new Map();
      known.set(query, byListed);
    }
    let alignment = byListed.get(listed);
    if (alignment === undefined) {
      alignment = alignNames(query, listed, weigh);
      byListed.set(listed, alignment);
    }
    return alignment;
  };
}

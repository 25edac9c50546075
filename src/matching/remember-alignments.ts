import type { NameForm } from '../names/index.ts';
import { alignNamesFrom } from './align-names.ts';
import type { NameAlignment, TokenWeigher } from './align-names.ts';
import type { SupportTest } from './alignment-ceiling.ts';

/**
 * Aligns a query reading with a listed reading (alignNamesFrom with the default tuning): undefined
 * when the pair cannot reach `floor` (0 when absent, which every pair reaches).
 */
export type AlignReadings = (
  query: NameForm,
  listed: NameForm,
  floor?: number,
  supportable?: SupportTest,
) => NameAlignment | undefined;

/**
 * An alignNamesFrom that remembers its answers by reading, for the span of one query: the lists
 * repeat designations (UN, EU and UK print the same names, and the index shares their readings),
 * and an entity rescored over all its names meets again the readings it was first scored on, so
 * about a fifth of a query's alignments are repeats. Alignments are pure and never changed once
 * made. A pair found under a floor is remembered as that floor, unless the entity's names were
 * asked about (`supportable`), which another entity sharing the reading may answer otherwise.
 */
export function rememberAlignments(weigh: TokenWeigher): AlignReadings {
  const known = new Map<NameForm, Map<NameForm, NameAlignment | number>>();
  // The support test of the pair being aligned, wrapped once to count the questions asked of it.
  let questions = 0;
  let current: SupportTest = () => true;
  const counted: SupportTest = (token) => {
    questions++;
    return current(token);
  };
  return (query, listed, floor = 0, supportable) => {
    let byListed = known.get(query);
    if (byListed === undefined) {
      byListed = new Map();
      known.set(query, byListed);
    }
    const stored = byListed.get(listed);
    if (typeof stored === 'object') return stored;
    if (stored !== undefined && floor >= stored) return undefined;
    const asked = questions;
    if (supportable !== undefined) current = supportable;
    const test = supportable === undefined ? undefined : counted;
    const alignment = alignNamesFrom(query, listed, weigh, floor, test);
    if (alignment !== undefined) byListed.set(listed, alignment);
    else if (questions === asked) byListed.set(listed, floor);
    return alignment;
  };
}

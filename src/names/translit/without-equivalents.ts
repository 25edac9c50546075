// Few readings of a whole name are kept (romanize.ts combines at most six): spellings the engine
// already takes as equal should not take the places of the readings that are guesses.
import { nameEquivalents } from '../name-equivalents.ts';

/**
 * The readings of a word in a longer name, past its first two, without the spellings the engine
 * takes as equal to those (mohamed, mohammad … after muhammad, mohammed, by name-equivalents.ts).
 */
export function withoutEquivalents(readings: readonly string[]): string[] {
  const kept = readings.slice(0, KEPT_EQUIVALENTS);
  const groups = new Set(kept.flatMap((reading) => nameEquivalents(reading)));
  if (groups.size === 0) return [...readings];
  const rest = readings.slice(KEPT_EQUIVALENTS);
  return [...kept, ...rest.filter((r) => !nameEquivalents(r).some((key) => groups.has(key)))];
}

/** Spellings of a name kept whatever the engine takes as equal (muhammad, mohammed). */
const KEPT_EQUIVALENTS = 2;

import type { Hit, NameQuery } from '../../core/index.ts';
import type { EntityForm } from '../../matching/index.ts';
import type { Subject } from '../../store/index.ts';
import type { ScreeningIndex } from '../screening-index.ts';
import { screenAgainst } from '../screen-name.ts';
import { bestPerEntity } from './screen-subjects.ts';
import { formTokenKeys, mergeEquivalentTokens, SINGLE_TOKEN_KEY } from './subject-keys.ts';
import { subjectQueries } from './subject-record.ts';

/** The readings of one entity with their keyed tokens, worked out once per delta run. */
export type EntityReadings = Map<number, { form: EntityForm; tokens: string[][] }[]>;

/** The readings (forms) of an entity in the index, each with its tokens' keys, cached in `cache`. */
function readingsOf(
  index: ScreeningIndex,
  position: number,
  cache: EntityReadings,
): { form: EntityForm; tokens: string[][] }[] {
  let readings = cache.get(position);
  if (readings === undefined) {
    readings = (index.candidates.formsByEntity[position] ?? []).map((id) => {
      const form: EntityForm = index.candidates.forms[id]!;
      return { form, tokens: mergeEquivalentTokens([...formTokenKeys(form.form).values()]) };
    });
    cache.set(position, readings);
  }
  return readings;
}

/**
 * The readings of an entity a subject carrying `keys` shares two keyed tokens with (one when
 * either side has a single token): what a full screening's candidate search would bring first.
 */
function sharedReadings(
  readings: readonly { form: EntityForm; tokens: string[][] }[],
  keys: ReadonlySet<string>,
): EntityForm[] {
  const single = keys.has(SINGLE_TOKEN_KEY);
  return readings
    .filter(({ tokens }) => {
      const need = single || tokens.length === 1 ? 1 : 2;
      let reached = 0;
      for (const token of tokens) if (token.some((key) => keys.has(key))) reached += 1;
      return reached >= need;
    })
    .map(({ form }) => form);
}

/**
 * Scores one query against chosen entities (positions in the index) as a full screening scores its
 * candidates: first on the readings the subject shares keys with (all readings when it shares
 * none, as for an identifier or an alert carried over), then, for a pair that comes close, on all
 * of them (screenAgainst). Returns the hits at or above the query's threshold, best first.
 */
export function screenPairs(
  index: ScreeningIndex,
  query: NameQuery,
  positions: Iterable<number>,
  keys: ReadonlySet<string>,
  cache: EntityReadings,
): Hit[] {
  return screenAgainst(index, query, positions, (position) => {
    const readings = readingsOf(index, position, cache);
    const all = readings.map((r) => r.form);
    const shared = sharedReadings(readings, keys);
    return { first: shared.length === 0 ? all : shared, all };
  });
}

/**
 * A subject's hits in a delta re-screen: each of its names scored against the entities it is
 * paired with (ids, in pairing order; ids the index lacks are skipped) through the keys it shares
 * with them (see screenPairs), the best hit per entity kept.
 */
export function pairHits(
  index: ScreeningIndex,
  subject: Subject,
  entityIds: readonly string[],
  keys: Iterable<string>,
  cache: EntityReadings,
): Hit[] {
  const positions: number[] = [];
  for (const id of entityIds) {
    const position = index.byId.get(id);
    if (position !== undefined) positions.push(position);
  }
  const shared = keys instanceof Set ? (keys as ReadonlySet<string>) : new Set(keys);
  return bestPerEntity(
    subjectQueries(subject).map((query) => ({
      results: screenPairs(index, query, positions, shared, cache),
    })),
  );
}

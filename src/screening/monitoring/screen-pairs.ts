import type { Hit, NameQuery } from '../../core/index.ts';
import { readingFor } from '../../candidates/index.ts';
import { schemasCompatible, scoreEntity } from '../../matching/index.ts';
import type { EntityForm, QueryFacts } from '../../matching/index.ts';
import { analyzeName } from '../../names/index.ts';
import { buildHit } from '../build-hit.ts';
import { ALGORITHM_VERSION, DEFAULT_THRESHOLD, type ScreeningIndex } from '../screening-index.ts';
import { validateQuery } from '../validate-query.ts';
import { formTokenKeys, mergeEquivalentTokens, SINGLE_TOKEN_KEY } from './subject-keys.ts';

/**
 * A pair scoring at least this on the readings the subject shares keys with is rescored on all
 * the entity's readings; the same rule, and value, as a full screening's candidate readings.
 */
const RESCORE_FROM = 0.55;

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

/** The facts of a validated query that qualify name matches. */
function factsOf(query: NameQuery): QueryFacts {
  const facts: QueryFacts = { schema: query.schema ?? 'Any' };
  if (query.birthDate !== undefined) facts.birthDate = query.birthDate;
  if (query.country !== undefined) facts.country = query.country;
  if (query.identifiers !== undefined) facts.identifiers = query.identifiers;
  return facts;
}

/**
 * Scores one query against chosen entities (positions in the index) as a full screening scores its
 * candidates: first on the readings the subject shares keys with (all readings when it shares
 * none, as for an identifier or an alert carried over), then, for a pair at RESCORE_FROM or more,
 * on all of them. Returns the hits at or above the query's threshold, best first; entities of a
 * schema the query cannot match are left out.
 */
export function screenPairs(
  index: ScreeningIndex,
  query: NameQuery,
  positions: Iterable<number>,
  keys: ReadonlySet<string>,
  cache: EntityReadings,
): Hit[] {
  const loaded = index.lists.map((l) => l.list);
  const valid = validateQuery(query, loaded, DEFAULT_THRESHOLD);
  const analyzed = analyzeName(valid.name, readingFor(valid.schema), { query: true });
  const facts = factsOf(valid);
  const weigh = index.candidates.rarity.weigh;
  const hits: Hit[] = [];
  for (const position of positions) {
    const entity = index.entities[position]?.entity;
    if (entity === undefined || !schemasCompatible(valid.schema, entity.schema)) continue;
    const readings = readingsOf(index, position, cache);
    const all = readings.map((r) => r.form);
    const shared = sharedReadings(readings, keys);
    const first = shared.length === 0 ? all : shared;
    let match = scoreEntity(analyzed.forms, facts, entity, first, () => all, weigh);
    if (match !== undefined && match.score >= RESCORE_FROM && first.length < all.length)
      match = scoreEntity(analyzed.forms, facts, entity, all, () => all, weigh) ?? match;
    if (match === undefined || match.score < valid.threshold) continue;
    hits.push(
      buildHit(
        valid.name,
        analyzed,
        entity,
        match,
        valid.threshold,
        ALGORITHM_VERSION,
        index.lists,
        weigh,
      ),
    );
  }
  return hits.sort((a, b) => b.score - a.score);
}

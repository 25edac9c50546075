import { newEntity } from '../../src/core/index.ts';
import type { Schema } from '../../src/core/index.ts';
import { readingFor } from '../../src/candidates/index.ts';
import { scoreEntity } from '../../src/matching/index.ts';
import type { EntityForm, TokenWeigher } from '../../src/matching/index.ts';
import { analyzeName } from '../../src/names/index.ts';

/** Every name token weighs 1 when no list corpus says how rare it is. */
export const UNIFORM: TokenWeigher = (token) =>
  token.role === 'name' || token.role === 'number' ? 1 : 0.3;

/**
 * Scores one name against another as the engine would score a query against a one-name entity,
 * with token weights from `weigh` (a list corpus's rarity, or uniform); `asQuery` reads the first
 * name as the engine reads a query (with the readings only queries get, see analyzeName).
 */
export function scorePair(
  query: string,
  listed: string,
  schema: Schema,
  weigh: TokenWeigher,
  asQuery = false,
): number {
  const reading = readingFor(schema);
  const entity = newEntity('pair', 'x', schema, listed);
  entity.names.push({ full: listed, kind: 'primary' });
  const forms: EntityForm[] = analyzeName(listed, reading).forms.map((form) => ({
    name: 0,
    kind: 'primary',
    form,
  }));
  const match = scoreEntity(
    analyzeName(query, reading, { query: asQuery }).forms,
    { schema },
    entity,
    forms,
    () => forms,
    weigh,
  );
  return match?.score ?? 0;
}

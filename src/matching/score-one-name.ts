// For tests: one query scored against one listed person's single name, with the token weights a
// test chooses, so a rule's effect on a score is seen without loading any list.
import assert from 'node:assert/strict';
import { newEntity } from '../core/index.ts';
import type { NameKind } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import type { TokenWeigher } from './align-names.ts';
import { scoreEntity } from './score-entity.ts';
import type { EntityForm } from './score-entity.ts';

/** The score of `query` against a person listed as `listed`, and the details of its qualifiers. */
export function scoreOneName(
  query: string,
  listed: string,
  weigh: TokenWeigher,
  kind: NameKind = 'primary',
): { score: number; details: string[] } {
  const entity = newEntity('un', 'XXi.001', 'Person', listed);
  entity.names = [{ full: listed, kind }];
  const forms: EntityForm[] = analyzeName(listed, 'person').forms.map((form) => ({
    name: 0,
    kind,
    form,
  }));
  const match = scoreEntity(
    analyzeName(query, 'person', { query: true }).forms,
    { schema: 'Any' },
    entity,
    forms,
    () => forms,
    weigh,
  );
  assert.ok(match, `no score for ${query} against ${listed}`);
  return { score: match.score, details: match.qualifiers.map((q) => q.detail) };
}

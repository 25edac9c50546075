import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { meetsRarerNameByLikeness } from './common-name-by-likeness.ts';
import { scoreEntity } from './score-entity.ts';

// Omar and Sharif are names many listed people bear; Amar and the family names are rare.
const common = new Map([
  ['omar', 0.64],
  ['sharif', 0.6],
  ['john', 0.79],
  ['juan', 0.8],
]);
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.3 : (common.get(t.text) ?? 1));
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const meets = (query: string, listed: string) =>
  meetsRarerNameByLikeness(
    alignNames(form(query), form(listed), weigh),
    form(query),
    form(listed),
    weigh,
  );

/** The score of a query against a listed person of one name. */
function scoreOf(query: string, listed: string): number {
  const entity = newEntity('un', 'SYi.001', 'Person', listed);
  const forms = analyzeName(listed, 'person').forms.map((f) => ({
    name: 0,
    kind: 'primary' as const,
    form: f,
  }));
  const match = scoreEntity([form(query)], { schema: 'Person' }, entity, forms, () => forms, weigh);
  assert.ok(match);
  return match.score;
}

describe('meetsRarerNameByLikeness', () => {
  it('flags a common name of the query met one letter off by a rarer listed name', () => {
    assert.equal(meets('Omar Sharif', 'Amar Sharif'), true);
  });

  it('does not flag a rare query name met by likeness, nor an exact common one', () => {
    assert.equal(meets('Omar Khatami', 'Omar Khademi'), false);
    assert.equal(meets('Omar Sharif', 'Omar Sharif'), false);
  });

  it('does not flag names about as common as each other', () => {
    assert.equal(meets('John Doe', 'Juan Doe'), false);
  });

  it('does not flag a common name that is the listed name with its ending left off', () => {
    assert.equal(meets('Omar Sharif', 'Omaro Sharif'), false);
  });

  it('does not flag a common listed name met by a rarer spelling of the query', () => {
    assert.equal(meets('Amar Sharif', 'Omar Sharif'), false);
  });

  it('keeps a common name met by a rarer listed one under the alert threshold', () => {
    assert.ok(scoreOf('Omar Sharif', 'Amar Sharif') < 0.82);
    assert.equal(scoreOf('Amar Sharif', 'Amar Sharif'), 1);
  });
});

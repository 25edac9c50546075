import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

// Ali and Adel are common names in the lists, Diab a rarer one.
const WEIGHTS: Record<string, number> = { ali: 0.3, adel: 0.6, mohamed: 0.3 };
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : (WEIGHTS[t.text] ?? 1));

const ORDER = 'other order';

describe('names of a chain matched in the other order', () => {
  it('does not flag the son’s listed name for the father’s (Adel Ali against Ali Adel)', () => {
    const { score, details } = scoreOneName('Adel Ali Diab', 'DIAB, Ali Adel', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
    assert.ok(details.some((d) => d.includes(ORDER)));
  });

  it('reads an Arabic-script query in its written order', () => {
    const { score } = scoreOneName('عادل علي دياب', 'DIAB, Ali Adel', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
  });

  it('still flags the name in the listed order, the family name first or last', () => {
    for (const query of ['Ali Adel Diab', 'Diab Ali Adel', 'DIAB, Ali Adel']) {
      const { score, details } = scoreOneName(query, 'DIAB, Ali Adel', weigh);
      assert.equal(score, 1, query);
      assert.ok(!details.some((d) => d.includes(ORDER)), query);
    }
  });

  it('still flags middle names swapped behind the listed given name', () => {
    const { score } = scoreOneName('Juan Pablo Carlos Ortiz', 'ORTIZ, Juan Carlos Pablo', weigh);
    assert.equal(score, 1);
  });

  it('does not judge a listed name whose given name the query leaves out', () => {
    const { details } = scoreOneName('Adel Ali Diab', 'DIAB, Hassan Ali Adel', weigh);
    assert.ok(!details.some((d) => d.includes(ORDER)));
  });

  it('leaves two matched names and a repeated name unjudged', () => {
    assert.equal(scoreOneName('Adel Diab', 'DIAB, Adel', weigh).score, 1);
    const repeated = scoreOneName('Mohamed Ali Mohamed', 'MOHAMED, Mohamed Ali', weigh);
    assert.ok(!repeated.details.some((d) => d.includes(ORDER)));
  });
});

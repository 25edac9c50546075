import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { describeAlignment } from './describe-alignment.ts';
import { scoreEntity } from './score-entity.ts';
import type { EntityForm } from './score-entity.ts';
import { sharedTitle, withSharedTitle } from './shared-title.ts';

// Rarity close to what the four lists give these names: Mohammad and Hassan are common, Akhund
// and Salam middling, Stanekzai rare.
const WEIGHTS: Record<string, number> = { mohammad: 0.37, hassan: 0.55, akhund: 0.8, ali: 0.4 };
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.3 : (WEIGHTS[t.text] ?? 1));

/** A listed person with one primary name and the titles the list gives. */
function person(name: string, titles: string[]) {
  const entity = newEntity('un', 'TAi.002', 'Person', name);
  entity.names = [{ full: name, kind: 'primary' }];
  entity.titles = titles;
  const forms: EntityForm[] = analyzeName(name, 'person').forms.map((form) => ({
    name: 0,
    kind: 'primary',
    form,
  }));
  return { entity, forms };
}

/** The score of a query against a listed person, with the honorifics the query carried. */
function scoreOf(query: string, name: string, titles: string[]): number {
  const { entity, forms } = person(name, titles);
  const analyzed = analyzeName(query, 'person', { query: true });
  const match = scoreEntity(
    analyzed.forms,
    { schema: 'Any', honorifics: analyzed.honorifics },
    entity,
    forms,
    () => forms,
    weigh,
  );
  assert.ok(match);
  return match.score;
}

describe('a religious title the query and the listed person share', () => {
  it('lifts a short press form of common names over the threshold when the titles agree', () => {
    const titled = scoreOf('Mullah Mohammad Hassan', 'MOHAMMAD HASSAN AKHUND', ['Mullah', 'Haji']);
    assert.ok(titled >= 0.82, `scored ${titled}`);
    const plain = scoreOf('Mohammad Hassan', 'MOHAMMAD HASSAN AKHUND', ['Mullah', 'Haji']);
    assert.ok(plain < 0.82, `scored ${plain}`);
  });

  it('does nothing when the list gives the person another title or none', () => {
    const plain = scoreOf('Mohammad Hassan', 'MOHAMMAD HASSAN AKHUND', []);
    assert.equal(scoreOf('Mullah Mohammad Hassan', 'MOHAMMAD HASSAN AKHUND', ['Maulavi']), plain);
    assert.equal(scoreOf('Mullah Mohammad Hassan', 'MOHAMMAD HASSAN AKHUND', []), plain);
  });

  it('finds the title inside a listed name as well as in the titles', () => {
    const entity = newEntity('un', 'TAi.024', 'Person', 'ABDUL GHANI BARADAR');
    entity.names = [
      { full: 'ABDUL GHANI BARADAR', kind: 'primary' },
      { full: 'Mullah Baradar Akhund', kind: 'alias' },
    ];
    assert.equal(sharedTitle(['mullah'], entity), 'mullah');
    assert.equal(sharedTitle(['mawlawi'], entity), undefined);
  });

  it('counts only titles that are never names, not Haji or Sheikh', () => {
    const entity = newEntity('un', 'SOi.002', 'Person', 'HASSAN DAHIR AWEYS');
    entity.titles = ['Sheikh', 'Haji'];
    assert.equal(sharedTitle(['sheikh', 'haji'], entity), undefined);
  });

  it('matches nothing by a title alone', () => {
    const query = analyzeName('Ali', 'person').forms[0]!;
    const listed = analyzeName('MOHAMMAD HASSAN AKHUND', 'person').forms[0]!;
    const alignment = alignNames(query, listed, weigh);
    assert.equal(alignment.edges.length, 0);
    assert.equal(withSharedTitle(alignment, 'mullah', listed), alignment);
  });

  it('shows the title as a matched part in the explanation', () => {
    const query = analyzeName('Mohammad Hassan', 'person').forms[0]!;
    const listed = analyzeName('MOHAMMAD HASSAN AKHUND', 'person').forms[0]!;
    const alignment = withSharedTitle(alignNames(query, listed, weigh), 'mullah', listed);
    const parts = describeAlignment(alignment, query, listed, weigh);
    assert.ok(
      parts.some((p) => p.query[0] === 'mullah' && p.note === 'a title the list gives this person'),
    );
    // The names left over cost what they cost in any match, not the common-only surcharge.
    assert.equal(alignment.commonOnly, undefined);
  });

  it('alerts on a one-name alias beside the title of a one-holder office the query carries', () => {
    // The UK lists Patriarch Kirill as an alias of Vladimir Mikhailovich GUNDYAYEV (uk:RUS1467).
    const entity = newEntity('uk', 'RUS1467', 'Person', 'Vladimir Mikhailovich GUNDYAYEV');
    entity.names = [
      { full: 'Vladimir Mikhailovich GUNDYAYEV', kind: 'primary' },
      { full: 'Patriarch Kirill', kind: 'alias' },
    ];
    const forms: EntityForm[] = entity.names.flatMap((n, i) =>
      analyzeName(n.full, 'person').forms.map((form) => ({ name: i, kind: n.kind, form })),
    );
    const scoreFor = (query: string): number => {
      const analyzed = analyzeName(query, 'person', { query: true });
      const facts = { schema: 'Any' as const, honorifics: analyzed.honorifics };
      return scoreEntity(analyzed.forms, facts, entity, forms, () => forms, weigh)?.score ?? 0;
    };
    assert.ok(scoreFor('Patriarch Kirill') >= 0.82, `scored ${scoreFor('Patriarch Kirill')}`);
    // Without the title, or with another one, the one name is a short alias that never alerts.
    assert.ok(scoreFor('Kirill') < 0.82, `scored ${scoreFor('Kirill')}`);
    assert.ok(scoreFor('Metropolitan Kirill') < 0.82, `scored ${scoreFor('Metropolitan Kirill')}`);
  });
});

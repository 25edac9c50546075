import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

// Weights close to what the four lists give these names: Amir and Khan are held by many listed
// entities, Pedro and Sanchez by a few dozen; Motaqi, Medrano and Maduro by a handful (rare).
const WEIGHTS: Record<string, number> = {
  amir: 0.75,
  aamir: 0.75,
  khan: 0.75,
  pedro: 0.96,
  sanchez: 0.81,
  nicolas: 0.9,
};
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : (WEIGHTS[t.text] ?? 1));

function score(query: string, listed: string): { score: number; details: string[] } {
  return scoreOneName(query, listed, weigh);
}

describe('a query that leaves out the rare name of a listed person', () => {
  it('does not flag an actor whose two common names open a listed minister’s name', () => {
    const { score: s, details } = score('Amir Khan', 'AMIR KHAN MOTAQI');
    assert.ok(s < 0.82, `scored ${s}`);
    assert.ok(details.some((d) => d.includes('rare listed name')));
  });

  it('does not flag a prime minister whose given name and surname a listed man shares', () => {
    const { score: s } = score('Pedro Sanchez', 'SANCHEZ MEDRANO, Pedro');
    assert.ok(s < 0.82, `scored ${s}`);
  });

  it('still flags a short form that keeps the rare surname', () => {
    const { score: s, details } = score('Nicolas Maduro', 'MADURO MOROS, Nicolas');
    assert.ok(s >= 0.82, `scored ${s}`);
    assert.ok(!details.some((d) => d.includes('rare listed name')));
  });

  it('leaves the whole name alone', () => {
    assert.ok(score('Amir Khan Motaqi', 'AMIR KHAN MOTAQI').score > 0.99);
  });
});

describe('a long press form that leaves out the rare name', () => {
  it('is not touched: three names given are the long name itself', () => {
    const { details } = score('Sher Muhammad Abbas', 'SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN');
    assert.ok(!details.some((d) => d.includes('rare listed name')));
  });
});

describe('a query of two names with their particles', () => {
  it('counts the names, not the particles, so an abd- name and one more leave out the rare name', () => {
    const weights: TokenWeigher = (t) =>
      t.role !== 'name' ? 0.15 : ({ rahman: 0.8, mustafa: 0.75, muhammad: 0.37 }[t.text] ?? 1);
    const { details } = scoreOneName(
      'Abd al-Rahman Mustafa',
      'ABD AL-RAHMAN MUHAMMAD MUSTAFA SHAYKHLARI',
      weights,
    );
    assert.ok(details.some((d) => d.includes('rare listed name')));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { describeAlignment } from './describe-alignment.ts';
import { COMMON_NAME_WEIGHT, evidenceWeight, isShortName } from './name-evidence.ts';
import { scoreEntity } from './score-entity.ts';
import type { EntityForm } from './score-entity.ts';

// Rarity as the lists give it: the names half the Muslim world bears are common (0.4); "sheikh"
// looks rare (0.85) because lists drop it at the start of names; the rest are rare.
const COMMON = new Set(['mohammad', 'mohammed', 'hassan', 'mohamud', 'ali', 'ahmed']);
const weigh: TokenWeigher = (t) =>
  t.role !== 'name' ? 0.3 : COMMON.has(t.text) ? 0.4 : t.text === 'sheikh' ? 0.85 : 1;
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), weigh).score;

/** A listed person with the given names (the first primary, the rest of the given kind). */
function person(names: string[], kind: 'alias' | 'weak-alias' = 'alias') {
  const entity = newEntity('un', 'SOi.002', 'Person', names[0]!);
  entity.names = names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : kind }));
  const forms: EntityForm[] = names.flatMap((full, name) =>
    analyzeName(full, 'person').forms.map((f) => ({
      name,
      kind: entity.names[name]!.kind,
      form: f,
    })),
  );
  return { entity, forms };
}

/** The score of a query against one chosen name of a listed person. */
function scoreAgainst(query: string, names: string[], chosen: number): number {
  const { entity, forms } = person(names);
  const candidates = forms.filter((f) => f.name === chosen);
  const match = scoreEntity(
    analyzeName(query, 'person', { query: true }).forms,
    { schema: 'Any' },
    entity,
    candidates,
    () => forms,
    weigh,
  );
  assert.ok(match);
  return match.score;
}

describe('title words kept as names', () => {
  it('weigh at most as a common name, however rare the lists make them look', () => {
    const sheikh = form('Hassan Sheikh Mohamud').tokens[1]!;
    assert.equal(sheikh.text, 'sheikh');
    assert.equal(evidenceWeight(weigh, sheikh), COMMON_NAME_WEIGHT);
    const rare = form('Mohamud Stanekzai').tokens[1]!;
    assert.equal(evidenceWeight(weigh, rare), 1);
  });
});

describe('short aliases', () => {
  it('reads one name beside titles and particles as a short name', () => {
    assert.ok(isShortName(form('HASSAN, Sheikh')));
    assert.ok(isShortName(form('Abu Muscab')));
    assert.ok(!isShortName(form('Hassan Dahir Aweys')));
  });

  it('count as weak aliases: an exact match confirms but does not alert alone', () => {
    const names = ['HASSAN DAHIR AWEYS', 'Sheikh Hassan'];
    const short = scoreAgainst('Sheikh Hassan', names, 1);
    assert.ok(short < 0.82, `scored ${short}`);
    assert.ok(scoreAgainst('Hassan Dahir Aweys', names, 0) > 0.99);
  });

  it('do not flag a head of state who bears the alias among other names', () => {
    const s = scoreAgainst('Hassan Sheikh Mohamud', ['HASSAN DAHIR AWEYS', '"HASSAN, Sheikh"'], 1);
    assert.ok(s < 0.82, `scored ${s}`);
  });
});

describe('matches made only of common names', () => {
  it('cost more for a listed name left over ("Mohammad Hassan" is not MOHAMMAD HASSAN AKHUND)', () => {
    const s = score('Mohammad Hassan', 'MOHAMMAD HASSAN AKHUND');
    // Without the rule the rare Akhund left over costs a quarter of its weight: 0.8 / 1.05 = 0.76.
    assert.ok(s < 0.7, `scored ${s}`);
    assert.ok(
      alignNames(form('Mohammad Hassan'), form('MOHAMMAD HASSAN AKHUND'), weigh).commonOnly,
    );
  });

  it('cost more for a query name left over', () => {
    // 0.8 / (0.8 + 0.4 × 0.5) = 0.8 without the rule; the query's Ahmed now counts in full.
    const s = score('Mohammad Hassan Ahmed', 'Mohammad Hassan');
    assert.ok(s < 0.7, `scored ${s}`);
  });

  it('leave a press form that keeps a rare name as it was', () => {
    const s = score('Hassan Akhund', 'MOHAMMAD HASSAN AKHUND');
    assert.ok(s > 0.85, `scored ${s}`);
    assert.equal(
      alignNames(form('Hassan Akhund'), form('MOHAMMAD HASSAN AKHUND'), weigh).commonOnly,
      undefined,
    );
  });

  it('say so in the explanation, with the weights the score used', () => {
    const alignment = alignNames(form('Mohammad Hassan'), form('MOHAMMAD HASSAN AKHUND'), weigh);
    const parts = describeAlignment(
      alignment,
      form('Mohammad Hassan'),
      form('MOHAMMAD HASSAN AKHUND'),
      weigh,
    );
    const left = parts.find((p) => p.matched.includes('akhund'));
    assert.ok(left);
    assert.equal(left.weight, 0.5);
    assert.match(left.note ?? '', /common/);
  });
});

describe('alias support', () => {
  it('does not credit a common name that another name of the entity holds', () => {
    const names = ['Mohammed Abdullahi Ciise', 'Maxammed Cabdullaahi'];
    // "Mohammed" at the end is held by the primary name, but common: it stays unmatched,
    // 2 / (2 + 0.4 × 0.5) = 0.909, where support credited it to 0.967.
    const common = scoreAgainst('Maxammed Cabdullaahi Mohammed', names, 1);
    assert.ok(common < 0.92, `scored ${common}`);
    // A rare name held elsewhere still earns its credit: 2.8 / 3 = 0.933.
    const rare = scoreAgainst('Maxammed Cabdullaahi Ciise', names, 1);
    assert.ok(rare > 0.92, `scored ${rare}`);
  });
});

describe('names bound by a kunya or abd-', () => {
  it('do not match the bare name: Abou Mohamed is the father of a Mohamed', () => {
    const s = score('Mohamed Salah', 'Abou Mohamed Salah');
    // Unbound, the particle left over cost almost nothing: 0.97.
    assert.ok(s < 0.8, `scored ${s}`);
    assert.ok(score('Abou Mohamed Salah', 'Abou Mohamed Salah') > 0.99);
  });

  it('do not match where the other side has another name in place of abd-', () => {
    const s = score('Adil Abdul Mahdi', 'Adil Abdullah Mahdi');
    assert.ok(s < 0.8, `scored ${s}`);
  });

  it('still match when the press drops an Abdul', () => {
    const s = score('Rashid Dostum', 'Abdul Rashid Dostum');
    assert.ok(s > 0.9, `scored ${s}`);
  });

  it('do not match where the other side has another name in place of Ghulam', () => {
    // Mohammad Nabi Omari, a Taliban governor, against MOHAMMED OMAR GHULAM NABI (UN TAi.004).
    const s = score('Mohammad Nabi Omari', 'Mohammed Omar Ghulam Nabi');
    assert.ok(s < 0.75, `scored ${s}`);
    const dropped = score('Hossein Mohseni Ejei', 'Gholam Hossein Mohseni Ejei');
    assert.ok(dropped > 0.9, `scored ${dropped}`);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import { alignNamesFrom } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import type { AlignReadings } from './remember-alignments.ts';
import { describeAlignment } from './describe-alignment.ts';
import { scoreEntity } from './score-entity.ts';
import type { EntityForm } from './score-entity.ts';

const even: TokenWeigher = (t) => (t.role === 'name' || t.role === 'number' ? 1 : 0.3);

/** An organisation with the given names, and the readings of each as the index holds them. */
function organisation(names: string[]): {
  forms: EntityForm[];
  entity: ReturnType<typeof newEntity>;
} {
  const entity = newEntity('ofac', '8759', 'Organization', names[0]!);
  entity.names = names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'alias' }));
  const forms = names.flatMap((full, name) =>
    analyzeName(full, 'organisation').forms.map((form) => ({
      name,
      kind: entity.names[name]!.kind,
      form,
    })),
  );
  return { forms, entity };
}

describe('scoreEntity', () => {
  it('compares a Chinese name read as a foreign name only with listed persons', () => {
    // 张岩 (Zhang Yan) and 葉國吏 (Ye Guoli) are Chinese names; their foreign-name guesses (hana)
    // and their sound (air koryo) are no names of an organisation.
    for (const [query, listed] of [
      ['张岩', 'HANA ELECTRONICS JVC'],
      ['葉國吏', 'AIR KORYO'],
    ] as const) {
      const { forms, entity } = organisation([listed]);
      const readings = analyzeName(query, 'any', { query: true }).forms;
      const match = scoreEntity(readings, { schema: 'Any' }, entity, forms, () => forms, even);
      assert.ok((match?.score ?? 0) < 0.8, `${query} scored ${match?.score ?? 0}`);
    }
  });

  it('never scores 1.0 when query parts are matched only through other names of the entity', () => {
    const { forms, entity } = organisation(['ISLAMIC STATE', 'ISIL', 'IN IRAQ AND THE LEVANT']);
    const query = analyzeName('Islamic State in Iraq and the Levant', 'organisation').forms;
    // Only the alias "ISLAMIC STATE" is a candidate; every other part is held by another name.
    const candidates = forms.filter((f) => f.name === 0);
    const match = scoreEntity(query, { schema: 'Any' }, entity, candidates, () => forms, even);
    assert.ok(match);
    assert.ok(match.alignment.unmatchedQuery.length > 0);
    assert.ok(match.score < 1, `scored ${match.score}`);
    assert.ok(match.score > 0.5);
  });

  it('explains alias-supported parts with the credit and weight the score gave them', () => {
    const { forms, entity } = organisation(['ISLAMIC STATE', 'IN IRAQ AND THE LEVANT']);
    const query = analyzeName('Islamic State in Iraq and the Levant', 'organisation').forms;
    const candidates = forms.filter((f) => f.name === 0);
    const match = scoreEntity(query, { schema: 'Any' }, entity, candidates, () => forms, even);
    assert.ok(match);
    const parts = describeAlignment(match.alignment, match.queryForm, match.listedForm, even);
    const supported = parts.filter((p) => p.note === 'held by another name of the entity');
    assert.deepEqual(supported.map((p) => p.query[0]).sort(), [
      'and',
      'in',
      'iraq',
      'levant',
      'the',
    ]);
    assert.ok(supported.every((p) => p.similarity > 0 && p.similarity < 1));
    // The explanation adds up to the name score: Σ weight × similarity / Σ weight.
    const numerator = parts.reduce((sum, p) => sum + p.weight * p.similarity, 0);
    const denominator = parts.reduce((sum, p) => sum + p.weight, 0);
    assert.ok(Math.abs(numerator / denominator - match.nameScore) < 0.005);
  });

  it('keeps the reading whose name score is best, once qualifiers have lowered the others', () => {
    // The weak alias aligns exactly but its qualifier takes 30 % off; the short alias is a weak
    // alias too; the primary name aligns less well and keeps its score.
    const entity = newEntity('ofac', '1', 'Person', 'John Michael Smith');
    entity.names = [
      { full: 'John Michael Smith', kind: 'primary' },
      { full: 'John Smith', kind: 'weak-alias' },
      { full: 'Smith', kind: 'alias' },
    ];
    const forms = entity.names.flatMap(({ full, kind }, name) =>
      analyzeName(full, 'person').forms.map((form) => ({ name, kind, form })),
    );
    const query = analyzeName('John Smith', 'person', { query: true }).forms;
    for (const order of [forms, [...forms].reverse()]) {
      const match = scoreEntity(query, { schema: 'Person' }, entity, order, () => forms, even);
      const alone = order.map((form) =>
        scoreEntity(query, { schema: 'Person' }, entity, [form], () => forms, even)!,
      );
      const best = Math.max(...alone.map((m) => m.nameScore));
      assert.equal(match?.nameScore, best);
      assert.equal(match.name, alone.find((m) => m.nameScore === best)!.name);
      assert.deepEqual(match.qualifiers, alone.find((m) => m.nameScore === best)!.qualifiers);
    }
  });

  it('asks later readings only for a score above the best one so far, with the same answer', () => {
    const { forms, entity } = organisation([
      'ISLAMIC STATE',
      'ISLAMIC STATE OF IRAQ',
      'STATE OF THE ISLAMIC CALIPHATE',
    ]);
    const query = analyzeName('Islamic State', 'organisation', { query: true }).forms;
    const floors: number[] = [];
    const recording: AlignReadings = (q, listed, floor = 0, supportable) => {
      floors.push(floor);
      return alignNamesFrom(q, listed, even, floor, supportable);
    };
    const facts = { schema: 'Any' } as const;
    const pruned = scoreEntity(query, facts, entity, forms, () => forms, even, recording, 0.5);
    const full = scoreEntity(query, facts, entity, forms, () => forms, even);
    assert.ok(pruned !== undefined && full !== undefined);
    assert.equal(pruned.score, full.score);
    assert.equal(pruned.name, full.name);
    assert.deepEqual(pruned.qualifiers, full.qualifiers);
    // The first reading is the query exactly; every later one is asked to beat its score.
    assert.equal(floors[0], 0.5);
    assert.ok(floors.length > 1);
    // Asked a rounding under it: a reading that ties with the best must not be left out by one.
    for (const floor of floors.slice(1)) {
      assert.ok(floor < pruned.nameScore && floor > pruned.nameScore - 1e-6, `floor ${floor}`);
    }
    // A name score known to be reached (a first pass over some readings) is the floor from the
    // first reading on, and the answer stays the same.
    floors.length = 0;
    const reached = scoreEntity(
      query,
      facts,
      entity,
      [...forms].reverse(),
      () => forms,
      even,
      recording,
      0.5,
      full.nameScore,
    );
    assert.equal(reached?.nameScore, full.nameScore);
    assert.equal(reached.name, full.name);
    assert.ok(floors.length > 0);
    for (const floor of floors) {
      assert.ok(floor < full.nameScore && floor > full.nameScore - 1e-6, `floor ${floor}`);
    }
  });

  it('keeps the best reading when a rare name typed twice is credited by alias support', () => {
    // The second MUBARAK is left over at a tenth of its weight, then credited as held by another
    // name: the score passes 1, which the ceiling of the later, better reading must not stop at.
    const entity = newEntity(
      'un',
      'QDi.238',
      'Person',
      'MUBARAK MUSHAKHAS SANAD MUBARAK AL-BATHALI',
    );
    entity.names = [
      { full: 'Mubarak Mishkhis Sanad Al-Bathali', kind: 'alias' },
      { full: 'Mubarak Mishkhas Sanad Al-Bathali', kind: 'alias' },
      { full: 'MUBARAK MUSHAKHAS SANAD MUBARAK AL-BATHALI', kind: 'primary' },
    ];
    const all = entity.names.flatMap(({ full, kind }, name) =>
      analyzeName(full, 'person').forms.map((form) => ({ name, kind, form })),
    );
    const query = analyzeName('MUBARAK MUSHAKHAS SANAD MUBARAK AL-BATHALI', 'any', {
      query: true,
    }).forms;
    const aliases = all.filter((f) => f.name < 2);
    const facts = { schema: 'Any' } as const;
    const pruned = scoreEntity(query, facts, entity, aliases, () => all, even, undefined, 0.5);
    const full = scoreEntity(query, facts, entity, aliases, () => all, even);
    assert.ok(full !== undefined && full.nameScore > 1, `scored ${String(full?.nameScore)}`);
    assert.equal(pruned?.nameScore, full.nameScore);
    assert.equal(pruned.name, full.name);
  });
});

/** A person with one primary name, and its readings as the index holds them. */
function person(name: string): { forms: EntityForm[]; entity: ReturnType<typeof newEntity> } {
  const entity = newEntity('test', '1', 'Person', name);
  entity.names = [{ full: name, kind: 'primary' }];
  const forms = analyzeName(name, 'person').forms.map((form) => ({
    name: 0,
    kind: 'primary' as const,
    form,
  }));
  return { forms, entity };
}

describe('scoreEntity with a Han or Hangul query', () => {
  it('matches a Hangul name listed in a romanisation none of its three readings uses', () => {
    // The readings are song pyong jun, song byung jun, song byeong jun: Byung-joon is usage.
    const { forms, entity } = person('Song Byung-joon');
    const query = analyzeName('송병준', 'person', { query: true }).forms;
    const match = scoreEntity(query, { schema: 'Person' }, entity, forms, () => forms, even);
    assert.ok(match !== undefined && match.score >= 0.95, `scored ${String(match?.score)}`);
    assert.deepEqual(
      match.queryForm.tokens.map((t) => t.text),
      ['song', 'byung', 'joon'],
    );
  });
});

describe('scoreEntity with an Arabic-script or Hebrew query', () => {
  it('matches an Arabic spelling of a listed name whose vowels none of its readings guessed', () => {
    // The readings of فلادمير بوتن are fladmir boten, faladmir boten …: it scored 0.79.
    const { forms, entity } = person('Vladimir Vladimirovich PUTIN');
    const query = analyzeName('فلادمير بوتن', 'person', { query: true }).forms;
    const match = scoreEntity(query, { schema: 'Person' }, entity, forms, () => forms, even);
    assert.ok(match !== undefined && match.score >= 0.82, `scored ${String(match?.score)}`);
  });

  it('matches a Hebrew spelling of a listed name whose vowels none of its readings guessed', () => {
    const { forms, entity } = person('Clara BOW');
    const query = analyzeName('קלרה בואו', 'person', { query: true }).forms;
    const match = scoreEntity(query, { schema: 'Person' }, entity, forms, () => forms, even);
    assert.ok(match !== undefined && match.score >= 0.82, `scored ${String(match?.score)}`);
  });

  it('does not spell one Latin digraph with two Hebrew letters', () => {
    // כ may be ch and ה is h, but שון כהן (Shon Cohen) is not CHO'N, Chin-yo'ng: it alerted at 0.90.
    const { forms, entity } = person("CHO'N, Chin-yo'ng");
    const query = analyzeName('שון כהן', 'person', { query: true }).forms;
    const match = scoreEntity(query, { schema: 'Person' }, entity, forms, () => forms, even);
    assert.ok(match === undefined || match.score < 0.82, `scored ${String(match?.score)}`);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';

const even: TokenWeigher = (t) => (t.role === 'name' ? 1 : 0.2);
const form = (name: string) => analyseName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), even).score;

describe('alignNames', () => {
  it('aligns split tokens with the merged listed token', () => {
    const result = alignNames(form('Siraj udin Haqqani'), form('Sirajuddin Haqqani'), even);
    const joined = result.edges.find((e) => e.evidence === 'joined');
    assert.ok(joined);
    assert.equal(joined.qTo - joined.qFrom, 2);
    assert.ok(result.score > 0.9);
  });

  it('ignores the order of name parts', () => {
    assert.equal(score('SALEK, ABDULHAI', 'ABDULHAI SALEK'), 1);
  });

  it('costs less for a name missing on one side than for a different name in its place', () => {
    const missing = score('Tariq Anwar El Sayed', 'Tariq Anwar El Sayed Mohamed');
    const different = score('Tariq Anwar El Sayed Ahmed', 'Tariq Anwar El Sayed Mohamed');
    assert.ok(missing > different);
  });

  it('penalises parts swapped around a patronymic', () => {
    assert.ok(score('Salman bin Muhammad Al-Rawi', 'Muhammad bin Salman Al-Rawi') < 0.8);
  });

  it('lets rare parts outweigh common ones', () => {
    const rarity: TokenWeigher = (t) => (t.text === 'mohammad' ? 0.3 : 1);
    const rareMissing = alignNames(
      form('Mohammad Yaqoub'),
      form('Mohammad Yaqoub Mujahid'),
      rarity,
    );
    const commonMissing = alignNames(
      form('Yaqoub Mujahid'),
      form('Mohammad Yaqoub Mujahid'),
      rarity,
    );
    assert.ok(commonMissing.score > rareMissing.score);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';

// Rarity as the lists give it: Shoigu and Netanyahu are rare, Mohamed and Sergey common.
const COMMON = new Set(['mohamed', 'sergey', 'abdi']);
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.3 : COMMON.has(t.text) ? 0.5 : 1);
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), weigh).score;

describe('names typed twice and pet forms read as particles', () => {
  it('does not hold a rare name typed twice against the listed name', () => {
    const twice = score('Shoigu Shoigu Sergey', 'Sergey Shoigu');
    assert.ok(twice >= 0.82 && twice < 1, `scored ${String(twice)}`);
  });

  it('still counts a repeated common name as a name of its own', () => {
    assert.ok(
      score('Mohamed Mohamed Abdi', 'Mohamed Abdi') < score('Mohamed Abdi', 'Mohamed Abdi'),
    );
    assert.ok(score('Mohamed Mohamed Abdi', 'Mohamed Abdi') < 0.82);
  });

  it('reads an opening Ben as the pet form of the listed Benjamin', () => {
    assert.ok(score('Ben Netanyahu', 'Benjamin Netanyahu') >= 0.82);
  });
});

describe('doubled syllables of Chinese names', () => {
  it('counts a doubled syllable as a syllable of its own', () => {
    const han = (name: string) => analyzeName(name, 'person').forms[0]!;
    const doubled = alignNames(han('文 文 王'), han('WANG, Wen Chou'), (t) =>
      t.role === 'name' ? 1 : 0.3,
    ).score;
    assert.ok(doubled < 0.82, `scored ${String(doubled)}`);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

function people(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === 'person')
    .map((m) => m.name);
}

describe('a Korean or Chinese given name joined by a hyphen', () => {
  it('keeps the second syllable in the name', () => {
    const names = people(
      'Leader Kim Jong-un met Moon Jae-in. The singer Kim Seok-jin said BTS would return, and Tsai Ing-wen agreed.',
    );
    for (const name of ['Kim Jong-un', 'Moon Jae-in', 'Kim Seok-jin', 'Tsai Ing-wen'])
      assert.ok(names.includes(name), names.join(' | '));
    assert.ok(!names.includes('Kim Jong') && !names.includes('Kim Seok'), names.join(' | '));
  });

  it('leaves English words after a hyphen out of the name', () => {
    const names = people(
      'The Putin-era laws stayed. Joe Biden-led talks failed, said Ali Khan-backed groups.',
    );
    assert.ok(!names.some((n) => n.includes('-')), names.join(' | '));
  });
});

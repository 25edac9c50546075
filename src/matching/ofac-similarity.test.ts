import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ofacJaroWinkler, ofacJaroWinklerCeiling } from './ofac-similarity.ts';
import { OFAC_RULES, ofacScoreWith } from './ofac-score.ts';
import type { OfacRules } from './ofac-score.ts';
import { seededRandom } from '../core/index.ts';

/** A name-like string of `length` letters from a small alphabet, so that letters recur. */
function word(random: () => number, length: number, alphabet = 'AEHIKLMNORSU-'): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet.charAt(Math.floor(random() * alphabet.length));
  return text;
}

describe('ofacJaroWinklerCeiling', () => {
  it('is never under the Jaro-Winkler it bounds, for 20,000 generated pairs and every prefix cap', () => {
    const random = seededRandom(12);
    for (let k = 0; k < 20_000; k++) {
      const a = word(random, 1 + Math.floor(random() * 30));
      const b =
        random() < 0.3 ? a.slice(1) + a.charAt(0) : word(random, 1 + Math.floor(random() * 30));
      const cap = 1 + (k % 5);
      assert.ok(
        ofacJaroWinklerCeiling(a, b, cap) >= ofacJaroWinkler(a, b, cap),
        `${a} / ${b} at cap ${String(cap)}`,
      );
    }
  });

  it('equals the Jaro-Winkler of two identical names and of names sharing no letter', () => {
    assert.equal(ofacJaroWinklerCeiling('HAQQANI', 'HAQQANI', 5), 1);
    assert.equal(ofacJaroWinklerCeiling('ABC', 'XYZ', 5), 0);
    assert.equal(ofacJaroWinklerCeiling('', 'XYZ', 5), 0);
  });

  it('stays under 1 for names that share few letters, so that they can be ruled out', () => {
    assert.ok(ofacJaroWinklerCeiling('ISLAMICSTATE', 'HAQQANINETWORK', 5) < 0.6);
  });

  it('answers 1 for a character outside ASCII rather than guess', () => {
    assert.equal(ofacJaroWinklerCeiling('MÜLLER', 'MUELLER', 5), 1);
    assert.equal(ofacJaroWinklerCeiling('MUELLER', 'MÜLLER', 5), 1);
  });
});

describe('ofacScoreWith over many names', () => {
  const variants: OfacRules[] = [
    OFAC_RULES,
    { ...OFAC_RULES, partRounding: 'nearest' },
    { ...OFAC_RULES, wholeForm: 'spaced', partGate: 'first-letter', retrievalGate: false },
    { ...OFAC_RULES, partGate: 'none', prefixCap: 4 },
  ];

  it('gives the best of the names scored one by one, the first of equal ones, under each rule', () => {
    const random = seededRandom(7);
    for (let k = 0; k < 3_000; k++) {
      const name = (): string =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
          word(random, 2 + Math.floor(random() * 7), 'AEHIKLMNORSU'),
        ).join(' ');
      const query = name();
      const names = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        random() < 0.2 ? query.split(' ').reverse().join(', ') : name(),
      );
      for (const rules of variants) {
        let expected = ofacScoreWith(query, [], rules);
        for (const listed of names) {
          const one = ofacScoreWith(query, [listed], rules);
          if (one.score > expected.score) expected = one;
        }
        assert.deepEqual(
          ofacScoreWith(query, names, rules),
          expected,
          `${query} / ${names.join(' | ')}`,
        );
      }
    }
  });
});

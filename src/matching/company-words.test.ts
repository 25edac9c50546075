import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { sameKindOfCompany, sameTradeWord } from './company-words.ts';

// Weights near the engine's: legal forms and trade words are weak, distinctive words strong.
const weigh: TokenWeigher = (t) => (t.role === 'legal' ? 0.15 : t.role === 'generic' ? 0.35 : 1);
const score = (query: string, listed: string) =>
  alignNames(
    analyzeName(query, 'organisation').forms[0]!,
    analyzeName(listed, 'organisation').forms[0]!,
    weigh,
  ).score;

describe('company words written two ways', () => {
  it('matches "Company" with any listed legal form, and Ltd with Co Ltd', () => {
    assert.ok(sameKindOfCompany('co', 'pte-ltd'));
    assert.ok(sameKindOfCompany('ao', 'co'));
    assert.ok(sameKindOfCompany('ltd', 'pte-ltd'));
    assert.ok(!sameKindOfCompany('ag', 'gmbh'));
    assert.ok(!sameKindOfCompany('ooo', 'ao'));
  });

  it('matches a trade word with its other endings, not short or unrelated words', () => {
    for (const [a, b] of [
      ['trade', 'trading'],
      ['bank', 'banking'],
      ['industry', 'industrial'],
      ['service', 'services'],
    ] as const) {
      assert.ok(sameTradeWord(a, b), `${a}/${b}`);
      assert.ok(sameTradeWord(b, a), `${b}/${a}`);
    }
    assert.ok(!sameTradeWord('oil', 'oils'));
    assert.ok(!sameTradeWord('internal', 'international'));
  });

  it('lifts a press form of a company over the threshold when its company word differs', () => {
    const listed = 'DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD';
    assert.ok(score('Dandong Hongxiang Company', listed) >= 0.82);
    assert.ok(score('Dandong Hongda Trading', 'DANDONG HONGDA TRADE CO. LTD.') >= 0.82);
  });

  it('keeps two different legal forms apart as sister companies', () => {
    assert.ok(
      score('Siemens AG', 'Siemens GmbH') < score('Siemens AG', 'Siemens Aktiengesellschaft'),
    );
  });
});

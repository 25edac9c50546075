import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { commonPartOfName } from './organisation-evidence.ts';

// Islamic and Relief are words many listed names share; Sepehr is rare.
const WEIGHTS: Record<string, number> = { islamic: 0.61, relief: 0.91, african: 0.8 };
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.35 : (WEIGHTS[t.text] ?? 1));
const form = (name: string) => analyzeName(name, 'organisation').forms[0]!;
const partOf = (query: string, listed: string) =>
  commonPartOfName(alignNames(form(query), form(listed), weigh), form(listed));

describe('commonPartOfName', () => {
  it('flags part of an organisation name met only by words many names share', () => {
    assert.equal(partOf('Islamic Relief', 'ISLAMIC RELIEF AGENCY'), true);
    assert.equal(partOf('Islamic Relief', 'ISLAMIC AFRICAN RELIEF AGENCY'), true);
  });

  it('does not flag a whole name, nor a part holding a rare word', () => {
    assert.equal(partOf('Islamic Relief Agency', 'ISLAMIC RELIEF AGENCY'), false);
    assert.equal(partOf('Sepehr Energy', 'SEPEHR ENERGY JAHAN NAMA PARS'), false);
  });

  it('does not count a joining word the query leaves out as a part of the name unmet', () => {
    // "Iran Central Bank" (and the Turkish press's İran Merkez Bankası read in English) is the
    // whole of the EU alias Central Bank of Iran: only "of" is left over.
    assert.equal(partOf('Islamic Relief Agency', 'AGENCY OF ISLAMIC RELIEF'), false);
    assert.equal(partOf('Islamic Relief', 'RELIEF AGENCY OF THE ISLAMIC'), true);
  });
});

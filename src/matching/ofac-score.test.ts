import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OFAC_RULES, ofacScore, ofacScoreWith, ofacTokens } from './ofac-score.ts';
import { editSimilarity, ofacJaroWinkler } from './ofac-similarity.ts';

// Expected values are OFAC Sanctions List Search scores recorded in
// ../shared/data/pairs/nomenklatura_ofac_search_scores.csv.
describe('ofacScore', () => {
  it('scores a reordered exact name 100 through the name-part technique', () => {
    const result = ofacScore('VLADIMIR PUTIN', ['PUTIN, Vladimir']);
    assert.equal(result.score, 100);
    assert.equal(result.technique, 'name-parts');
  });

  it('rounds a name-part score up, as OFAC scored PUNTI, Pere 90 for PUTIN (89.3)', () => {
    const result = ofacScore('PUTIN', ['PUNTI, Pere']);
    assert.equal(result.score, 90);
    assert.equal(result.technique, 'name-parts');
    assert.equal(
      ofacScoreWith('PUTIN', ['PUNTI, Pere'], { ...OFAC_RULES, partRounding: 'nearest' }).score,
      89,
    );
  });

  it('rounds a whole-name score to the nearest point, as OFAC scored HESWANI, George 51', () => {
    assert.equal(ofacScore('GEORGE BUSH', ['HESWANI, George']).score, 51);
  });

  it('drops query parts of two letters or fewer, as OFAC does with KIM JONG UN', () => {
    assert.equal(ofacScore('KIM JONG UN', ['KIM, Jong Man']).score, 100);
  });

  it('compares whole names with their spaces removed, as OFAC scored JAMIL GEORGES 77', () => {
    const result = ofacScore('GEORGE BUSH', ['JAMIL GEORGES, Fahd']);
    assert.equal(result.score, 77);
    assert.equal(result.technique, 'whole-name');
    assert.equal(
      ofacScoreWith('GEORGE BUSH', ['JAMIL GEORGES, Fahd'], { ...OFAC_RULES, wholeForm: 'spaced' })
        .score,
      64,
    );
  });

  it('counts up to five letters of common prefix, as OFAC scored VLADIMIR ARSENYEV 88', () => {
    assert.equal(ofacScore('VLADIMIR PUTIN', ['VLADIMIR ARSENYEV']).score, 88);
    assert.equal(ofacScore('VLADIMIR PUTIN', ['VLADIMIR BILIY']).score, 90);
  });

  it('pairs a name part only with list parts of the same first letter', () => {
    // OSAMA would pair with USAMA at 0.87 and lift the composite to 96; OFAC says 84.
    const result = ofacScore('OSAMA BIN LADEN', ['USAMA BIN LADEN NETWORK']);
    assert.equal(result.score, 84);
    assert.equal(result.technique, 'whole-name');
  });

  it('leaves a part unpaired when no list part is half similar by edit distance', () => {
    // BUSH shares its B with BOUTROS but not half its letters; OFAC says 57, not 80.
    assert.equal(ofacScore('GEORGE BUSH', ['OBEID, Boutros Georges']).score, 57);
    assert.equal(ofacScore('GEORGE BUSH', ['HASWANI, George']).score, 50);
  });

  it('does not list a name that no query part reaches, as OFAC left out AL QAEDA for ALQAEDA', () => {
    assert.deepEqual(ofacScore('ALQAEDA', ['AL QAEDA']), {
      score: 0,
      technique: 'none',
      comparedWith: '',
    });
    assert.equal(ofacScore('ALQAEDA', ['AL JIL ALQADEM GENERAL TRADING L.L.C.']).score, 91);
  });

  it('scores a name in another script 0, as OFAC found nothing for Владимир Путин', () => {
    assert.equal(ofacScore('Владимир Путин', ['PUTIN, Vladimir']).technique, 'none');
  });

  it('takes the best of the entity names', () => {
    assert.equal(
      ofacScore('SIRAJ HAQQANI', ['SIRAJUDDIN JALLALOUDINE HAQQANI', 'Siraj Haqqani']).comparedWith,
      'Siraj Haqqani',
    );
  });
});

describe('ofacTokens', () => {
  it("keeps O'BRIEN one part and splits on hyphens", () => {
    assert.deepEqual(ofacTokens("O'Brien"), ['OBRIEN']);
    assert.deepEqual(ofacTokens('Bashir-Ud-Din'), ['BASHIR', 'UD', 'DIN']);
  });
});

describe('ofacJaroWinkler and editSimilarity', () => {
  it('gives the prefix bonus even when the Jaro score is low', () => {
    const withBonus = ofacJaroWinkler('VLADIMIRPUTIN', 'VLADIMIROVKAADVANCEDWEAPONS', 5);
    const withoutBonus = ofacJaroWinkler('VLADIMIRPUTIN', 'VLADIMIROVKAADVANCEDWEAPONS', 0);
    assert.ok(withoutBonus < 0.7);
    assert.ok(Math.abs(withBonus - (withoutBonus + 0.5 * (1 - withoutBonus))) < 1e-12);
  });

  it('measures edit similarity against the longer string', () => {
    assert.equal(editSimilarity('GEORGE', 'GEYE'), 0.5);
    assert.equal(editSimilarity('PUTIN', 'PUTIN'), 1);
    assert.equal(editSimilarity('', ''), 1);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ofacScore } from './ofac-score.ts';

describe('ofacScore', () => {
  it('scores a reordered exact name 100 through the name-part technique', () => {
    const result = ofacScore('VLADIMIR PUTIN', ['PUTIN, Vladimir']);
    assert.equal(result.score, 100);
    assert.equal(result.technique, 'name-parts');
  });

  it('drops query parts of two letters or fewer, as OFAC does with KIM JONG UN', () => {
    assert.equal(ofacScore('KIM JONG UN', ['KIM, Jong']).score, 100);
  });

  it('uses the whole-name technique only when the first letters agree', () => {
    const result = ofacScore('VLADIMIR PUTIN', [
      'VLADIMIROVKA ADVANCED WEAPONS AND RESEARCH COMPLEX',
    ]);
    assert.equal(result.technique, 'whole-name');
    assert.ok(result.score >= 75 && result.score <= 85);
  });

  it('takes the best of the entity names', () => {
    assert.equal(
      ofacScore('SIRAJ HAQQANI', ['SIRAJUDDIN JALLALOUDINE HAQQANI', 'Siraj Haqqani']).comparedWith,
      'Siraj Haqqani',
    );
  });
});

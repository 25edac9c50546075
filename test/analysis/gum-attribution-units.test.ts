import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readGumAttributions } from '../../scripts/eval/attribution-probe-rows.ts';

// Two GUM-shaped sentences: "Officials said the road is closed." is two discourse units, the
// first ("Officials said") attached to the second by attribution; the next paragraph has none.
const row = (id: number, form: string, misc = '_'): string =>
  [id, form, '_', '_', '_', '_', '0', '_', '_', misc].join('\t');
const CONLLU = [
  '# newpar',
  '# sent_id = doc-1',
  row(1, 'Officials', 'Discourse=attribution-positive:1->2:0'),
  row(2, 'said'),
  row(3, 'the', 'Discourse=ROOT:2->0:0'),
  row(4, 'road'),
  row(5, 'is'),
  row(6, 'closed', 'SpaceAfter=No'),
  row(7, '.'),
  '',
  '# newpar',
  '# sent_id = doc-2',
  row(1, 'Traffic', 'Discourse=elaboration-additional:3->2:0'),
  row(2, 'moved', 'SpaceAfter=No'),
  row(3, '.'),
  '',
].join('\n');

describe('the GUM attribution units of the attribution probe', () => {
  const { text, cues } = readGumAttributions(CONLLU);

  it('rebuilds the text with its spaces and paragraph breaks', () => {
    assert.equal(text, 'Officials said the road is closed.\n\nTraffic moved.');
  });

  it('gives the attribution unit alone, up to the next unit', () => {
    assert.deepEqual(
      cues.map((c) => text.slice(c.start, c.end)),
      ['Officials said'],
    );
  });
});

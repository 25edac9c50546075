import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { joinTokens, readConllNameDocuments } from '../../scripts/build-data/read-conll-names.ts';

describe('the CoNLL name-file reader of the tagger training', () => {
  it('rebuilds a sentence with English spacing around punctuation and quotes', () => {
    const { text, offsets } = joinTokens([
      'The',
      'band',
      '(',
      'UK',
      ')',
      'played',
      '"',
      'Come',
      '"',
      ',',
      'Kojima',
      "'s",
      'song',
      '.',
    ]);
    assert.equal(text, 'The band (UK) played "Come", Kojima\'s song.');
    assert.deepEqual(offsets[3], { start: 10, end: 12 });
    assert.equal(text.slice(offsets[10]?.start, offsets[10]?.end), 'Kojima');
  });

  it('reads IOB1 names as spans of running text, one document per -DOCSTART-, MISC left out', () => {
    const folder = mkdtempSync(join(tmpdir(), 'conll-names-'));
    try {
      const path = join(folder, 'names.conll');
      writeFileSync(
        path,
        [
          '-DOCSTART- O',
          '',
          'Frederick I-PER',
          'Collier I-PER',
          'joined O',
          'the O',
          'Bank I-ORG',
          'of I-ORG',
          'England I-ORG',
          'in O',
          'London I-LOC',
          '. O',
          '',
          'Japanese I-MISC',
          'bands O',
          '. O',
          '',
          '-DOCSTART- O',
          '',
          'Paris I-LOC',
          'B-LOC B-LOC',
          '',
        ].join('\n'),
      );
      const documents = readConllNameDocuments(path, 'test');
      assert.equal(documents.length, 2);
      const [first, second] = documents;
      assert.equal(
        first?.text,
        'Frederick Collier joined the Bank of England in London.\nJapanese bands.',
      );
      assert.deepEqual(
        first?.spans.map((s) => [first.text.slice(s.start, s.end), s.type]),
        [
          ['Frederick Collier', 'person'],
          ['Bank of England', 'organization'],
          ['London', 'place'],
        ],
      );
      // A B- tag opens a new name even after a name of the same type.
      assert.deepEqual(
        second?.spans.map((s) => second.text.slice(s.start, s.end)),
        ['Paris', 'B-LOC'],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

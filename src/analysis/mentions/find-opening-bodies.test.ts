import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOpeningBodies } from './find-opening-bodies.ts';

const LEXICON = new Map([
  ['jane', 'first'],
  ['smith', 'last'],
  ['minister', 'title'],
]);

const names = (text: string): string[] => findOpeningBodies(text, LEXICON).map((m) => m.name);

describe('findOpeningBodies', () => {
  it('finds a body of common words that opens a sentence and speaks', () => {
    assert.deepEqual(
      names(
        'Human Rights Watch said the strikes were unlawful. Reporters Without Borders condemned the arrest.',
      ),
      ['Human Rights Watch', 'Reporters Without Borders'],
    );
  });

  it('leaves people, titles, pronouns and sentence-case words alone', () => {
    assert.deepEqual(
      names('Jane Smith said so. Prime Minister said so. And I said no. The Spanish reported it.'),
      [],
    );
  });
});

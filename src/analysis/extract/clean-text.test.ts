import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cleanText } from './clean-text.ts';

const SCRAPED = readFileSync(
  new URL('../../../test/fixtures/articles/scraped-page.txt', import.meta.url),
  'utf8',
);

describe('cleanText', () => {
  it('takes the title and the tag line from a scraped page', () => {
    const cleaned = cleanText(SCRAPED);
    assert.equal(cleaned.title, 'Harbour council approves new ferry link');
    assert.deepEqual(cleaned.tags, ['Transport', 'Port Ellery', 'Saltmarsh', 'Ferries']);
  });

  it('reports every boilerplate line it removes, with a reason', () => {
    const cleaned = cleanText(SCRAPED);
    const reasons = Object.fromEntries(cleaned.removed.map((r) => [r.text, r.reason]));
    assert.equal(reasons['Connect with us'], 'social prompt');
    assert.equal(reasons['Click to comment'], 'comment prompt');
    assert.equal(reasons['Leave a Comment Cancel reply'], 'comment form');
    assert.equal(reasons['More in Transport'], 'navigation');
    assert.equal(reasons['To Top'], 'navigation');
    assert.equal(reasons['Share this article'], 'share prompt');
    assert.equal(cleaned.removed.filter((r) => r.reason === 'repeated title').length, 1);
  });

  it('keeps the body paragraphs in order, one blank line apart', () => {
    const paragraphs = cleanText(SCRAPED).text.split('\n\n');
    assert.equal(paragraphs.length, 2);
    assert.match(paragraphs[0] ?? '', /^The Port Ellery Harbour Council voted/);
    assert.match(paragraphs[1] ?? '', /Dr\. Amelia Brandt said/);
  });

  it('returns an empty text for empty input without failing', () => {
    assert.deepEqual(cleanText(''), { title: null, tags: [], text: '', removed: [] });
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractHtml, htmlToText } from './extract-html.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('extractHtml', () => {
  it('reads title, byline, date, site and tags from JSON-LD and meta tags', () => {
    const article = extractHtml(fixture('news-page.html'));
    assert.equal(article.title, 'Harbour council approves new ferry link');
    assert.equal(article.byline, 'Mira Castell');
    assert.equal(article.published, '2024-03-05T09:30:00Z');
    assert.equal(article.site, 'Coastline Courier');
    assert.deepEqual(article.tags, ['Transport', 'Port Ellery']);
  });

  it('keeps the article body and drops navigation, asides and footer', () => {
    const { text, warnings } = extractHtml(fixture('news-page.html'));
    assert.deepEqual(warnings, []);
    assert.match(text, /^The Port Ellery Harbour Council voted on Tuesday/);
    assert.match(text, /regional transport authority plans to withdraw/);
    assert.doesNotMatch(text, /Most read|Subscribe to our newsletter|Storm closes coastal road/);
    assert.equal(text.split('\n\n').length, 6);
  });

  it('returns an empty text and a warning for a page with no article', () => {
    const article = extractHtml(fixture('no-article.html'));
    assert.equal(article.text.length < 40, true);
    assert.match(article.warnings.join(' '), /No article text/);
  });

  it('turns block elements into paragraphs', () => {
    assert.equal(htmlToText('<p>One <b>two</b></p><div>Three</div>'), 'One two\n\nThree');
  });
});

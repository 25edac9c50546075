import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError, MAX_ARTICLE_BYTES } from '../../core/index.ts';
import { readArticle } from '../analyze-article.ts';
import { checkArticleSize } from './check-article-size.ts';

// 'é' is one character and two bytes in UTF-8: text of it is at the byte limit with half as many
// characters, so a check that counted characters would pass every case below.
const AT_LIMIT = 'é'.repeat(MAX_ARTICLE_BYTES / 2);
const OVER_LIMIT = `${AT_LIMIT}a`;

const tooLarge = (error: unknown): boolean =>
  isAppError(error) && error.code === 'PAYLOAD_TOO_LARGE' && /limit/.test(error.message);

describe('checkArticleSize', () => {
  it('accepts text of exactly the limit in UTF-8 bytes', () => {
    assert.equal(Buffer.byteLength(AT_LIMIT), MAX_ARTICLE_BYTES);
    assert.doesNotThrow(() => checkArticleSize(AT_LIMIT));
  });

  it('refuses one byte more, though it has half as many characters as the limit', () => {
    assert.equal(Buffer.byteLength(OVER_LIMIT), MAX_ARTICLE_BYTES + 1);
    assert.ok(OVER_LIMIT.length < MAX_ARTICLE_BYTES / 2 + 2);
    assert.throws(() => checkArticleSize(OVER_LIMIT), tooLarge);
  });

  it('counts a character outside the BMP as its four bytes', () => {
    const emoji = '😀'.repeat(MAX_ARTICLE_BYTES / 4);
    assert.doesNotThrow(() => checkArticleSize(emoji));
    assert.throws(() => checkArticleSize(`${emoji}a`), tooLarge);
  });

  it('is the check readArticle makes, for text and HTML alike, before any stage', () => {
    assert.throws(() => readArticle({ content: OVER_LIMIT, format: 'text' }), tooLarge);
    assert.throws(() => readArticle({ content: `<p>${OVER_LIMIT}</p>`, format: 'html' }), tooLarge);
  });
});

/**
 * Largest article Sift analyses, in bytes of its UTF-8 text; a news article is rarely above
 * 200 KB of HTML. The analysis checks it (analysis/extract/check-article-size.ts); doors and the
 * URL fetcher only size their transport limits from it.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

import { AppError, MAX_ARTICLE_BYTES } from '../../core/index.ts';

/**
 * Refuses an article whose text is over MAX_ARTICLE_BYTES in UTF-8. The one size check of every
 * path (pasted text, a file, a fetched page), measured in bytes as the limit is: counting
 * characters would let text in a non-Latin script through at up to three times the limit.
 */
export function checkArticleSize(content: string): void {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The article is ${bytes} bytes of text; the limit is ${MAX_ARTICLE_BYTES} bytes.`,
      { details: { bytes, limitBytes: MAX_ARTICLE_BYTES } },
    );
  }
}

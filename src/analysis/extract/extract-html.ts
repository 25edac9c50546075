import { createRequire } from 'node:module';
import type { ExtractedArticle } from '../article-types.ts';
import { cleanText } from './clean-text.ts';
import { readPageMetadata } from './read-page-metadata.ts';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const MIN_ARTICLE_WORDS = 15;

type DomTools = Pick<typeof import('linkedom'), 'parseHTML'> &
  Pick<typeof import('@mozilla/readability'), 'Readability'>;

let tools: DomTools | undefined;

/**
 * linkedom and Readability, loaded on first use: loading them cost ~0.25 s of CPU, which every
 * `sift analyze` of a plain-text article paid for nothing. Their CommonJS builds are required, as
 * the pipeline is synchronous.
 */
function domTools(): DomTools {
  if (tools === undefined) {
    const require = createRequire(import.meta.url);
    tools = {
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability'))
        .Readability,
    };
  }
  return tools;
}

/**
 * Extracts the article from an HTML page: Readability finds the body on a linkedom DOM, our own
 * reader takes title, byline, date, site and tags from JSON-LD, OpenGraph and `article:*` tags.
 */
export function extractHtml(html: string, url?: string): ExtractedArticle {
  const { parseHTML, Readability } = domTools();
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  const warnings: string[] = [];
  let body = '';
  try {
    // Readability mutates the DOM it reads, so the metadata was taken first.
    const parsed = new Readability(document, { charThreshold: 200 }).parse();
    if (parsed?.content != null) body = htmlToText(parsed.content);
    metadata.title ??= parsed?.title ?? null;
    metadata.byline ??= parsed?.byline ?? null;
    metadata.site ??= parsed?.siteName ?? null;
    metadata.published ??= parsed?.publishedTime ?? null;
  } catch (error) {
    warnings.push(`Readability failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const cleaned = cleanText(body, metadata.title ?? undefined);
  // A pasted fragment ("<p>Hamas leader … said: …</p>") has no page around it for Readability or
  // the boilerplate rules to read: all of its text is the article.
  if (!/<(html|head|body)\b/i.test(html) && countWords(cleaned.text) < MIN_ARTICLE_WORDS) {
    const whole = htmlToText(html);
    if (countWords(whole) > countWords(cleaned.text)) {
      cleaned.text = whole;
      cleaned.removed = [];
    }
    return {
      ...metadata,
      title: metadata.title ?? null,
      tags: metadata.tags,
      text: cleaned.text,
      removed: cleaned.removed,
      warnings: cleaned.text === '' ? ['The input holds no article text.'] : warnings,
    };
  }
  // A login form or an index page leaves a few words: that is no article, and the result says so.
  const words = countWords(cleaned.text);
  if (words < MIN_ARTICLE_WORDS) {
    if (words > 0)
      cleaned.removed.push({ text: cleaned.text, reason: 'too short to be an article' });
    cleaned.text = '';
    warnings.push(`No article text found in the page${url ? ` ${url}` : ''}.`);
  }
  return {
    title: metadata.title ?? cleaned.title,
    byline: metadata.byline,
    published: metadata.published,
    site: metadata.site,
    tags: metadata.tags.length > 0 ? metadata.tags : cleaned.tags,
    text: cleaned.text,
    removed: cleaned.removed,
    warnings,
  };
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Turns an HTML fragment into text with one blank line between blocks. */
export function htmlToText(fragment: string): string {
  const { document } = domTools().parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(document.body);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

import { AppError } from '../../core/index.ts';

/** Deeper than any real page (news pages nest 20–40 levels): past it, parsing cost explodes. */
export const MAX_HTML_DEPTH = 256;

// Elements that never have content, so never open a level.
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * Refuses HTML nested deeper than MAX_HTML_DEPTH before any parser sees it. A scan of the tags
 * alone, linear in the input, so a hostile 1 MB of nested `<div>`s costs milliseconds, not minutes.
 */
export function checkHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): void {
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const [, closing, name = '', selfClosing] = match;
    if (VOID.has(name.toLowerCase()) || selfClosing === '/') continue;
    if (closing === '/') depth = Math.max(0, depth - 1);
    else if (++depth > maxDepth) {
      throw new AppError(
        'INPUT_TOO_COMPLEX',
        `The HTML nests elements more than ${maxDepth} deep; no article does. Send the article's text instead.`,
      );
    }
  }
}

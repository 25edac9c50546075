import { isRomanisedSyllable } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';

// Korean and Chinese given names are romanised as two syllables joined by a hyphen, the second in
// lower case: Kim Jong-un, Moon Jae-in, Ryu Hyun-jin, Tsai Ing-wen. The tagger stops at the
// hyphen, so "Kim Jong" was screened (a partial hit on KIM, Jong Man) and Kim Jong Un never was.
// English words after a hyphen ("Putin-era", "Biden-led", "Trump-backed") are no syllables of
// that shape, or follow a word that is none.
const TAIL = /^-(\p{Ll}+)(?![\p{L}\p{N}-])/u;

/**
 * Extends a person's mention over a lower-case syllable joined by a hyphen to its last word when
 * that word is a syllable too ("Kim Jong" + "-un"), so the whole given name is screened.
 */
export function joinSyllableNames(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'person' || !mention.text.endsWith(mention.name)) return mention;
    const tail = TAIL.exec(text.slice(mention.end, mention.end + 12));
    const syllable = tail?.[1];
    const last = mention.name.split(/\s+/).at(-1) ?? '';
    if (syllable === undefined || !isRomanisedSyllable(syllable) || !isRomanisedSyllable(last))
      return mention;
    const end = mention.end + 1 + syllable.length;
    return {
      ...mention,
      end,
      text: text.slice(mention.start, end),
      name: `${mention.name}-${syllable}`,
    };
  });
}

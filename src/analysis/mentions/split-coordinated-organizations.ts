import type { Mention } from '../article-types.ts';
import { ORG_HEAD_WORDS } from './find-rule-mentions.ts';

const ORG_HEADS = new Set(ORG_HEAD_WORDS);
// "United Nations and Council of Europe", "Army - Navy": two names joined by a conjunction or a
// spaced dash.
const JOINT = /[ \t]+(?:and|-|–|—)[ \t]+/u;

/**
 * "the United Nations and Council of Europe", "the Army - Navy": one organisation mention the
 * tagger ran over two bodies is two, when each side is a whole organisation by itself: the lexicon
 * knows it as one, or it ends in a head word ("Army", "Navy", "Council of Europe" by its head word
 * before "of"). A single word before the conjunction with a longer name after it shares that
 * name's head ("Army and Navy Club"), and a side without a head ("Department of Health and Human
 * Services", "Food and Drug Administration") is no body alone, so those stay one name.
 */
export function splitCoordinatedOrganizations(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  return mentions.flatMap((mention) => {
    if (mention.type !== 'organization' || mention.source !== 'nlp') return [mention];
    const joint = JOINT.exec(mention.text);
    if (joint === null || JOINT.test(mention.text.slice(joint.index + joint[0].length)))
      return [mention];
    const left = mention.text.slice(0, joint.index);
    const right = mention.text.slice(joint.index + joint[0].length);
    if (!/^\p{Lu}/u.test(right)) return [mention];
    if (!isWholeBody(left, lexicon, false) || !isWholeBody(right, lexicon, true)) return [mention];
    if (!left.includes(' ') && right.includes(' ') && !isKnown(right, lexicon)) return [mention];
    const rightStart = mention.start + joint.index + joint[0].length;
    return [
      part(text, mention, mention.start, mention.start + left.length),
      part(text, mention, rightStart, mention.end),
    ];
  });
}

/** True when the lexicon knows the name as an organisation. */
function isKnown(name: string, lexicon: ReadonlyMap<string, string>): boolean {
  return lexicon.get(name.replace(/^the[ \t]+/i, '').toLowerCase()) === 'org';
}

/** A name that is a body by itself: known, or ending in a head word ("Council" before "of" too). */
function isWholeBody(name: string, lexicon: ReadonlyMap<string, string>, headBeforeOf: boolean) {
  if (isKnown(name, lexicon)) return true;
  const words = name.split(/[ \t]+/);
  if (ORG_HEADS.has(words.at(-1) ?? '')) return true;
  return headBeforeOf && words[1] === 'of' && ORG_HEADS.has(words[0] ?? '');
}

/** One side of the split mention, with the text's own words. */
function part(text: string, mention: Mention, start: number, end: number): Mention {
  const words = text.slice(start, end);
  const name = words.replace(/^the[ \t]+(?=\p{Lu})/iu, '').replace(/['’]s?$/, '');
  return { ...mention, start, end, text: words, name };
}

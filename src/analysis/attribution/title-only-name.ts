import { HONORIFIC_WORDS } from '../mentions/find-rule-mentions.ts';

// Words that stand before a title as part of the office ("Home Minister", "Prime Minister",
// "Foreign Secretary", "Vice President"), as the mention finder's title prefixes list them.
const OFFICE_WORDS = new Set(
  'prime deputy foreign home interior defence defense justice finance information vice state chief'.split(
    ' ',
  ),
);

/** Whether a person's name holds only title words ("Home Minister", "the President"): an office, no name. */
export function isTitleOnly(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const last = words.at(-1);
  return (
    last !== undefined &&
    HONORIFIC_WORDS.has(last) &&
    words.every((w) => HONORIFIC_WORDS.has(w) || OFFICE_WORDS.has(w))
  );
}

// Arabic "servant of" names (Abdallah, Abdulmahdi, Abdurrahman) are abd + article + a name of God
// or of a holy figure; the part after abd tells two of them apart, as the stem does for -ullah
// names (theophoric-stems.ts). Joined with the token after it, ABDALLAH MAHDI reads
// "abdallahmahdi", a few edits from "abdulmahdi" (عبد المهدي), another name; and "abd al" of
// abd al-mahdi, joined, reads "abdal", an edit or two from ABDALLAH (issue #13). The article is
// not simply kept with the word after it: transcriptions join it to the word before as often
// (Seyfu'l Adl, Saif al-Adel).
import { editBudget, editCost } from './edit-cost.ts';

/** abd, a linking vowel and the article's l, as the spellings write them (abdul, abdel, abdal). */
const SERVANT_PREFIX = /^abd[aeiou]?l?/;

/**
 * The object of a servant name (abdurrahman → rahman, abdallah → lah), '' for abd and its article
 * alone (abdul; "abd al" joined, whose object is the next word), or undefined.
 */
export function servantObject(text: string): string | undefined {
  if (!text.startsWith('abd') || text.length <= 3) return undefined;
  // An assimilated article doubles the letter after it (abdur-rahman, abdus-salam).
  return text.replace(SERVANT_PREFIX, '').replace(/^(.)\1/, '$1');
}

/**
 * True when two texts are both servant names whose objects differ beyond a spelling: however
 * alike the whole words look, they name different people.
 */
export function differentServantObjects(a: string, b: string): boolean {
  const x = servantObject(a);
  const y = servantObject(b);
  if (x === undefined || y === undefined || x === y) return false;
  const budget = editBudget((x.length + y.length) / 2);
  return editCost(x, y, Math.max(budget, 1)) === Infinity;
}

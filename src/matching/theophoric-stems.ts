// Theophoric compound names (sift-match-8, issue #13): Arabic, Persian and Pashto given names in
// -ullah and -uddin ("servant of God", "… of the faith") share their last syllables, so two of them
// look alike letter by letter while naming different people: Zabiullah is not Abdullah, Saifullah
// is not Sanaullah. What tells them apart is the part before the suffix, the stem.
import { nameEquivalents } from '../names/index.ts';
import { editBudget, editCost } from './edit-cost.ts';
import { rememberTokenTest } from './remember-token-test.ts';

/** The suffix families of theophoric names, in the spellings of the lists and the press. */
const SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/(?:ullah|ulla|ulah|allah|alla|ollah|olla|illah|ila|ullo)$/, 'allah'],
  [/(?:uddin|udin|uddeen|udeen|eddin|edin|addin|adin|iddin|uldin)$/, 'din'],
];

/** The stem and suffix family of a theophoric name (zabiullah → zabi, allah), if it is one. */
export function theophoricStem(text: string): { stem: string; family: string } | undefined {
  for (const [pattern, family] of SUFFIXES) {
    const match = pattern.exec(text);
    // A stem of two letters or more: "Allah" alone and "Ulla" are no compounds.
    if (match !== null && match.index >= 2) return { stem: text.slice(0, match.index), family };
  }
  return undefined;
}

/**
 * True when two tokens are theophoric names of one suffix family whose stems differ beyond a
 * spelling (abd/jabi, saif/sana): their shared suffix must not make them look like one name.
 * Stems may cost twice the edit budget of their own length, as other languages write one sound
 * with several letters (German dsch, Turkish c for j: Siradschuddin, Siraceddin for Sirajuddin),
 * so Zabihullah/Sabihullah, Hedayatullah/Hidayatullah and Ehsanullah/Ihsanullah stay one name.
 */
export function differentStems(a: string, b: string, tolerance: number): boolean {
  const x = rememberedStem(a);
  const y = rememberedStem(b);
  if (x === undefined || y === undefined || x.family !== y.family) return false;
  if (x.stem === y.stem) return false;
  // Stems that are two different known names are two names (Wahiduddin, Fariduddin).
  const xNames = nameEquivalents(x.stem);
  const yNames = nameEquivalents(y.stem);
  if (xNames.length > 0 && yNames.length > 0 && !xNames.some((k) => yNames.includes(k)))
    return true;
  const shorter = Math.min(x.stem.length, y.stem.length);
  const mean = (x.stem.length + y.stem.length) / 2;
  const budget = editBudget(shorter <= 3 ? shorter : mean, Math.max(tolerance, 1));
  // A stem of two letters has no budget of its own, but a vowel in it is still a spelling.
  return editCost(x.stem, y.stem, 2 * Math.max(budget, 0.5)) === Infinity;
}

/**
 * True when a token is a theophoric name, remembered per token: differentStems is asked of every
 * token pair compared for the first time, and few tokens are such names, so most pairs are let
 * through on two typed-array reads instead of two string lookups.
 */
export const isTheophoric = rememberTokenTest((text) => theophoricStem(text) !== undefined);

// Every token pair compared for the first time asks for both stems, and a query token meets
// hundreds of listed tokens: the stems are remembered by text (two regular expressions each
// otherwise). Dropped when full, not managed as LRU.
const STEMS = new Map<string, { stem: string; family: string } | null>();
const MAX_STEMS = 100_000;

/** theophoricStem, remembered; callers must not change what it returns. */
function rememberedStem(text: string): { stem: string; family: string } | undefined {
  let known = STEMS.get(text);
  if (known === undefined) {
    known = theophoricStem(text) ?? null;
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(text, known);
  }
  return known ?? undefined;
}

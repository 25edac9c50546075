import type { Mention } from '../article-types.ts';
import { HONORIFIC_WORDS } from './find-rule-mentions.ts';
import { ruleMention } from './rule-spans.ts';

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// A sentence that opens with a name of two to six capitalised words (with "for", "of", "on",
// "without", "and" or "&" between them), after "The" or not, and a verb of reporting or judging
// right after it: "Human Rights Watch said …", "Reporters Without Borders condemned …", "The
// Carnegie Endowment for International Peace published …".
const OPENING_BODY = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?[ \t]+|\n[ \t]*)(?:The[ \t]+)?(${WORD}(?:[ \t]+(?:(?:for|of|on|without|and|&)(?:[ \t]+the)?[ \t]+)?${WORD}){1,5})(?=[ \t]+(?:said|says|told|called|condemned|urged|warned|published|reported|estimated|identified|announced|noted|stated|found|accused|welcomed|criticised|criticized|denied|confirmed|documented|tracked|counted|ranked|demanded|insisted|added)(?![\p{L}]))`,
  'gu',
);
// Lexicon classes that make the run a person's name or a title, not a body's.
const NOT_BODY = new Set(['first', 'title', 'person', 'last']);
// Words that open a sentence or stand for a speaker, never part of a body's name ("And I said").
const FUNCTION_WORDS = new Set(
  'the i we you he she it they and but or so as if when then this that these those there here what why how also now yet all both some many most our my your his her their its one two'.split(
    ' ',
  ),
);

/**
 * Bodies named at the start of a sentence that speaks or judges, which the tagger leaves out:
 * GUM and web text taught it that a sentence's first capitalised words are rarely names, and a
 * body's name is made of common words ("Human Rights Watch said …"). Every word after the first
 * is capitalised, so the run is a name, not sentence case; a run with a given name, a surname or
 * a title ("Prime Minister", "Jane Smith") is left to the person rules. Only where nothing else
 * found a name.
 */
export function findOpeningBodies(text: string, lexicon: ReadonlyMap<string, string>): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(OPENING_BODY)) {
    const name = match[1] ?? '';
    const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (
      words.some(
        (w) =>
          w.length < 2 ||
          FUNCTION_WORDS.has(w.toLowerCase()) ||
          NOT_BODY.has(lexicon.get(w.toLowerCase()) ?? '') ||
          HONORIFIC_WORDS.has(w.replace(/\.$/, '').toLowerCase()),
      )
    )
      continue;
    const start = match.index + match[0].length - name.length;
    found.push(ruleMention(text, start, start + name.length, name, 'organization'));
  }
  return found;
}
